import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type cytoscape from 'cytoscape';
import { clickElement, corpus, crossingNames, nodeNamed, openExplorer } from './graph';

const sourceText = (id: string) => {
  const source = corpus.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return readFileSync(new URL(`../graph-data/${source.file}`, import.meta.url), 'utf8');
};

test('opens on the whole corpus graph with a legend and counts', async ({ page }, testInfo) => {
  await openExplorer(page);
  const counts = await page.evaluate(() => ({
    nodes: window.cy?.nodes().length,
    edges: window.cy?.edges().length,
  }));
  expect(counts).toEqual({ nodes: corpus.nodes.length, edges: corpus.edges.length });
  await expect(page.getByTestId('node-count')).toHaveText(`${corpus.nodes.length} entities`);
  await expect(page.getByTestId('edge-count')).toHaveText(`${corpus.edges.length} relations`);
  const legend = page.getByRole('group', { name: 'Legend' });
  for (const type of ['Actor', 'Place', 'Event']) await expect(legend).toContainText(type);
  // Relations the text denies are told apart: in the legend, and by their labels.
  await expect(legend).toContainText('Denied');
  const denied = corpus.edges.find((e) => e.modality === 'negated');
  expect(denied).toBeDefined();
  const caption = await page.evaluate((id) => window.cy?.$id(id).data('caption') as string, denied?.id ?? '');
  expect(caption).toBe(`not ${denied?.relation}`);
  // Every node was placed inside the viewport by the layout.
  const allVisible = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return false;
    const view = cy.extent();
    return cy.nodes().every((n) => {
      const p = (n as cytoscape.NodeSingular).position();
      return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
    });
  });
  expect(allVisible).toBe(true);
  // Zoomed out to the whole graph, names keep a readable size: many show, none under 11 px.
  const labelPx = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      return cy
        .nodes()
        .not('.label-hidden')
        .map((n) => parseFloat(n.style('font-size') as string) * cy.zoom());
    });
  await expect.poll(async () => (await labelPx()).length).toBeGreaterThan(corpus.nodes.length / 3);
  expect(Math.min(...(await labelPx()))).toBeGreaterThanOrEqual(10.99);
  // The names shown never cross each other (as Cytoscape draws them: wrapped, several lines).
  expect(await crossingNames(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('first-screen.png') });
});

test('clicking a node opens its relations with highlighted source excerpts', async ({ page }, testInfo) => {
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await clickElement(page, kim.id);

  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kim.label);
  await expect(panel.getByRole('region', { name: 'Relations' })).toContainText('leader of');

  // The first excerpt is a real passage of a real article, with its words highlighted and cited.
  const excerpt = panel.getByTestId('excerpt').first();
  const marked = await excerpt.locator('mark').innerText();
  const citation = await excerpt.locator('cite').innerText();
  const source = corpus.sources.find((s) => s.title === citation);
  expect(source, `citation "${citation}" names a corpus article`).toBeDefined();
  expect(sourceText(source?.id ?? '').replace(/\s+/g, ' ')).toContain(marked.replace(/\s+/g, ' '));
  await expect(excerpt.locator('figcaption')).toContainText(source?.publisher ?? '');

  // The graph highlights the node and its neighbourhood, fading the rest.
  const classes = await page.evaluate((id) => {
    const cy = window.cy;
    return { focus: cy?.getElementById(id).hasClass('focus'), faded: cy?.$('.faded').length ?? 0 };
  }, kim.id);
  expect(classes.focus).toBe(true);
  expect(classes.faded).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('node-panel.png') });
});

test('clicking an edge shows the relation and every supporting passage', async ({ page }, testInfo) => {
  const edge = [...corpus.edges].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  if (!edge) throw new Error('corpus has no edges');
  await openExplorer(page);
  await clickElement(page, edge.id);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(edge.relation);
  await expect(panel.getByTestId('excerpt')).toHaveCount(edge.evidence.length);
  const span = edge.evidence[0];
  if (!span) throw new Error('edge without evidence');
  const words = sourceText(span.source).slice(span.start, span.end);
  await expect(panel.locator('mark').first()).toHaveText(words);
  await page.screenshot({ path: testInfo.outputPath('edge-panel.png') });
});

test('an entity in the panel leads to that entity in the graph', async ({ page }) => {
  const kim = nodeNamed('Kim Jong Un');
  const northKorea = nodeNamed('North Korea');
  await openExplorer(page);
  await clickElement(page, kim.id);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('button', { name: northKorea.label, exact: true }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(northKorea.label);
  const focused = await page.evaluate((id) => window.cy?.getElementById(id).hasClass('focus'), northKorea.id);
  expect(focused).toBe(true);
});

test('clicking the background, or pressing Escape, returns to the corpus overview', async ({ page }) => {
  await openExplorer(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const overview = panel.getByRole('heading', { level: 2, name: 'Inter-Korean relations, 2014–2021' });
  await clickElement(page, nodeNamed('Kim Jong Un').id);
  await expect(overview).toBeHidden();
  // After a fit the canvas corner lies in the empty margin.
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForFunction(() => !window.cy?.animated());
  const box = await page.getByTestId('graph-canvas').boundingBox();
  await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
  await expect(overview).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);

  await clickElement(page, nodeNamed('Kim Jong Un').id);
  await expect(overview).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  expect(await page.evaluate(() => window.cy?.$('.focus').length)).toBe(0);
});
