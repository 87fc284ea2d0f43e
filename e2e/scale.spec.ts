import { join } from 'node:path';
import { DATASETS } from '../scripts/datasets';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildDataset } from '../src/model/dataset';
import { filePositions } from '../src/model/filePositions';
import { computeVisibility, emptyFilters } from '../src/model/filters';
import { importGraph } from '../src/model/formats/importGraph';
import { nodeTypesOf, typeDescriptor } from '../src/model/nodeTypes';
import { corpus, openExplorer, shownCounts } from './graph';

// The 10,000-node graph of the scale issue, opened through ?graph= as a person would; the model
// opens the same file in Node for the expected counts.
const LARGE = join(DATASETS, 'large-graph.json');
const text = readFileSync(LARGE, 'utf8');
const imported = importGraph([{ name: 'large-graph.json', text }]);
if (!imported.ok) throw new Error('the 10k graph does not open in the model');
const dataset = buildDataset(imported.data, new Map());
const { graph } = dataset;

test('the 10k graph opens whole in large-graph mode, and a type filter hides exactly what the model says', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The bundled corpus stays in the small mode: curved edges with arrows, labels placed by collision.
  await openExplorer(page);
  expect(await page.evaluate(() => window.cy!.edges()[0]!.style('curve-style'))).toBe('bezier');
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(corpus.nodes.length);

  await page.route(
    (url) => url.pathname === '/data/large-graph.json',
    (route) => route.fulfill({ body: text, contentType: 'application/json' }),
  );
  await page.goto('/?graph=/data/large-graph.json');
  // The nodes go in a slice at a time (src/view/sliceAdd.ts); the edges are drawn on their own layer.
  await page.waitForFunction((n) => window.cy?.nodes().length === n, graph.order, { timeout: 120_000 });
  await expect(page.getByTestId('graph-canvas')).not.toHaveAttribute('data-adding', /./, {
    timeout: 120_000,
  });
  expect(await shownCounts(page)).toEqual({ nodes: graph.order, edges: graph.size });
  // Every node where the file put it (scaled as the "As opened" layout does).
  const sample = graph.nodes().filter((_, i) => i % 997 === 0);
  const placed = await page.evaluate(
    (ids) => ids.map((id) => window.cy!.nodes().getElementById(id).position()),
    sample,
  );
  expect(placed).toEqual(sample.map((id) => filePositions(graph).get(id)));
  // Large-graph mode: a new core holding the nodes only, with the cheap renderer options and label
  // culling (src/view/scale.ts); the edges are lines on a canvas layer under the nodes (edgeLayer.ts).
  const mode = await page.evaluate(() => {
    const cy = window.cy!;
    const options = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer();
    return {
      cytoscapeEdges: cy.edges().length,
      minZoomedFontSize: cy.nodes()[0]!.style('min-zoomed-font-size'),
      hideEdgesOnViewport: options.hideEdgesOnViewport,
      canvases: cy.container()!.querySelectorAll('canvas').length,
      everyNodeFinite: cy
        .nodes()
        .map((n) => n.position())
        .every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    };
  });
  expect(mode).toEqual({
    cytoscapeEdges: 0,
    minZoomedFontSize: '9px',
    hideEdgesOnViewport: true,
    // Cytoscape's three, the edge layer and the selection overlay.
    canvases: 5,
    everyNodeFinite: true,
  });

  // Untick the biggest type in the Filters panel: the shown counts are the model's.
  const type = nodeTypesOf(graph)[0]!;
  const visible = computeVisibility(dataset, { ...emptyFilters, hiddenTypes: new Set([type]) });
  expect(visible.nodes.size).toBeLessThan(graph.order);
  expect(visible.nodes.size).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: new RegExp(`^${typeDescriptor(type).plural}\\b`) })
    .first()
    .uncheck();
  await expect
    .poll(() => shownCounts(page), { timeout: 60_000 })
    .toEqual({ nodes: visible.nodes.size, edges: visible.edges.size });
  const shownIds = await page.evaluate(() =>
    window
      .cy!.nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .sort(),
  );
  expect(shownIds).toEqual([...visible.nodes].sort());

  // Back to the corpus: the small mode returns, with window.cy the new core.
  await page.keyboard.press('o');
  await page.getByRole('button', { name: 'Open the bundled corpus' }).click();
  await page.waitForFunction((n) => window.cy?.nodes().length === n, corpus.nodes.length);
  expect(await page.evaluate(() => window.cy!.edges()[0]!.style('curve-style'))).toBe('bezier');
});

test('opened from the address, the 10k graph shows first as a picture framed as the view will be, never the corpus; a click draws the neighbourhood on the overlay', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // Every node count Cytoscape drew, from the first frame on.
  await page.addInitScript(() => {
    const drawn: number[] = [];
    (window as unknown as { drawnCounts: number[] }).drawnCounts = drawn;
    // When Cytoscape first drew the whole graph (page clock).
    (window as unknown as { wholeAt: number | null }).wholeAt = null;
    let core: unknown;
    Object.defineProperty(window, 'cy', {
      configurable: true,
      get: () => core,
      set(value: { on(e: string, f: () => void): void; nodes(): { length: number } }) {
        core = value;
        value.on('render', () => {
          if (drawn.at(-1) !== value.nodes().length) drawn.push(value.nodes().length);
          const w = window as unknown as { wholeAt: number | null };
          if (w.wholeAt === null && value.nodes().length === 10_000) w.wholeAt = performance.now();
        });
      },
    });
  });
  // The file is held back until the page has been looked at while it waits.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === '/data/large-graph.json',
    async (route) => {
      await released;
      await route.fulfill({ body: text, contentType: 'application/json' });
    },
  );
  await page.goto('/?graph=/data/large-graph.json');
  // While it is on its way, the page names what is coming, not the stand-in corpus (not drawn).
  await expect(page.getByRole('heading', { name: 'large-graph.json' })).toBeVisible();
  await expect(page.locator('.app-header')).toContainText('Opening large-graph.json');
  await expect(page.getByRole('group', { name: 'Legend' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.locator('.app-header')).not.toContainText('articles');
  // Nor the stand-in's layout and sizing: the graph toolbar waits for the graph.
  await expect(page.getByRole('group', { name: 'Graph view' })).toHaveCount(0);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Drawing the graph' })).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-edges-shown', String(graph.size), {
    timeout: 120_000,
  });
  await expect(page.getByTestId('graph-canvas')).not.toHaveAttribute('data-adding', /./, { timeout: 60_000 });
  await expect(page.getByRole('group', { name: 'Graph view' })).toBeVisible();
  const drawn = await page.evaluate(() => (window as unknown as { drawnCounts: number[] }).drawnCounts);
  // Frames of the empty canvas, then only frames with every node of the graph (nodes go in first).
  expect(drawn).not.toContain(corpus.nodes.length);
  expect(drawn.filter((n) => n > 0)).toEqual([graph.order]);

  // Before that, the import worker drew the whole graph as a picture on a canvas over the view
  // (src/view/previewScene.ts), framed exactly as Cytoscape then framed it; the picture is gone now.
  const first = await page.evaluate(() => {
    const marks = performance.getEntriesByName('preview-drawn') as PerformanceMark[];
    const cy = window.cy!;
    return {
      pictures: marks.map((m) => ({ at: m.startTime, ...(m.detail as Record<string, unknown>) })),
      wholeAt: (window as unknown as { wholeAt: number }).wholeAt,
      edgesAt: performance.getEntriesByName('edges-drawn')[0]!.startTime,
      view: { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() },
      canvas: document.querySelectorAll('.graph-preview').length,
    };
  });
  expect(first.pictures.length).toBeGreaterThan(0);
  expect(first.pictures[0]).toMatchObject({ nodes: graph.order, edges: graph.size });
  expect(first.pictures[0]!.at).toBeLessThan(first.wholeAt);
  expect(first.pictures[0]!.at).toBeLessThan(first.edgesAt);
  // The last picture (drawn again if the view changed size meanwhile) is the view's frame.
  const last = first.pictures.at(-1) as unknown as typeof first.view;
  expect(last.width).toBe(first.view.width);
  expect(last.height).toBe(first.view.height);
  expect(last.zoom).toBeCloseTo(first.view.zoom, 9);
  expect(last.pan.x).toBeCloseTo(first.view.pan.x, 6);
  expect(last.pan.y).toBeCloseTo(first.view.pan.y, 6);
  expect(first.canvas).toBe(0);
  await expect(page.getByTestId('graph-canvas')).not.toHaveAttribute('data-preview', /./);

  // The busiest node, centred at zoom 1, clicked as a person would.
  const hub = await page.evaluate(() => {
    const cy = window.cy!;
    const node = cy.nodes().max((n) => (n.data('degree') as number | undefined) ?? n.degree(false)).ele;
    cy.zoom(1);
    cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { id: node.id(), label: node.data('label') as string, x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(hub.x, hub.y);
  await expect(page.getByRole('heading', { name: hub.label, exact: true })).toBeVisible();
  await page.waitForFunction(
    (id) =>
      performance.getEntriesByName('highlight-drawn').some((m) => (m as PerformanceMark).detail?.id === id),
    hub.id,
  );
  // Nothing in Cytoscape was restyled for it, and the node did not move (nodes are not grabbed at scale).
  const after = await page.evaluate((id) => {
    const cy = window.cy!;
    return {
      classed: cy.$('.focus, .neighbour, .faded').length,
      grabbable: cy.getElementById(id).grabbable(),
    };
  }, hub.id);
  expect(after).toEqual({ classed: 0, grabbable: false });
  // The overlay canvas (cytoscape-layers) holds the drawn neighbourhood: not blank around the hub.
  const painted = await page.evaluate(
    ({ x, y }) => {
      const canvases = [
        ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas'),
      ];
      const overlay = canvases.at(-1)!;
      const box = overlay.getBoundingClientRect();
      const ratio = overlay.width / box.width;
      const data = overlay
        .getContext('2d')!
        .getImageData((x - box.left - 40) * ratio, (y - box.top - 40) * ratio, 80 * ratio, 80 * ratio).data;
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 200) opaque++;
      return opaque;
    },
    { x: hub.x, y: hub.y },
  );
  expect(painted).toBeGreaterThan(500);
  await page.screenshot({ path: testInfo.outputPath('large-graph-highlight.png') });
});
