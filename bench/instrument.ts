/**
 * Runs in the page before any of its scripts (Playwright `addInitScript`), identically for the app
 * and the baseline. It records, in the page's own clock (ms since navigation start):
 * - `firstFrameAt`: the first frame showing all `expectedNodes` nodes: a Cytoscape frame, or the
 *   app's first picture of a large graph, drawn by its import worker before Cytoscape holds the
 *   nodes (its `preview-drawn` mark, timed in the worker once the picture is committed);
 * - `completeFrameAt`: the first with all nodes and all `expectedEdges` edges (a large graph's
 *   edges are drawn by the app on a layer of their own, which marks `edges-drawn` with its count);
 * - `frames`: the main-thread time of each animation frame in which Cytoscape drew, while
 *   `recording`: all rAF callbacks of that frame plus the input tasks handled since the last drawn
 *   frame (rAF is throttled in headless Chromium, so this is render cost, not frame rate);
 * - `longTasks`: every main-thread task over 50 ms;
 * - `probeHitAt`: the first animation frame (or Cytoscape frame) once `probe()` holds (click →
 *   highlight, filter). The app's large-graph highlight is drawn on an overlay canvas, not by
 *   Cytoscape: its probe holds once the overlay's `highlight-drawn` mark is made, and it counts
 *   from the next frame, when the drawing reaches the screen.
 * The page's `window.cy` assignment is intercepted to hook Cytoscape's `render` event.
 */
export interface BenchProbe {
  firstFrameAt: number | null;
  /** The first Cytoscape frame with all the nodes (the same as `firstFrameAt` without a first picture). */
  viewFrameAt: number | null;
  completeFrameAt: number | null;
  recording: boolean;
  frames: number[];
  longTasks: { start: number; duration: number }[];
  probe: (() => boolean) | null;
  probeHitAt: number | null;
}

export function instrument(expectedNodes: number, expectedEdges: number): void {
  const bench: BenchProbe = {
    firstFrameAt: null,
    viewFrameAt: null,
    completeFrameAt: null,
    recording: false,
    frames: [],
    longTasks: [],
    probe: null,
    probeHitAt: null,
  };
  (window as unknown as { __bench: BenchProbe }).__bench = bench;
  // A frame's cost is every rAF callback run for it (they share one timestamp: Cytoscape's
  // renderer and the page's own per-frame work alike) plus the input tasks (wheel, mouse) handled
  // since the previous drawn frame. Counting only the callback in which Cytoscape drew would miss
  // work the page does in its other callbacks and handlers for the same frame.
  let drew = false;
  let frameTime = -1;
  let frameCost = 0;
  let inputCost = 0;
  const flush = () => {
    if (drew && bench.recording) bench.frames.push(frameCost + inputCost);
    if (drew) inputCost = 0;
    drew = false;
    frameCost = 0;
  };
  // The app's edge layer (src/view/edgeLayer.ts) draws outside Cytoscape and marks it.
  let edgeMarks = 0;
  const edgeLayerDrew = () => {
    const marks = performance.getEntriesByName('edges-drawn');
    if (marks.length === edgeMarks) return;
    edgeMarks = marks.length;
    drew = true;
    const edges = (marks.at(-1) as PerformanceMark).detail?.edges;
    if (bench.completeFrameAt === null && edges === expectedEdges && cy?.nodes().length === expectedNodes)
      bench.completeFrameAt = performance.now();
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      if (time !== frameTime) {
        frameTime = time;
        // Runs once this frame's callbacks (and its paint) are done.
        setTimeout(flush, 0);
      }
      const start = performance.now();
      try {
        callback(time);
      } finally {
        edgeLayerDrew();
        if (bench.probe && bench.probeHitAt === null && bench.probe()) bench.probeHitAt = performance.now();
        frameCost += performance.now() - start;
      }
    });
  const channel = new MessageChannel();
  let inputStart: number | null = null;
  channel.port1.onmessage = () => {
    if (inputStart !== null && bench.recording) inputCost += performance.now() - inputStart;
    inputStart = null;
  };
  for (const type of [
    'wheel',
    'mousedown',
    'mousemove',
    'mouseup',
    'pointerdown',
    'pointermove',
    'pointerup',
  ])
    window.addEventListener(
      type,
      () => {
        if (inputStart !== null) return;
        // Capture on window runs before any page handler; the message runs after the task ends.
        inputStart = performance.now();
        channel.port2.postMessage(null);
      },
      { capture: true, passive: true },
    );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const detail = (e as PerformanceMark).detail as { nodes?: number } | undefined;
      if (e.name === 'preview-drawn' && detail?.nodes === expectedNodes)
        bench.firstFrameAt = Math.min(bench.firstFrameAt ?? Infinity, e.startTime);
    }
  }).observe({ type: 'mark' });

  interface Cy {
    on(event: string, handler: () => void): void;
    nodes(): { length: number };
    edges(): { length: number };
  }
  let cy: Cy | undefined;
  Object.defineProperty(window, 'cy', {
    configurable: true,
    get: () => cy,
    set(value: Cy) {
      cy = value;
      value.on('render', () => {
        drew = true;
        if (bench.viewFrameAt === null && value.nodes().length === expectedNodes) {
          bench.viewFrameAt = performance.now();
          bench.firstFrameAt ??= bench.viewFrameAt;
        }
        if (
          bench.completeFrameAt === null &&
          value.nodes().length === expectedNodes &&
          value.edges().length === expectedEdges
        ) {
          bench.completeFrameAt = performance.now();
        }
        if (bench.probe && bench.probeHitAt === null && bench.probe()) bench.probeHitAt = performance.now();
      });
    },
  });
}
