import type { Collection, Core, ElementDefinition } from 'cytoscape';

/**
 * Work per slice, in ms: well under the 50 ms at which the browser calls a task "long", so input,
 * React and the rest of the page get the main thread between slices.
 */
export const SLICE_MS = 24;
/** Elements added per `cy.add` call inside a slice (the clock is read between calls). */
const CHUNK = 250;

/** Cytoscape API used here that its typings leave out. */
interface CoreInternals {
  notify(event: string, eles?: Collection): void;
  notifications(on: boolean): void;
  batching(): boolean;
}
interface CollectionInternals {
  recalculateRenderedStyle(useCache?: boolean): void;
}
interface ElementInternals {
  pstyle(property: string): unknown;
}

export interface SliceAdd {
  /** Stops adding (what was added stays); Cytoscape's notifications are back on. */
  cancel(): void;
}

export interface SliceAddOptions {
  /** After each slice: how many of the definitions are in the graph. */
  onProgress?(added: number, total: number): void;
  /** Once all are in and Cytoscape has been told to draw them. */
  onDone(added: Collection): void;
}

/**
 * Adds elements to `cy` a slice at a time, yielding to the page between slices, so a graph of tens
 * of thousands of elements never freezes the page. Each slice also computes its elements' style
 * and geometry (which Cytoscape would otherwise compute all at once in the first frame).
 * Cytoscape's redraw notifications are off until the end: it would otherwise redraw the growing
 * graph every frame (one full redraw of 30,000 elements costs hundreds of ms here), and its render
 * loop is paused between slices so no partial graph is drawn. The core
 * must not be destroyed while this runs without calling `cancel` first.
 */
export function addInSlices(
  cy: Core,
  definitions: readonly ElementDefinition[],
  options: SliceAddOptions,
): SliceAdd {
  const core = cy as unknown as CoreInternals;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const added = cy.collection();
  const finish = () => {
    core.notifications(true);
    // Cytoscape learns of the new elements (its draw order cache is rebuilt) and draws them.
    core.notify('add', added);
    options.onDone(added);
  };
  const slice = () => {
    timer = undefined;
    if (core.batching()) cy.endBatch();
    core.notifications(false);
    const started = performance.now();
    while (next < definitions.length && performance.now() - started < SLICE_MS) {
      const chunk = cy.add(definitions.slice(next, next + CHUNK) as ElementDefinition[]);
      next += CHUNK;
      // Style, then rendered geometry (positions, label sizes, bounds), cached on each element.
      chunk.forEach((ele) => void (ele as unknown as ElementInternals).pstyle('display'));
      (chunk as unknown as CollectionInternals).recalculateRenderedStyle();
      chunk.forEach((ele) => void ele.boundingBox());
      added.merge(chunk);
    }
    options.onProgress?.(Math.min(next, definitions.length), definitions.length);
    if (next < definitions.length) {
      // Cytoscape's render loop skips frames while a batch is open: no frame of a partial graph
      // (one may have been asked for before the first slice). The batch holds no changes.
      cy.startBatch();
      timer = setTimeout(slice, 0);
    } else finish();
  };
  slice();
  return {
    cancel() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      if (core.batching()) cy.endBatch();
      core.notifications(true);
    },
  };
}
