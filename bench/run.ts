/**
 * `npm run bench`: the explorer against a plain Cytoscape page, on the same graphs, in the same run.
 * See BENCHMARKS.md for the method. Prints a table and writes bench-results/latest.json.
 *
 *   npm run bench                 all graphs, 3 interleaved repetitions
 *   npm run bench -- --quick      1 repetition, graphs up to 10k nodes
 *   npm run bench -- --only=large-graph,synthetic-20k --reps=5 --targets=app
 *   npm run bench -- --targets=app --app-query=renderer=webgl   (the WebGL renderer at scale)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { instrument, type BenchProbe } from './instrument';
import { serveBench } from './server';
import { launchBenchBrowser } from './browser';
import { DATASETS } from '../scripts/datasets';
import { scaleFreeGraph } from './synthetic';
import { typeDescriptor } from '../src/model/nodeTypes';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
import { positionedCopy } from './positions';

/** The page's Cytoscape instance, as both pages expose it. */
type CyWindow = { cy: Core };

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-results');
const DATA = join(OUT, 'data');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k!, v.length > 0 ? v.join('=') : 'true'] as const;
  }),
);
const quick = args.has('quick');
const reps = Number(args.get('reps') ?? (quick ? 1 : 3));

interface GraphCase {
  name: string;
  file: string;
  nodes: number;
  edges: number;
  positions: boolean;
}

function prepareGraphs(): GraphCase[] {
  mkdirSync(DATA, { recursive: true });
  const cases: GraphCase[] = [];
  const add = (name: string, json: string, positions: boolean) => {
    const file = `${name}.json`;
    writeFileSync(join(DATA, file), json);
    const g = JSON.parse(json) as { nodes: unknown[]; edges: unknown[] };
    cases.push({ name, file, nodes: g.nodes.length, edges: g.edges.length, positions });
  };
  add('euroSIS', readFileSync(join(DATASETS, 'euroSIS.json'), 'utf8'), true);
  add('large-graph', readFileSync(join(DATASETS, 'large-graph.json'), 'utf8'), true);
  for (const order of [1_000, 5_000, 20_000, 50_000]) {
    add(`synthetic-${order / 1000}k`, JSON.stringify(scaleFreeGraph(order, order)), false);
  }
  add(
    'synthetic-20k-positioned',
    JSON.stringify(positionedCopy(scaleFreeGraph(20_000, 20_000), 20_000)),
    true,
  );
  const only = args.get('only')?.split(',');
  return cases.filter((c) => (only ? only.includes(c.name) : !quick || c.nodes <= 10_000));
}

interface Target {
  name: 'app' | 'baseline';
  url(graph: string): string;
  /** How the page shows a clicked node's neighbourhood highlighted. */
  highlighted: 'overlay-mark' | 'rest-faded';
  /** Makes the filter control reachable; returns the node the filter will hide. */
  prepareFilter(page: Page): Promise<string>;
  applyFilter(page: Page): Promise<void>;
}

const APP: Target = {
  name: 'app',
  // --app-query=renderer=webgl adds to the app's URL (to compare renderers; see src/view/scale.ts).
  url: (graph) =>
    `/?graph=${encodeURIComponent(`/data/${graph}`)}${args.has('app-query') ? `&${args.get('app-query')}` : ''}`,
  highlighted: 'overlay-mark',
  async prepareFilter(page) {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const box = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox').first();
    await box.waitFor();
    const type = await page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      return cy.nodes()[0]!.data('type') as string;
    });
    void type;
    return page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      const first = cy.nodes()[0]!.data('type') as string;
      return cy
        .nodes()
        .filter((n) => n.data('type') === first)[0]!
        .id();
    });
  },
  async applyFilter(page) {
    const first = await page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      return cy.nodes()[0]!.data('type') as string;
    });
    await page
      .getByRole('region', { name: 'Filters' })
      // The panel names a type by its plural ("People" for person), as the legend does.
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(typeDescriptor(first).plural)}\\b`, 'i') })
      .first()
      .click();
  },
};

const BASELINE: Target = {
  name: 'baseline',
  url: (graph) => `/baseline/?graph=${encodeURIComponent(`/data/${graph}`)}`,
  highlighted: 'rest-faded',
  async prepareFilter(page) {
    return page.evaluate(() => (window as unknown as CyWindow).cy.nodes()[0]!.id());
  },
  async applyFilter(page) {
    await page.locator('#hide-type').click();
  },
};

interface Result {
  graph: string;
  target: string;
  rep: number;
  firstFrameMs: number | null;
  /** The first frame with every node and edge drawn. */
  completeFrameMs: number | null;
  settleMs: number | null;
  longestTaskDuringLayoutMs: number | null;
  /** The longest main-thread task from navigation to the settled layout (the freeze when the graph is added). */
  longestTaskMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  frames: number;
  /** Frames while the pointer sweeps across the graph at 1:1, over nodes and between them, no button down. */
  sweepP50Ms: number | null;
  sweepP95Ms: number | null;
  clickToHighlightMs: number | null;
  /** Then a click on another node: the highlight moves (exploring click after click). */
  nextClickToHighlightMs: number | null;
  filterMs: number | null;
  heapBytesPerElement: number | null;
  error?: string;
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
};
const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);

/** A rendered point of the canvas with no node under it, to start a pan from. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as CyWindow).cy;
    const box = cy.container()!.getBoundingClientRect();
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
    for (let gy = 0.5; gy < 1; gy += 0.05)
      for (let gx = 0.5; gx < 1; gx += 0.05) {
        const x = box.width * gx;
        const y = box.height * gy;
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4))
          return { x: box.left + x, y: box.top + y };
      }
    return { x: box.left + 5, y: box.top + box.height - 5 };
  });
}

async function measure(
  browser: Browser,
  base: string,
  target: Target,
  graph: GraphCase,
  rep: number,
): Promise<Result> {
  const result: Result = {
    graph: graph.name,
    target: target.name,
    rep,
    firstFrameMs: null,
    completeFrameMs: null,
    settleMs: null,
    longestTaskDuringLayoutMs: null,
    longestTaskMs: null,
    frameP50Ms: null,
    frameP95Ms: null,
    frames: 0,
    sweepP50Ms: null,
    sweepP95Ms: null,
    clickToHighlightMs: null,
    nextClickToHighlightMs: null,
    filterMs: null,
    heapBytesPerElement: null,
  };
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: base });
  const page = await context.newPage();
  // --timeout=<s>: how long a page may take to draw and settle a graph over 10k nodes.
  const timeout = graph.nodes > 10_000 ? Number(args.get('timeout') ?? 300) * 1000 : 120_000;
  try {
    // tsx compiles with esbuild's keepNames, whose `__name` helper the page does not have.
    await page.addInitScript({
      content: `globalThis.__name = (f) => f; (${instrument.toString()})(${graph.nodes}, ${graph.edges});`,
    });
    await page.goto(target.url(graph.file));
    await page.waitForFunction(
      () => (window as unknown as { __bench: BenchProbe }).__bench.firstFrameAt !== null,
      null,
      { timeout, polling: 200 },
    );
    result.firstFrameMs = (await probe(page)).firstFrameAt;

    // The app shows its bundled corpus first: only the mark made with this graph's nodes counts.
    // (Functions, not strings: the app's CSP forbids eval.)
    const settledMark = (n: number) =>
      performance.getEntriesByName('layout-settled').find((m) => (m as PerformanceMark).detail?.nodes === n)
        ?.startTime;
    await page.waitForFunction(settledMark, graph.nodes, { timeout, polling: 200 });
    result.settleMs = (await page.evaluate(settledMark, graph.nodes)) ?? null;
    // The baseline adds everything at once: its first frame is complete (its edge count can differ
    // from the file's: it keeps Cytoscape's own handling of duplicates).
    if (target.name === 'app') {
      await page.waitForFunction(
        () => (window as unknown as { __bench: BenchProbe }).__bench.completeFrameAt !== null,
        null,
        { timeout, polling: 200 },
      );
      result.completeFrameMs = (await probe(page)).completeFrameAt;
    } else result.completeFrameMs = result.firstFrameMs;
    // While the layout runs: for the baseline (cose on the main thread) and graphs with positions
    // from the first Cytoscape frame with all nodes to the settle mark; for the app, whose
    // ForceAtlas2 runs in its import worker before anything is added to the view, from the page
    // hearing that the layout started (`import:layout-started`) to the worker's result reaching it
    // (`import:received`). The task that receives the result (and adds the graph to the view)
    // ends after that window and counts in "longest task until all drawn", not here.
    const workerLayout = await page.evaluate(() => {
      const started = performance.getEntriesByName('import:layout-started').at(-1);
      const received = performance.getEntriesByName('import:received').at(-1);
      return started && received ? { from: started.startTime, to: received.startTime } : null;
    });
    const inWorker = target.name === 'app' && !graph.positions && workerLayout !== null;
    const layoutWindow =
      inWorker && workerLayout
        ? workerLayout
        : { from: (await probe(page)).viewFrameAt ?? 0, to: result.settleMs ?? 0 };
    const inWindow = (t: { start: number; duration: number }) =>
      inWorker
        ? t.start + t.duration <= layoutWindow.to && t.start + t.duration >= layoutWindow.from
        : t.start <= layoutWindow.to && t.start + t.duration >= layoutWindow.from;
    const tasks = (await probe(page)).longTasks.filter(inWindow);
    result.longestTaskDuringLayoutMs = Math.max(0, ...tasks.map((t) => t.duration));
    const settledAt = Math.max(result.settleMs ?? 0, result.completeFrameMs ?? 0);
    result.longestTaskMs = Math.max(
      0,
      ...(await probe(page)).longTasks.filter((t) => t.start <= settledAt).map((t) => t.duration),
    );

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapBytesPerElement = heap.usedSize / (graph.nodes + graph.edges);

    // Pan/zoom: real wheel and drag input, as a person would do it.
    const spot = await emptySpot(page);
    await page.evaluate(() => ((window as unknown as { __bench: BenchProbe }).__bench.recording = true));
    await page.mouse.move(spot.x, spot.y);
    for (let i = 0; i < 24; i++) {
      await page.mouse.wheel(0, i < 12 ? -120 : 120);
      await page.waitForTimeout(40);
    }
    await page.mouse.down();
    for (let i = 0; i < 24; i++) {
      await page.mouse.move(spot.x - (i % 12) * 12 * (i < 12 ? 1 : -1), spot.y - i * 4);
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { __bench: BenchProbe }).__bench.recording = false));
    const frames = (await probe(page)).frames;
    result.frames = frames.length;
    result.frameP50Ms = quantile(frames, 0.5);
    result.frameP95Ms = quantile(frames, 0.95);

    // Click → highlighted neighbourhood, on the busiest node, centred first.
    const hub = await page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      const node = cy.nodes().max((n) => (n.data('degree') as number | undefined) ?? n.degree(false)).ele;
      cy.zoom(1);
      cy.center(node);
      const p = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.waitForTimeout(800);
    // Pointer sweep: across the centre of the view at 1:1, through the hub's neighbourhood, as a
    // person moving to a node does; every node passed over is hovered in turn.
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: BenchProbe }).__bench;
      bench.frames = [];
      bench.recording = true;
    });
    for (let i = 0; i <= 40; i++) {
      await page.mouse.move(hub.x - 300 + i * 15, hub.y - 100 + i * 5);
      await page.waitForTimeout(40);
    }
    const clear = await emptySpot(page);
    await page.mouse.move(clear.x, clear.y);
    await page.waitForTimeout(800);
    await page.evaluate(() => ((window as unknown as { __bench: BenchProbe }).__bench.recording = false));
    const sweep = (await probe(page)).frames;
    result.sweepP50Ms = quantile(sweep, 0.5);
    result.sweepP95Ms = quantile(sweep, 0.95);

    // As a person clicks: the pointer comes to the node and rests there a moment (long enough for
    // the hover's dimming, src/view/hover.ts), then presses.
    const restThenClick = async (at: { x: number; y: number }) => {
      await page.mouse.move(at.x, at.y);
      await page.waitForTimeout(600);
      await page.mouse.click(at.x, at.y);
    };
    result.clickToHighlightMs = await timedProbe(page, target.highlighted, hub.id, () => restThenClick(hub));
    await page.waitForTimeout(800);

    // Then another busy node, not a neighbour of the first, brought to the centre.
    const next = await page.evaluate((first) => {
      const cy = (window as unknown as CyWindow).cy;
      const near = cy.getElementById(first).closedNeighborhood();
      const node = cy
        .nodes()
        .not(near)
        .max((n) => (n.data('degree') as number | undefined) ?? (n as NodeSingular).degree(false)).ele;
      cy.center(node);
      const p = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    }, hub.id);
    await page.waitForTimeout(800);
    result.nextClickToHighlightMs = await timedProbe(page, target.highlighted, next.id, () =>
      restThenClick(next),
    );
    await page.waitForTimeout(800);

    const hidden = await target.prepareFilter(page);
    await page.waitForTimeout(500);
    result.filterMs = await timedProbe(page, 'hidden', hidden, () => target.applyFilter(page));
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await context.close();
  }
  return result;
}

/** Time from the input event that `act` causes to the first frame drawn once `condition` holds. */
async function timedProbe(
  page: Page,
  condition: Target['highlighted'] | 'hidden',
  id: string,
  act: () => Promise<void>,
): Promise<number | null> {
  await page.evaluate(
    ([condition, id]) => {
      const bench = (window as unknown as { __bench: BenchProbe & { inputAt?: number } }).__bench;
      const cy = (window as unknown as CyWindow).cy;
      const ele = cy.getElementById(id);
      bench.probeHitAt = null;
      bench.inputAt = undefined;
      bench.probe =
        condition === 'overlay-mark'
          ? // Large graphs draw the highlight on an overlay (mark), small ones restyle (class).
            () =>
              ele.hasClass('focus') ||
              performance
                .getEntriesByName('highlight-drawn')
                .some((m) => (m as PerformanceMark).detail?.id === id)
          : condition === 'rest-faded'
            ? () => cy.$('.faded').length > 0 && !ele.hasClass('faded')
            : () => !ele.visible();
      const stamp = (e: Event) => (bench.inputAt ??= e.timeStamp);
      window.addEventListener('mousedown', stamp, { capture: true, once: true });
    },
    [condition, id] as const,
  );
  await act();
  await page.waitForFunction(
    () => (window as unknown as { __bench: BenchProbe }).__bench.probeHitAt !== null,
    null,
    { timeout: 20_000 },
  );
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchProbe & { inputAt?: number } }).__bench;
    bench.probe = null;
    return bench.inputAt === undefined ? null : bench.probeHitAt! - bench.inputAt;
  });
}

const median = (xs: (number | null)[]) =>
  quantile(
    xs.filter((x): x is number => x !== null),
    0.5,
  );
const fmt = (x: number | null, digits = 0) => (x === null ? '—' : x.toFixed(digits));
const ratio = (base: number | null, app: number | null) =>
  base === null || app === null || app === 0 ? '—' : `${(base / app).toFixed(1)}×`;

async function main() {
  const graphs = prepareGraphs();
  console.log(`Building the app…`);
  execSync('npx vite build --logLevel warn --outDir bench-results/app', { cwd: ROOT, stdio: 'inherit' });
  const { server, url } = await serveBench(
    [
      { prefix: '/baseline/', dir: join(ROOT, 'bench/baseline') },
      { prefix: '/vendor/', dir: join(ROOT, 'node_modules/cytoscape/dist') },
      { prefix: '/data/', dir: DATA },
      { prefix: '/', dir: join(OUT, 'app') },
    ],
    Number(args.get('port') ?? 4599),
  );
  const browser = await launchBenchBrowser();
  const results: Result[] = [];
  try {
    // Interleaved: app, baseline, app, baseline… so drift in machine load hits both alike.
    for (let rep = 0; rep < reps; rep++)
      for (const graph of graphs)
        for (const target of (rep % 2 === 0 ? [APP, BASELINE] : [BASELINE, APP]).filter(
          (t) => !args.has('targets') || args.get('targets')!.split(',').includes(t.name),
        )) {
          const r = await measure(browser, url, target, graph, rep);
          results.push(r);
          console.log(
            `${graph.name} ${target.name} #${rep + 1}: ${r.error ?? `first frame ${fmt(r.firstFrameMs)} ms, p95 frame ${fmt(r.frameP95Ms, 1)} ms`}`,
          );
        }
  } finally {
    await browser.close();
    server.close();
  }

  const rows = graphs.map((g) => {
    const of = (t: string) => results.filter((r) => r.graph === g.name && r.target === t);
    const pick = (t: string, k: keyof Result) => median(of(t).map((r) => r[k] as number | null));
    return {
      graph: g,
      app: (k: keyof Result) => pick('app', k),
      base: (k: keyof Result) => pick('baseline', k),
      errors: [
        ...new Set(
          results.filter((r) => r.graph === g.name && r.error).map((r) => `${r.target}: ${r.error}`),
        ),
      ],
    };
  });
  const metrics: [string, keyof Result, number][] = [
    ['first frame (ms)', 'firstFrameMs', 0],
    ['all elements drawn (ms)', 'completeFrameMs', 0],
    ['layout settled (ms)', 'settleMs', 0],
    ['longest task during layout (ms)', 'longestTaskDuringLayoutMs', 0],
    ['longest task until all drawn (ms)', 'longestTaskMs', 0],
    ['pan/zoom frame p50 (ms)', 'frameP50Ms', 1],
    ['pan/zoom frame p95 (ms)', 'frameP95Ms', 1],
    ['pointer sweep frame p50 (ms)', 'sweepP50Ms', 1],
    ['pointer sweep frame p95 (ms)', 'sweepP95Ms', 1],
    ['click → highlight (ms)', 'clickToHighlightMs', 0],
    ['another click → highlight (ms)', 'nextClickToHighlightMs', 0],
    ['filter (ms)', 'filterMs', 0],
    ['heap per element (bytes)', 'heapBytesPerElement', 0],
  ];
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(
      `\n${row.graph.name}: ${row.graph.nodes.toLocaleString('en')} nodes, ${row.graph.edges.toLocaleString('en')} edges, ${row.graph.positions ? 'with' : 'without'} positions`,
    );
    lines.push(`| metric | app | baseline | baseline / app |`, `|---|---:|---:|---:|`);
    for (const [label, key, digits] of metrics)
      lines.push(
        `| ${label} | ${fmt(row.app(key), digits)} | ${fmt(row.base(key), digits)} | ${ratio(row.base(key), row.app(key))} |`,
      );
    for (const e of row.errors) lines.push(`> ${e}`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${release()}, Chromium ${browserVersion()}, headless, SwiftShader WebGL`;
  const table = `Machine: ${machine}; medians of ${reps} interleaved repetition(s).${lines.join('\n')}`;
  console.log(`\n${table}`);
  writeFileSync(
    join(OUT, 'latest.json'),
    JSON.stringify({ machine, reps, date: new Date().toISOString(), results }, null, 2),
  );
  writeFileSync(join(OUT, 'latest.md'), `${table}\n`);
  console.log(`\nWrote bench-results/latest.json and bench-results/latest.md`);
}

function browserVersion(): string {
  try {
    return execSync('/usr/bin/chromium --version', { encoding: 'utf8' })
      .trim()
      .replace(/^Chromium /, '');
  } catch {
    return '?';
  }
}

await main();
