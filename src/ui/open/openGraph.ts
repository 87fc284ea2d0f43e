import { loadBundledCorpus } from '../../data/bundledCorpus';
import { buildDataset, type Dataset } from '../../model/dataset';
import type { ColumnChoice, ImportFormat, PositionsOrigin } from '../../model/formats/importTypes';
import { FORMAT_NAMES } from '../../model/formats/importTypes';
import { DEFAULT_LAYOUT } from '../../model/viewSettings';
import type { GraphData } from '../../model/schema';
import type { DataIssue } from '../../model/validate';
import type { DatasetOrigin } from '../../state/datasetSlice';
import { mayReplaceDataset } from '../../state/openGuard';
import { useAppStore } from '../../state/store';
import { MAX_IMPORT_BYTES, type ImportMessage } from '../../workers/importProtocol';
import { commandTargets } from '../commands/commandTargets';

const store = () => useAppStore.getState();
let running: { worker: Worker } | null = null;

const namesOf = (files: readonly { name: string }[]) => files.map((f) => f.name).join(' + ');

interface Opened {
  data: GraphData;
  format: ImportFormat;
  skipped: DataIssue[];
  columns: ColumnChoice;
  positions: PositionsOrigin;
}

/** Builds the model from a document the worker validated, and puts it in place of the open graph. */
function show(opened: Opened, names: string, source: { kind: 'file' } | { kind: 'url'; url: string }) {
  const built = buildDataset(opened.data, new Map());
  const dataset: Dataset = { ...built, title: built.title ?? names };
  const format = FORMAT_NAMES[opened.format];
  const origin: DatasetOrigin =
    source.kind === 'url' ? { kind: 'url', url: source.url, format } : { kind: 'file', name: names, format };
  const hasSizes = opened.data.nodes.some((n) => n.size !== undefined);
  store().replaceDataset(dataset, origin, {
    layout: opened.positions === 'none' ? DEFAULT_LAYOUT : 'positions',
    sizeBy: hasSizes ? 'file' : 'degree',
  });
  store().setImported({
    names,
    format: opened.format,
    skipped: opened.skipped,
    columns: opened.columns,
    positions: opened.positions,
  });
}

/** Stops the import under way (the worker is terminated); the open graph stays. */
export function cancelImport(): void {
  running?.worker.terminate();
  running = null;
  store().setImportProgress(null);
}

/**
 * Opens files (a pick, a drop, a fetched URL) in a Worker: reading, parsing, validating and laying
 * out happen off the main thread, with progress in the store. Refusals land in `importProblem`;
 * the open graph is only replaced when the new one is good and every open guard agrees.
 */
export async function openFiles(
  files: readonly File[],
  source: { kind: 'file' } | { kind: 'url'; url: string } = { kind: 'file' },
): Promise<void> {
  if (files.length === 0) return;
  const names = namesOf(files);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    store().setImportProblem({
      names,
      issues: [
        {
          path: names,
          message: `${(total / 1024 / 1024).toFixed(0)} MB is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB the explorer opens`,
        },
      ],
    });
    return;
  }
  if (!(await mayReplaceDataset())) {
    // A `?graph=` download was shown as under way: the open graph stays, and is drawn.
    store().setImportProgress(null);
    return;
  }
  cancelImport();
  store().setImportProblem(null);
  store().setImportProgress({ names, stage: 'reading', fraction: 0 });
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  const job = { worker };
  running = job;
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    if (running !== job) return;
    const message = event.data;
    if (message.kind === 'progress') {
      store().setImportProgress({
        names,
        stage: message.stage,
        ...(message.fraction === undefined ? {} : { fraction: message.fraction }),
      });
      return;
    }
    worker.terminate();
    running = null;
    // The worker's part (reading, parsing, layout) ends here; the benchmark reads this mark.
    performance.mark('import:received');
    const { result } = message;
    if (result.ok) show(result, names, source);
    else
      store().setImportProblem({
        names,
        ...(result.format ? { format: result.format } : {}),
        issues: result.issues,
        ...(result.validPart ? { validPart: result.validPart } : {}),
      });
    if (result.ok) requestAnimationFrame(() => commandTargets.view?.fit());
  };
  worker.onerror = (event) => {
    if (running !== job) return;
    worker.terminate();
    running = null;
    store().setImportProblem({
      names,
      issues: [{ path: names, message: `the import failed: ${event.message || 'unknown error'}` }],
    });
  };
  worker.postMessage({ files: [...files] });
}

/** "Open the valid part" of the refused file: what validation accepted, with what was skipped. */
export function openValidPart(): void {
  const problem = store().importProblem;
  const part = problem?.validPart;
  if (!problem || !part) return;
  show({ ...part, format: problem.format ?? 'bundle' }, problem.names, { kind: 'file' });
}

/**
 * `?graph=<URL>`: a file on this site only; another origin is refused with a message (the app
 * makes no requests elsewhere, and its Content-Security-Policy would block them anyway).
 */
export async function openUrl(address: string, fetched?: Promise<Response>): Promise<void> {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    store().setImportProblem({
      names: address,
      issues: [{ path: 'graph=', message: `"${address}" is not a URL` }],
    });
    return;
  }
  if (url.origin !== location.origin) {
    store().setImportProblem({
      names: address,
      issues: [
        {
          path: 'graph=',
          message: `only files from this site (${location.origin}) open from the address; ${url.origin} is another site`,
        },
      ],
    });
    return;
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
  store().setImportProgress({ names: name, stage: 'reading' });
  try {
    const response = await (fetched ?? fetch(url));
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const blob = await response.blob();
    await openFiles([new File([blob], name)], { kind: 'url', url: url.pathname + url.search });
  } catch (error) {
    store().setImportProblem({
      names: name,
      issues: [{ path: url.pathname, message: error instanceof Error ? error.message : String(error) }],
    });
  }
}

/** Back to the bundled corpus (after the guards agree). */
export async function openBundledCorpus(): Promise<void> {
  if (!(await mayReplaceDataset())) return;
  const corpus = loadBundledCorpus();
  if (!corpus.ok) {
    store().setImportProblem({ names: 'the bundled corpus', issues: corpus.issues });
    return;
  }
  store().replaceDataset(corpus.dataset, { kind: 'bundled' }, { layout: DEFAULT_LAYOUT, sizeBy: 'degree' });
  store().setImported(null);
}

/** Applies a type and relation column choice to the open imported graph. */
export function chooseColumns(
  columns: ColumnChoice,
  apply: (dataset: Dataset, c: ColumnChoice) => Dataset,
): void {
  const { dataset, origin } = store();
  if (!dataset) return;
  const { layout, sizeBy } = store();
  store().replaceDataset(apply(dataset, columns), origin, { layout, sizeBy });
  store().setImportColumns(columns);
}
