import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { UndirectedGraph } from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted.js';
import { clickElement, corpus, nodeNamed, openExplorer, settle } from './graph';

const moon = nodeNamed('Moon Jae-in');
const hanoi = nodeNamed('Hanoi summit');
const label = (id: string) => corpus.nodes.find((n) => n.id === id)?.label ?? id;

/**
 * graphology's answer: every shortest path between two nodes with edges taken both ways, as node
 * sequences, from Brandes' predecessors on an undirected copy of the corpus (without `skip`).
 */
function graphologyPaths(from: string, to: string, skip: string[] = []): string[][] {
  const g = new UndirectedGraph();
  for (const n of corpus.nodes) if (!skip.includes(n.id)) g.addNode(n.id);
  for (const e of corpus.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  const [, predecessors] = brandes(g, from);
  const expand = (node: string): string[][] =>
    node === from
      ? [[node]]
      : (predecessors[node] ?? []).flatMap((p) => expand(p).map((path) => [...path, node]));
  return expand(to);
}

/** A path as the panel writes it: "Moon Jae-in —praised→ Donald Trump —participated in→ Hanoi summit". */
function chainText(path: string[]): string {
  let text = label(path[0] ?? '');
  for (let i = 1; i < path.length; i++) {
    const [a = '', b = ''] = [path[i - 1], path[i]];
    const phrases = (s: string, t: string) => [
      ...new Set(corpus.edges.filter((e) => e.source === s && e.target === t).map((e) => e.relation)),
    ];
    const ahead = phrases(a, b);
    const back = phrases(b, a);
    const arrows = [
      ...(ahead.length ? [`—${ahead.join(', ')}→`] : []),
      ...(back.length ? [`←${back.join(', ')}—`] : []),
    ];
    text += ` ${arrows.join('')} ${label(b)}`;
  }
  return text;
}

async function openPathsFrom(page: Page, id: string) {
  await settle(page);
  await clickElement(page, id);
  await page.getByRole('button', { name: 'Find paths…' }).click();
  const panel = page.getByRole('article', { name: 'How are they connected?' });
  await expect(panel.getByRole('combobox', { name: 'From' })).toHaveValue(label(id));
  return panel;
}

const chains = (page: Page) => page.locator('.path-item summary');

test('how is Moon Jae-in connected to the Hanoi summit: every shortest path, highlighted, with its passages', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  const panel = await openPathsFrom(page, moon.id);

  // Pick the target by typing, as in a search box: the box to fill has the focus already.
  const to = panel.getByRole('combobox', { name: 'To' });
  await expect(to).toBeFocused();
  await page.keyboard.type('hanoi sum');
  await page.getByRole('option', { name: /Hanoi summit/ }).click();
  await expect(to).toHaveValue('Hanoi summit');

  const expected = graphologyPaths(moon.id, hanoi.id);
  expect(expected.length).toBe(3);
  await expect(panel.getByRole('status')).toHaveText(`${expected.length} shortest paths of 2 steps.`);
  const listed = await chains(page).allTextContents();
  expect([...listed].sort()).toEqual(expected.map(chainText).sort());
  expect(listed).toContain('Moon Jae-in —praised→ Donald Trump —participated in→ Hanoi summit');
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('paths-moon-hanoi.png') });

  // Every step of every path shows at least one supporting passage.
  const paths = page.locator('.path-item');
  for (let i = 0; i < expected.length; i++) {
    const path = paths.nth(i);
    if (i > 0) await path.locator('summary').click();
    const steps = path.locator('.path-step');
    await expect(steps).toHaveCount(2);
    for (let s = 0; s < 2; s++) {
      await expect(steps.nth(s).getByTestId('excerpt').first()).toBeVisible();
    }
  }

  // The graph: the paths emphasised, the rest faded.
  const onPath = [...new Set(expected.flat())].sort();
  const marked = await page.evaluate(() => ({
    nodes: window.cy
      ?.$('node.on-path')
      .map((n) => n.id())
      .sort(),
    edges: window.cy
      ?.$('edge.on-path')
      .map((e) => e.id())
      .sort(),
    off: window.cy?.$('node.off-path').length,
  }));
  const pathEdges = corpus.edges
    .filter((e) =>
      expected.some((p) =>
        p.some((n, i) => i > 0 && [p[i - 1], n].sort().join() === [e.source, e.target].sort().join()),
      ),
    )
    .map((e) => e.id)
    .sort();
  expect(marked).toEqual({ nodes: onPath, edges: pathEdges, off: corpus.nodes.length - onPath.length });
  expect((await new AxeBuilder({ page }).include('.paths-panel').analyze()).violations).toEqual([]);

  // Swapped, the same chains read backwards, each relation still pointing its own way.
  await panel.getByRole('button', { name: 'Swap the ends' }).click();
  await expect(chains(page).first()).toHaveText(/^Hanoi summit ←participated in— /);
  expect([...(await chains(page).allTextContents())].sort()).toEqual(
    graphologyPaths(hanoi.id, moon.id).map(chainText).sort(),
  );
});

test('a click in the graph sets the target; Escape closes the paths, back to the start node', async ({
  page,
}) => {
  const kaesong = nodeNamed('Kaesong');
  await openExplorer(page);
  const panel = await openPathsFrom(page, moon.id);
  await expect(panel.getByText('Pick both ends')).toBeVisible();
  // Moon's neighbourhood was framed: back to the whole graph to find Kaesong.
  await page.getByRole('button', { name: 'Fit' }).click();
  await settle(page);
  await clickElement(page, kaesong.id);
  await expect(panel.getByRole('combobox', { name: 'To' })).toHaveValue('Kaesong');
  const expected = graphologyPaths(moon.id, kaesong.id);
  expect([...(await chains(page).allTextContents())].sort()).toEqual(expected.map(chainText).sort());
  // The selection stays out of the way while the paths are shown.
  expect(await page.evaluate(() => window.cy?.$('.focus').length)).toBe(0);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { level: 2, name: 'Moon Jae-in' }),
  ).toBeVisible();
  expect(await page.evaluate(() => window.cy?.$('.on-path, .off-path').length)).toBe(0);
});

test('paths go round a hidden entity, and the keyboard picks the target', async ({ page }, testInfo) => {
  const trump = nodeNamed('Donald Trump');
  await openExplorer(page);
  await settle(page);
  await clickElement(page, trump.id);
  await page.getByRole('button', { name: 'Hide from graph' }).click();
  const panel = await openPathsFrom(page, moon.id);
  const to = panel.getByRole('combobox', { name: 'To' });
  await to.fill('Hanoi summit');
  await to.press('ArrowDown');
  await to.press('Enter');
  await expect(to).toHaveValue('Hanoi summit');
  const expected = graphologyPaths(moon.id, hanoi.id, [trump.id]);
  expect(expected.length).toBe(2);
  expect([...(await chains(page).allTextContents())].sort()).toEqual(expected.map(chainText).sort());
  await expect(page.getByRole('region', { name: 'Focus' }).getByTestId('focus-summary')).toHaveText(
    '1 entity hidden',
  );
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('paths-dark.png') });
});
