import type { ImportResult } from '../../model/formats/importTypes';
import { useAppStore } from '../../state/store';
import type { PreviewSurface } from '../../view/previewSurface';
import type { ImportMessage, ImportRequest, ImportSource, WorkerMessage } from '../../workers/importProtocol';
import { whenGraphView } from '../commands/commandTargets';
import type { EarlyImport } from './earlyImport';

const store = () => useAppStore.getState();

/** One file or URL being opened in the import worker. */
export interface ImportJob {
  readonly names: string;
  /** Stops the worker and takes the first picture away; nothing is reported. */
  cancel(): void;
}

export interface JobHandlers {
  /**
   * The worker's result. The worker then stops, or lives on while its first picture shows (to
   * draw it again if the view changes size); `job.cancel()` takes the picture away (a refusal).
   */
  onResult(result: ImportResult, job: ImportJob): void;
  onFailure(message: string, job: ImportJob): void;
}

const newWorker = () =>
  new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });

/**
 * Starts reading, parsing, validating and (without positions) laying out `source` in a Worker,
 * with progress in the store. As soon as the graph view exists, a canvas over it is handed to the
 * worker, which draws a large graph's first picture there (previewSurface.ts) the moment the
 * file is validated, while the page still has to build the model and add it to Cytoscape.
 * The handlers are never called before this returns.
 */
export function startImportJob(
  source: ImportSource,
  names: string,
  handlers: JobHandlers,
  early?: EarlyImport,
): ImportJob {
  const worker = early?.worker ?? newWorker();
  let preview: PreviewSurface | null = null;
  let finished = false;
  let cancelled = false;
  const job: ImportJob = {
    names,
    cancel() {
      cancelled = true;
      worker.terminate();
      preview?.remove();
    },
  };
  const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  whenGraphView((view) => {
    if (finished || cancelled) return;
    preview = view.beginPreview();
    if (!preview) {
      post({ kind: 'canvas', target: null });
      return;
    }
    preview.onResize = (width, height) => post({ kind: 'resize', width, height });
    // Once the result is in, the worker only serves the picture; taken away sooner (the view
    // went), the picture no longer keeps the worker once the result is in.
    preview.onRemove = () => {
      preview = null;
      if (finished) worker.terminate();
    };
    post({ kind: 'canvas', target: preview.target }, [preview.target.canvas]);
  });

  const receive = (message: ImportMessage) => {
    if (cancelled) return;
    if (message.kind === 'progress') {
      // For the benchmark: ForceAtlas2 started in the worker (its window for long tasks here).
      if (message.stage === 'laying out' && message.fraction === 0) performance.mark('import:layout-started');
      store().setImportProgress({
        names,
        stage: message.stage,
        ...(message.fraction === undefined ? {} : { fraction: message.fraction }),
      });
      return;
    }
    if (message.kind === 'preview') {
      if (!preview) return;
      preview.drawn();
      // For the benchmark and tests: when the worker had the picture on screen (in this page's
      // clock), and the view it was framed for.
      const { kind: _kind, drawnAt, ...detail } = message;
      performance.mark('preview-drawn', { startTime: Math.max(0, drawnAt - performance.timeOrigin), detail });
      return;
    }
    finished = true;
    if (!preview) worker.terminate();
    // The worker's part (reading, parsing, layout) ends here; the benchmark reads this mark.
    performance.mark('import:received');
    if (!message.result.ok) preview?.remove();
    handlers.onResult(message.result, job);
  };
  worker.onerror = (event) => {
    if (cancelled) return;
    finished = true;
    job.cancel();
    handlers.onFailure(`the import failed: ${event.message || 'unknown error'}`, job);
  };
  // An early worker may have finished already (a small file on a fast server): its messages are
  // replayed a microtask later, so the caller holds the job before any handler runs (openGraph.ts
  // drops results from a job that is not the one under way). No message event can come between.
  if (early) queueMicrotask(() => early.adopt(receive));
  else {
    worker.onmessage = (event: MessageEvent<ImportMessage>) => receive(event.data);
    post({ source } satisfies ImportRequest);
  }
  return job;
}
