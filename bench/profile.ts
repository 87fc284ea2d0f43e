/**
 * `npx tsx bench/profile.ts <graph file in bench-results/data> [--click|--sweep|--gesture|--interact]`: opens the built app
 * (bench-results/app, from `npm run bench`) on one graph under the Chrome DevTools CPU profiler and
 * prints where main-thread time went, by function (self and inclusive time). With a flag, only one
 * interaction is profiled: a click on the busiest node, the benchmark's pointer sweep, or its
 * wheel-and-drag gesture. `PROFILE_APP=<dir>` profiles another build, e.g. one made with
 * `npx vite build --minify false --outDir /tmp/app-unmin` for readable function names. For finding
 * what to optimise; the numbers that count come from `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { serveBench } from './server';
import { launchBenchBrowser } from './browser';

const ROOT = resolve(import.meta.dirname, '..');
const graph = process.argv[2] ?? 'large-graph.json';
const interact = process.argv.includes('--interact');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Brings the busiest node to the centre at 1:1; returns where it is on the page. */
const centreBusiestNode = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    const node = cy.nodes().max((n) => (n.data('degree') as number | undefined) ?? n.degree(false)).ele;
    cy.zoom(1);
    cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });

const { server, url } = await serveBench(
  [
    { prefix: '/data/', dir: join(ROOT, 'bench-results/data') },
    { prefix: '/', dir: resolve(ROOT, process.env.PROFILE_APP ?? 'bench-results/app') },
  ],
  4598,
);
const browser = await launchBenchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: url });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`/?graph=${encodeURIComponent(`/data/${graph}`)}`);
  const nodes = (
    JSON.parse(readFileSync(join(ROOT, 'bench-results/data', graph), 'utf8')) as { nodes: unknown[] }
  ).nodes.length;
  await page.waitForFunction(
    (n) =>
      performance.getEntriesByName('layout-settled').some((m) => (m as PerformanceMark).detail?.nodes === n),
    nodes,
    { timeout: 300_000, polling: 200 },
  );
  console.log(`settled after ${Date.now() - t0} ms wall`);
  // A large graph's edges are added after its nodes are framed (src/view/sliceAdd.ts); a small
  // graph is added at once (view:set-dataset, also made for the bundled corpus first).
  await page
    .waitForFunction(
      (n) =>
        performance.getEntriesByName('view:all-added').length > 0 ||
        performance
          .getEntriesByName('view:set-dataset')
          .some((m) => (m as PerformanceMeasure).detail?.nodes === n),
      nodes,
      {
        timeout: 300_000,
        polling: 200,
      },
    )
    .catch(() => undefined);
  console.log(`all added after ${Date.now() - t0} ms wall`);
  const timeline = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType !== 'resource' || e.name.includes('/data/'))
      .map(
        (e) =>
          `${e.entryType} ${e.name.replace(/^.*\/data\//, 'data/')} @${e.startTime.toFixed(0)} +${e.duration.toFixed(0)}`,
      ),
  );
  console.log(timeline.join('\n'));
  if (process.argv.includes('--click')) {
    await cdp.send('Profiler.stop');
    const hub = await centreBusiestNode(page);
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    await page.mouse.click(hub.x, hub.y);
    await page.waitForTimeout(1500);
  }
  if (process.argv.includes('--sweep')) {
    // The benchmark's pointer sweep: across the busiest node's neighbourhood at 1:1, no button down.
    await cdp.send('Profiler.stop');
    const hub = await centreBusiestNode(page);
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    for (let i = 0; i <= 40; i++) {
      await page.mouse.move(hub.x - 300 + i * 15, hub.y - 100 + i * 5);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(800);
  }
  if (process.argv.includes('--gesture')) {
    // Only the gesture and a click: restart the profile once the graph is shown.
    await cdp.send('Profiler.stop');
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    const [gx, gy] = (process.env.GESTURE_AT ?? '1300,850').split(',').map(Number);
    await page.mouse.move(gx!, gy!);
    for (let i = 0; i < 24; i++) {
      await page.mouse.wheel(0, i < 12 ? -120 : 120);
      await page.waitForTimeout(40);
    }
    await page.mouse.down();
    for (let i = 0; i < 24; i++) {
      await page.mouse.move(gx! - i * 10, gy! - i * 4);
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
  }
  if (interact) {
    await page.mouse.move(700, 500);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(40);
    }
    await page.mouse.click(700, 500);
    await page.waitForTimeout(1000);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('self time:');
  for (const [k, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      seen.add(keyOf(byId.get(at)!));
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('inclusive time:');
  for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
} finally {
  await browser.close();
  server.close();
}
