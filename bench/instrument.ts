/**
 * Runs in the page before any of its scripts (Playwright `addInitScript`), identically for the app
 * and the baseline. It records, in the page's own clock (ms since navigation start):
 * - `firstFrameAt`: the first Cytoscape frame drawn with all `expectedNodes` nodes;
 * - `frames`: the main-thread time of each animation frame in which Cytoscape drew, while
 *   `recording` (rAF is throttled in headless Chromium, so this is render cost, not frame rate);
 * - `longTasks`: every main-thread task over 50 ms;
 * - `probeHitAt`: the first frame drawn after `probe()` became true (click → highlight, filter).
 * The page's `window.cy` assignment is intercepted to hook Cytoscape's `render` event.
 */
export interface BenchProbe {
  firstFrameAt: number | null;
  recording: boolean;
  frames: number[];
  longTasks: { start: number; duration: number }[];
  probe: (() => boolean) | null;
  probeHitAt: number | null;
}

export function instrument(expectedNodes: number): void {
  const bench: BenchProbe = {
    firstFrameAt: null,
    recording: false,
    frames: [],
    longTasks: [],
    probe: null,
    probeHitAt: null,
  };
  (window as unknown as { __bench: BenchProbe }).__bench = bench;
  let drew = false;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const start = performance.now();
      try {
        callback(time);
      } finally {
        if (drew && bench.recording) bench.frames.push(performance.now() - start);
        drew = false;
      }
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  interface Cy {
    on(event: string, handler: () => void): void;
    nodes(): { length: number };
  }
  let cy: Cy | undefined;
  Object.defineProperty(window, 'cy', {
    configurable: true,
    get: () => cy,
    set(value: Cy) {
      cy = value;
      value.on('render', () => {
        drew = true;
        if (bench.firstFrameAt === null && value.nodes().length === expectedNodes) {
          bench.firstFrameAt = performance.now();
        }
        if (bench.probe && bench.probeHitAt === null && bench.probe()) bench.probeHitAt = performance.now();
      });
    },
  });
}
