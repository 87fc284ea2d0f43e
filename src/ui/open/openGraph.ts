import { loadBundledCorpus } from '../../data/bundledCorpus';
import { buildDataset, type Dataset } from '../../model/dataset';
import type { ColumnChoice, ImportFormat, PositionsOrigin } from '../../model/formats/importTypes';
import { FORMAT_NAMES } from '../../model/formats/importTypes';
import { MAX_IMPORT_BYTES } from '../../model/formats/limits';
import { DEFAULT_LAYOUT } from '../../model/viewSettings';
import type { GraphData } from '../../model/schema';
import type { DataIssue } from '../../model/validate';
import type { DatasetOrigin } from '../../state/datasetSlice';
import { mayReplaceDataset } from '../../state/openGuard';
import { useAppStore } from '../../state/store';
import { tooBigMessage, type ImportSource } from '../../workers/importProtocol';
import { commandTargets } from '../commands/commandTargets';
import { addressSource, type EarlyImport } from './earlyImport';
import { startImportJob, type ImportJob } from './importJob';

const store = () => useAppStore.getState();
let running: ImportJob | null = null;

const namesOf = (files: readonly { name: string }[]) => files.map((f) => f.name).join(' + ');

interface Opened {
  data: GraphData;
  format: ImportFormat;
  skipped: DataIssue[];
  columns: ColumnChoice;
  positions: PositionsOrigin;
}

/** Builds the model from a document the worker validated, and puts it in place of the open graph. */
type Source = { kind: 'file' } | { kind: 'url'; url: string };

function show(opened: Opened, names: string, source: Source) {
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
  running?.cancel();
  running = null;
  store().setImportProgress(null);
}

/**
 * Runs an import job (importJob.ts) as the one under way. Its result replaces the open graph only
 * when it is good and, if `ask` is given (an open that started before asking), every guard agrees.
 */
function run(
  source: ImportSource,
  names: string,
  origin: Source,
  ask?: () => Promise<boolean>,
  early?: EarlyImport,
): void {
  cancelImport();
  store().setImportProblem(null);
  store().setImportProgress({ names, stage: 'reading', fraction: 0 });
  running = startImportJob(
    source,
    names,
    {
      onResult: (result, job) => {
        if (running !== job) return;
        running = null;
        if (!result.ok) {
          store().setImportProblem({
            names,
            ...(result.format ? { format: result.format } : {}),
            issues: result.issues,
            ...(result.validPart ? { validPart: result.validPart } : {}),
          });
          return;
        }
        void (ask ? ask() : Promise.resolve(true)).then((agreed) => {
          if (!agreed) {
            // A `?graph=` download was shown as under way: the open graph stays, and is drawn.
            job.cancel();
            store().setImportProgress(null);
            return;
          }
          show(result, names, origin);
          requestAnimationFrame(() => commandTargets.view?.fit());
        });
      },
      onFailure: (message, job) => {
        if (running !== job) return;
        running = null;
        store().setImportProblem({ names, issues: [{ path: names, message }] });
      },
    },
    early,
  );
}

/**
 * Opens files (a pick, a drop) in a Worker: reading, parsing, validating and laying out happen off
 * the main thread, with progress in the store. Refusals land in `importProblem`; the open graph is
 * only replaced when the new one is good and every open guard agrees (asked first).
 */
export async function openFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const names = namesOf(files);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    store().setImportProblem({
      names,
      issues: [{ path: names, message: tooBigMessage(total) }],
    });
    return;
  }
  if (!(await mayReplaceDataset())) return;
  run({ kind: 'files', files: [...files] }, names, { kind: 'file' });
}

/** "Open the valid part" of the refused file: what validation accepted, with what was skipped. */
export function openValidPart(): void {
  const problem = store().importProblem;
  const part = problem?.validPart;
  if (!problem || !part) return;
  show({ ...part, format: problem.format ?? 'bundle' }, problem.names, { kind: 'file' });
}

/**
 * `?graph=<URL>`: a file on this site only (earlyImport.ts `addressSource`); another origin is
 * refused with a message. The worker downloads it; the guards are asked when it is ready, after
 * `ready` (the session restored).
 */
export function openUrl(
  address: string,
  ready: Promise<unknown> = Promise.resolve(),
  early?: EarlyImport | null,
): void {
  const opened = addressSource(address);
  if (!opened.ok) {
    store().setImportProblem({ names: address, issues: [{ path: 'graph=', message: opened.message }] });
    return;
  }
  const { source, url } = opened;
  // The worker started by earlyImport.ts for this address, when it did.
  const started = early?.source.href === url.href ? early : undefined;
  run(
    source,
    source.name,
    { kind: 'url', url: url.pathname + url.search },
    () => ready.then(mayReplaceDataset),
    started,
  );
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
