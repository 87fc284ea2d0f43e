import { DATASETS } from '../scripts/datasets';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { corpus, openExplorer, shownCounts } from './graph';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

const counts = shownCounts;

async function openFiles(page: Page, files: Parameters<ReturnType<Page['getByTestId']>['setInputFiles']>[0]) {
  await page.getByRole('button', { name: 'Open a graph…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a graph' })).toBeVisible();
  await page.getByTestId('open-file-input').setInputFiles(files);
}

/** Waits for the graph's nodes, and for a large graph's edges, added after them (src/view/sliceAdd.ts). */
async function waitForNodes(page: Page, n: number) {
  await page.waitForFunction((count) => window.cy?.nodes().length === count, n, { timeout: 45_000 });
  await expect(page.getByTestId('graph-canvas')).not.toHaveAttribute('data-adding', /./, { timeout: 45_000 });
}

/** Where two nodes are drawn relative to each other: direction of the vector between them (scale-free). */
const slope = (page: Page, a: string, b: string) =>
  page.evaluate(
    ({ x, y }) => {
      const p = window.cy?.getElementById(x).position();
      const q = window.cy?.getElementById(y).position();
      if (!p || !q) throw new Error('missing node');
      return { dx: q.x - p.x, dy: q.y - p.y };
    },
    { x: a, y: b },
  );

test('opens Gephi’s arctic.gexf with its positions, colours and counts', async ({ page }) => {
  await openExplorer(page);
  await openFiles(page, `${DATASETS}/arctic.gexf`);
  await waitForNodes(page, 1715);
  expect(await counts(page)).toEqual({ nodes: 1715, edges: 6676 });
  // New York (id 1) in the file: viz:color r=255 g=51 b=51, position (-81.7245, 25.771425);
  // node 0 at (-113.203964, 30.300962). The drawing keeps the direction between them (y up, as in Gephi).
  const color = await page.evaluate(() => window.cy?.getElementById('1').style('background-color'));
  expect(color).toBe('rgb(255,51,51)');
  const { dx, dy } = await slope(page, '0', '1');
  expect(dx).toBeGreaterThan(0);
  expect(dy / dx).toBeCloseTo((30.300962 - 25.771425) / (113.203964 - 81.7245), 3);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('positions');
  await expect(page.getByRole('region', { name: 'Imported data' })).toContainText(
    'GEXF · 1,715 nodes · 6,676 edges',
  );
});

test('opens graphology’s euroSIS.json: positioned, typed by actor type', async ({ page }) => {
  await openExplorer(page);
  await openFiles(page, `${DATASETS}/euroSIS.json`);
  await waitForNodes(page, 1285);
  expect(await counts(page)).toEqual({ nodes: 1285, edges: 7524 });
  const data = JSON.parse(readFileSync(`${DATASETS}/euroSIS.json`, 'utf8')) as {
    nodes: { key: string; attributes: { x: number; y: number } }[];
  };
  const [a, b] = [data.nodes[0], data.nodes[1]];
  if (!a || !b) throw new Error('no nodes');
  const { dx, dy } = await slope(page, a.key, b.key);
  expect(dy / dx).toBeCloseTo(-(b.attributes.y - a.attributes.y) / (b.attributes.x - a.attributes.x), 3);
  await expect(page.getByRole('combobox', { name: 'Type from column' })).toHaveValue('actor_type');
  await expect(page.getByLabel('Legend')).toContainText('Research centers');
});

test('a broken file dropped on the window is refused with its line and column; the graph stays', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await counts(page);
  expect(before.nodes).toBe(corpus.nodes.length);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['{\n  "nodes": [\n    {"key": "a",}\n  ]\n}'], 'broken.json', { type: 'application/json' }),
    );
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('broken.json, line 3, column 17');
  await expect(alert).toContainText('malformed JSON');
  await expect(alert).toContainText('The graph on screen is unchanged');
  expect(await counts(page)).toEqual(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('a PNG named .json is named as a PNG', async ({ page }) => {
  await openExplorer(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  await openFiles(page, { name: 'graph.json', mimeType: 'application/json', buffer: png });
  await expect(page.getByRole('alert')).toContainText('this looks like a PNG image, not a graph');
  expect((await counts(page)).nodes).toBe(corpus.nodes.length);
});

test('dangling edges: "Open the valid part" opens the rest and lists what was skipped', async ({ page }) => {
  await openExplorer(page);
  await openFiles(page, fixture('bad-edges.gexf'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('unknown node "ghost"');
  await expect(alert).toContainText('bad-edges.gexf, line 32: edges[12].target');
  expect((await counts(page)).nodes).toBe(corpus.nodes.length);
  await alert
    .getByRole('button', { name: /Open the valid part \(12 nodes, 12 edges; skip 2 problems\)/ })
    .click();
  await waitForNodes(page, 12);
  expect(await counts(page)).toEqual({ nodes: 12, edges: 12 });
  const skipped = page
    .getByRole('region', { name: 'Imported data' })
    .getByText('2 problems skipped when opening');
  await skipped.click();
  await expect(page.getByRole('region', { name: 'Imported data' })).toContainText('unknown node "nobody"');
  // No positions in the file: laid out off the main thread, every node somewhere of its own.
  const distinct = await page.evaluate(
    () =>
      new Set(window.cy?.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`))
        .size,
  );
  expect(distinct).toBe(12);
  await expect(page.getByRole('combobox', { name: 'Type from column' })).toHaveValue('group');
});

test('a CSV edge list with its node list: types, relations, attributes; type from another column', async ({
  page,
}) => {
  await openExplorer(page);
  await openFiles(page, [fixture('people-edges.csv'), fixture('people-nodes.csv')]);
  await waitForNodes(page, 4);
  expect(await counts(page)).toEqual({ nodes: 4, edges: 4 });
  const legend = page.getByLabel('Legend');
  await expect(legend).toContainText('Person');
  await expect(legend).toContainText('Robot');
  await page.getByRole('combobox', { name: 'Type from column' }).selectOption('city');
  await expect(legend).toContainText('Oslo');
  await expect(legend).toContainText('Tromsø');
  await expect(legend).not.toContainText('Robot');
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Carol');
  await page.getByRole('option', { name: /Carol Chen/ }).click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: 'Carol Chen', level: 2 })).toBeVisible();
  const attributes = panel.getByRole('region', { name: 'Attributes' });
  await expect(attributes.getByRole('row', { name: 'city Oslo' })).toBeVisible();
  await expect(attributes.getByRole('row', { name: 'type robot' })).toBeVisible();
  await expect(panel).toContainText('no source passages: imported without provenance');
});

test('a zip of the CSV tables opens as the tables do; a wrong row is named inside the zip', async ({
  page,
}) => {
  await openExplorer(page);
  const tables: Record<string, Uint8Array> = {
    'people/people-edges.csv': readFileSync(fixture('people-edges.csv')),
    'people/people-nodes.csv': readFileSync(fixture('people-nodes.csv')),
    'people/README.md': strToU8('Two tables.'),
  };
  const zip = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files));
  await openFiles(page, { name: 'people.zip', mimeType: 'application/zip', buffer: zip(tables) });
  await waitForNodes(page, 4);
  expect(await counts(page)).toEqual({ nodes: 4, edges: 4 });
  await expect(page.getByLabel('Legend')).toContainText('Robot');

  const edges = `${readFileSync(fixture('people-edges.csv'), 'utf8').trimEnd()}\nalice,nobody,knows\n`;
  const lines = edges.trimEnd().split('\n').length;
  await openFiles(page, {
    name: 'broken.zip',
    mimeType: 'application/zip',
    buffer: zip({ ...tables, 'people/people-edges.csv': strToU8(edges) }),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.zip could not be opened' });
  await expect(alert).toContainText(`people/people-edges.csv in broken.zip, line ${lines}`);
  await expect(alert).toContainText('unknown node "nobody"');
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  await openFiles(page, {
    name: 'pictures.zip',
    mimeType: 'application/zip',
    buffer: zip({ 'a.png': new Uint8Array(8), 'notes.md': strToU8('#') }),
  });
  await expect(page.getByRole('alert')).toContainText('holds no graph file');
  await expect(page.getByRole('alert')).toContainText('it holds a.png, notes.md');
  expect(await counts(page)).toEqual({ nodes: 4, edges: 4 });
});

test('cancelling a big load leaves the open graph as it was', async ({ page }) => {
  await openExplorer(page);
  const rows = ['source,target,relation'];
  for (let i = 0; i < 400_000; i++) rows.push(`n${i % 50_000},n${(i * 7919) % 50_000},r${i % 5}`);
  await openFiles(page, { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  const status = page.getByRole('status', { name: 'Opening' });
  await expect(status).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toBeHidden();
  await page.waitForTimeout(500);
  expect(await counts(page)).toEqual({ nodes: corpus.nodes.length, edges: corpus.edges.length });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('?graph= opens a file from this site, and refuses another site', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/data/harbour.graphml',
    (route) =>
      route.fulfill({
        body: readFileSync(fixture('small-graphml.graphml'), 'utf8'),
        contentType: 'application/xml',
      }),
  );
  await page.goto('/?graph=/data/harbour.graphml');
  await waitForNodes(page, 3);
  expect(await counts(page)).toEqual({ nodes: 3, edges: 2 });
  await expect(page.getByRole('banner')).toContainText('harbour.graphml');

  await page.goto('/?graph=https://example.com/g.json');
  await expect(page.getByRole('alert')).toContainText('only files from this site');
  expect((await counts(page)).nodes).toBeGreaterThan(0);
});

test('the Open dialog goes back to the bundled corpus', async ({ page }) => {
  await openExplorer(page);
  await openFiles(page, fixture('small-graphml.graphml'));
  await waitForNodes(page, 3);
  await page.keyboard.press('o');
  await page.getByRole('button', { name: 'Open the bundled corpus' }).click();
  await waitForNodes(page, corpus.nodes.length);
  await expect(page.getByRole('heading', { name: 'Inter-Korean relations, 2014–2021' })).toBeVisible();
});
