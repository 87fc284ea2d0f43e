import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type cytoscape from 'cytoscape';
import { buildDataset } from '../src/model/dataset';
import { computeVisibility, emptyFilters } from '../src/model/filters';
import { induced, neighbourhood } from '../src/model/neighbourhood';
import { clickElement, corpus, nodeNamed, openExplorer, drawn, settle } from './graph';

// The model's own answers, to compare the page with.
const dataset = buildDataset(corpus, new Map());
const everything = computeVisibility(dataset, emptyFilters);
const kim = nodeNamed('Kim Jong Un');
const expectedFocus = (roots: string[], depth: number) => {
  const nodes = new Set(neighbourhood(dataset.graph, everything, [roots[0] ?? ''], depth).keys());
  for (const r of roots.slice(1))
    for (const n of neighbourhood(dataset.graph, everything, [r], 1).keys()) nodes.add(n);
  const v = induced(dataset.graph, everything, nodes);
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

const classCount = (page: Page, selector: string) =>
  page.evaluate((s) => window.cy?.$(s).length ?? -1, selector);

async function selectNode(page: Page, id: string) {
  await settle(page);
  await clickElement(page, id);
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(dataset.graph.getNodeAttribute(id, 'label'));
}

const focusButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Focus on neighbourhood' }).getByRole('button', { name, exact: true });

test('focus on Kim Jong Un at depth 1 then 2 shows exactly his neighbourhood; fade keeps the rest; Show all', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  await selectNode(page, kim.id);
  const banner = page.getByRole('region', { name: 'Focus' });
  await expect(banner).toHaveCount(0);

  await focusButton(page, '1 step').click();
  const depth1 = expectedFocus([kim.id], 1);
  await expect(banner.getByTestId('focus-summary')).toHaveText(
    `Focused on Kim Jong Un · depth 1 · ${depth1.nodes.length} of ${corpus.nodes.length} entities`,
  );
  await expect.poll(() => drawn(page)).toEqual(depth1);
  await expect(focusButton(page, '1 step')).toHaveAttribute('aria-pressed', 'true');

  await focusButton(page, '2 steps').click();
  const depth2 = expectedFocus([kim.id], 2);
  expect(depth2.nodes.length).toBeGreaterThan(depth1.nodes.length);
  await expect(banner.getByTestId('focus-summary')).toHaveText(
    `Focused on Kim Jong Un · depth 2 · ${depth2.nodes.length} of ${corpus.nodes.length} entities`,
  );
  await expect.poll(() => drawn(page)).toEqual(depth2);
  await expect(banner.getByLabel('Depth')).toHaveValue('2');
  // Inside a focus, the selection does not fade the depth-2 ring away.
  await expect.poll(() => classCount(page, 'node.faded')).toBe(0);
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('focus-depth-2.png') });

  // Fade: everything is drawn again, what lies outside the focus dimmed.
  await banner.getByRole('radio', { name: 'Fade' }).check();
  await expect
    .poll(async () => {
      const all = await drawn(page);
      return [all.nodes.length, all.edges.length];
    })
    .toEqual([corpus.nodes.length, corpus.edges.length]);
  await expect
    .poll(() => classCount(page, 'node.outside-focus'))
    .toBe(corpus.nodes.length - depth2.nodes.length);
  const opacity = await page.evaluate(() => {
    const cy = window.cy;
    return {
      outside: Number(cy?.$('node.outside-focus').first().style('opacity')),
      inside: Number(cy?.$('node').not('.outside-focus').first().style('opacity')),
    };
  });
  expect(opacity.outside).toBeLessThan(0.5);
  expect(opacity.inside).toBe(1);
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('focus-fade.png') });
  // The banner's depth select narrows the same focus.
  await banner.getByLabel('Depth').selectOption('1');
  await expect
    .poll(() => classCount(page, 'node.outside-focus'))
    .toBe(corpus.nodes.length - depth1.nodes.length);
  await banner.getByRole('radio', { name: 'Hide' }).check();
  await expect.poll(() => drawn(page)).toEqual(depth1);

  expect(
    (await new AxeBuilder({ page }).include('.focus-banner').include('.node-actions').analyze()).violations,
  ).toEqual([]);

  await banner.getByRole('button', { name: 'Show all' }).click();
  await expect(banner).toHaveCount(0);
  await expect
    .poll(async () => {
      const back = await drawn(page);
      return [back.nodes.length, back.edges.length];
    })
    .toEqual([corpus.nodes.length, corpus.edges.length]);
  await expect.poll(() => classCount(page, '.outside-focus')).toBe(0);
});

test('expanding a node adds its neighbours to the focus, from its panel or by double-click', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  await selectNode(page, kim.id);
  await focusButton(page, '1 step').click();
  await settle(page);
  // Two neighbours of Kim that bring in new entities when expanded.
  const depth1 = new Set(expectedFocus([kim.id], 1).nodes);
  const growing = [...depth1]
    .filter((n) => n !== kim.id && dataset.graph.neighbors(n).some((m) => !depth1.has(m)))
    .sort((a, b) => dataset.graph.degree(a) - dataset.graph.degree(b));
  const [first, second] = growing;
  if (!first || !second) throw new Error('Kim has too few neighbours with neighbours of their own');

  await selectNode(page, first);
  await page.getByRole('button', { name: 'Expand neighbours' }).click();
  const once = expectedFocus([kim.id, first], 1);
  await expect.poll(() => drawn(page)).toEqual(once);
  await expect(page.getByTestId('focus-summary')).toContainText('· 1 expanded ·');
  await expect(page.getByRole('button', { name: 'Expand neighbours' })).toBeDisabled();

  // Double-click on the second one, where it is drawn. On a loaded machine the two clicks can
  // reach Cytoscape too far apart to count as one double tap: try again (expanding is idempotent).
  await settle(page);
  await expect(async () => {
    const point = await page.evaluate((id) => window.cy?.getElementById(id).renderedPosition(), second);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    await page.mouse.dblclick((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
    await expect(page.getByTestId('focus-summary')).toContainText('· 2 expanded ·', { timeout: 1500 });
  }).toPass({ timeout: 20_000 });
  await expect.poll(() => drawn(page)).toEqual(expectedFocus([kim.id, first, second], 1));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('focus-expanded-dark.png') });
});

test('hiding a node takes it and its relations away, updates the counts, and Show all brings it back', async ({
  page,
}) => {
  const trump = nodeNamed('Donald Trump');
  await openExplorer(page);
  await selectNode(page, trump.id);
  await page.getByRole('button', { name: 'Hide from graph' }).click();

  const left = computeVisibility(dataset, { ...emptyFilters, hiddenNodes: new Set([trump.id]) });
  expect(left.edges.size).toBe(corpus.edges.length - dataset.graph.degree(trump.id));
  await expect
    .poll(() => drawn(page))
    .toEqual({ nodes: [...left.nodes].sort(), edges: [...left.edges].sort() });
  await expect(page.getByTestId('node-count')).toHaveText(
    `${left.nodes.size} / ${corpus.nodes.length} entities`,
  );
  await expect(page.getByTestId('edge-count')).toHaveText(
    `${left.edges.size} / ${corpus.edges.length} relations`,
  );
  // Its panel closes with it; the banner says what is hidden.
  await expect(page.getByRole('heading', { name: 'Donald Trump', level: 2 })).toHaveCount(0);
  const banner = page.getByRole('region', { name: 'Focus' });
  await expect(banner.getByTestId('focus-summary')).toHaveText('1 entity hidden');

  // A focus composes with it: Kim's depth-1 neighbourhood without Trump.
  await selectNode(page, kim.id);
  await focusButton(page, '1 step').click();
  const focused = induced(dataset.graph, left, neighbourhood(dataset.graph, left, [kim.id], 1).keys());
  await expect
    .poll(() => drawn(page))
    .toEqual({ nodes: [...focused.nodes].sort(), edges: [...focused.edges].sort() });
  await expect(banner.getByTestId('focus-summary')).toContainText('· 1 hidden');

  await banner.getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByTestId('node-count')).toHaveText(`${corpus.nodes.length} entities`);
  await expect
    .poll(async () => {
      const all = await drawn(page);
      return [all.nodes.length, all.edges.length];
    })
    .toEqual([corpus.nodes.length, corpus.edges.length]);
});

test('a pinned node is locked where it was dragged, marked, and stays there through another layout', async ({
  page,
}, testInfo) => {
  const trump = nodeNamed('Donald Trump');
  await openExplorer(page);
  await settle(page);
  const position = (id: string) =>
    page.evaluate(
      (nodeId) => ({ ...(window.cy?.getElementById(nodeId) as cytoscape.NodeSingular).position() }),
      id,
    );

  // Drag it somewhere else, then pin it there from its panel.
  const start = await page.evaluate((id) => window.cy?.getElementById(id).renderedPosition(), trump.id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const from = { x: (box?.x ?? 0) + (start?.x ?? 0), y: (box?.y ?? 0) + (start?.y ?? 0) };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 90, from.y + 60, { steps: 8 });
  await page.mouse.up();
  const dragged = await position(trump.id);
  await selectNode(page, trump.id);
  await page.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unpin' })).toBeVisible();
  const state = await page.evaluate((id) => {
    const n = window.cy?.getElementById(id) as cytoscape.NodeSingular;
    return { locked: n.locked(), pinned: n.hasClass('pinned'), ring: n.style('outline-style') as string };
  }, trump.id);
  expect(state).toEqual({ locked: true, pinned: true, ring: 'dashed' });

  const others = await position(kim.id);
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Concentric by importance' });
  await settle(page);
  expect(await position(kim.id)).not.toEqual(others);
  expect(await position(trump.id)).toEqual(dragged);
  await page.screenshot({ path: testInfo.outputPath('pinned.png') });

  await page.getByRole('button', { name: 'Unpin' }).click();
  expect(await page.evaluate((id) => window.cy?.getElementById(id).locked(), trump.id)).toBe(false);
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Force-directed' });
  await settle(page);
  expect(await position(trump.id)).not.toEqual(dragged);
});

test('hovering a node lights up its neighbourhood and leaving it restores the graph', async ({ page }) => {
  await openExplorer(page);
  await settle(page);
  const at = async (id: string) => {
    const p = await page.evaluate((nodeId) => window.cy?.getElementById(nodeId).renderedPosition(), id);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    return { x: (box?.x ?? 0) + (p?.x ?? 0), y: (box?.y ?? 0) + (p?.y ?? 0) };
  };
  const marks = () =>
    page.evaluate(() => ({
      hover: window.cy?.$('.hover').map((e) => e.id()),
      neighbours: window.cy?.$('.hover-neighbour').length,
      dim: window.cy?.$('.hover-dim').length,
    }));
  const moon = nodeNamed('Moon Jae-in');
  const p = await at(moon.id);
  await page.mouse.move(p.x, p.y);
  const hood = dataset.graph.degree(moon.id) + dataset.graph.neighbors(moon.id).length;
  await expect.poll(marks).toEqual({
    hover: [moon.id],
    neighbours: hood,
    dim: corpus.nodes.length + corpus.edges.length - hood - 1,
  });
  await page.mouse.move(5, 5);
  await expect.poll(marks).toEqual({ hover: [], neighbours: 0, dim: 0 });

  // Zoomed in with the keyboard, a hovered node far from the centre moves from under the still
  // pointer: it is no longer marked (Cytoscape itself reports hovering only on pointer moves).
  const far = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return '';
    const mid = { x: cy.width() / 2, y: cy.height() / 2 };
    const placed = cy.nodes().map((n) => {
      const p = n.renderedPosition();
      return { id: n.id(), d: Math.hypot(p.x - mid.x, p.y - mid.y) };
    });
    return placed.filter((n) => n.d < Math.min(mid.x, mid.y) * 0.8).sort((a, b) => b.d - a.d)[0]?.id;
  });
  const f = await at(far ?? '');
  await page.mouse.move(f.x, f.y);
  await expect.poll(async () => (await marks()).hover).toEqual([far]);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(marks).toEqual({ hover: [], neighbours: 0, dim: 0 });
  await page.keyboard.press('f');
  await settle(page);

  // With a selection, hovering another node only names it: the selection keeps the emphasis.
  await selectNode(page, kim.id);
  await settle(page);
  const q = await at(moon.id);
  await page.mouse.move(q.x, q.y);
  await expect.poll(marks).toEqual({ hover: [moon.id], neighbours: 0, dim: 0 });
});
