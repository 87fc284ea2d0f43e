import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { loadGraphDocument } from '../src/model/load';
import { clickElement, corpus, nodeNamed, openExplorer, settle, shownCounts } from './graph';

const kim = nodeNamed('Kim Jong Un');
const moon = nodeNamed('Moon Jae-in');
const trump = nodeNamed('Donald Trump');
const trio = [kim.id, moon.id, trump.id];
const among = (ids: string[]) =>
  corpus.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)).map((e) => e.id);
const texts = new Map(
  corpus.sources.map((s) => [
    s.id,
    readFileSync(new URL(`../graph-data/${s.file}`, import.meta.url), 'utf8'),
  ]),
);
const quote = (span: { source: string; start: number; end: number }) =>
  texts.get(span.source)!.slice(span.start, span.end);
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const marked = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes('.marked')
      .map((n) => n.id())
      .sort(),
  );

/** Shift-clicks nodes where they are drawn, as a person marks several entities. */
async function markNodes(page: Page, ids: string[]) {
  await settle(page);
  await page.keyboard.down('Shift');
  for (const id of ids) await clickElement(page, id);
  await page.keyboard.up('Shift');
  await expect.poll(() => marked(page)).toEqual([...ids].sort());
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

/** Opens the explorer and its Export dialog (the "e" shortcut) on the whole graph; returns the dialog. */
async function exportWholeGraph(page: Page) {
  await openExplorer(page);
  await page.keyboard.press('e');
  const d = dialog(page);
  await d.getByRole('radio', { name: /Whole graph/ }).check();
  return d;
}

/** Picks the options in the open dialog and downloads; returns the file and its bytes. */
async function download(page: Page, format: string, setup?: () => Promise<void>) {
  const d = dialog(page);
  await d.getByRole('radio', { name: format }).check();
  await setup?.();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    d.getByRole('button', { name: 'Download' }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await read(file) };
}

async function read(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFileSync(path);
}

/** Pixels that are not the background (the top-left pixel), and their bounding box. */
function drawnPixels(png: PNG) {
  const at = (i: number) => [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
  const bg = at(0);
  let count = 0;
  const box = { x1: png.width, y1: png.height, x2: -1, y2: -1 };
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const p = at((y * png.width + x) * 4);
      if (p.every((v, k) => Math.abs((v ?? 0) - (bg[k] ?? 0)) < 8)) continue;
      count++;
      box.x1 = Math.min(box.x1, x);
      box.y1 = Math.min(box.y1, y);
      box.x2 = Math.max(box.x2, x);
      box.y2 = Math.max(box.y2, y);
    }
  }
  return { count, box, background: bg };
}

test('shift-click and shift-drag mark entities; the panel lists them; Escape and a plain click clear them', async ({
  page,
}) => {
  await openExplorer(page);
  await markNodes(page, trio);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: '3 entities selected' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Selected entities' }).getByRole('listitem')).toHaveText([
    /Donald Trump/,
    /Kim Jong Un/,
    /Moon Jae-in/,
  ]);
  await expect(panel).toContainText(`${among(trio).length} relations among them`);
  // Shift-click on a marked node takes it out.
  await page.keyboard.down('Shift');
  await clickElement(page, trump.id);
  await page.keyboard.up('Shift');
  await expect.poll(() => marked(page)).toEqual([kim.id, moon.id].sort());
  await page.keyboard.press('Escape');
  await expect.poll(() => marked(page)).toEqual([]);
  await expect(panel.getByRole('heading', { name: /selected/ })).toHaveCount(0);

  // A shift-drag box marks every node inside it.
  await settle(page);
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const box = { x1: 250, y1: 250, x2: 520, y2: 470 };
  // Nodes drawn wholly inside the box, and those it touches at all.
  const inBox = (whole: boolean) =>
    page.evaluate(
      ({ b, whole }) =>
        window
          .cy!.nodes()
          .filter((n) => {
            const r = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
            return (
              n.visible() &&
              (whole
                ? r.x1 > b.x1 && r.x2 < b.x2 && r.y1 > b.y1 && r.y2 < b.y2
                : r.x2 > b.x1 && r.x1 < b.x2 && r.y2 > b.y1 && r.y1 < b.y2)
            );
          })
          .map((n) => n.id())
          .sort(),
      { b: box, whole },
    );
  const inside = await inBox(true);
  const touched = await inBox(false);
  expect(inside.length).toBeGreaterThan(1);
  await page.keyboard.down('Shift');
  await page.mouse.move(canvas.x + box.x1, canvas.y + box.y1);
  await page.mouse.down();
  await page.mouse.move(canvas.x + (box.x1 + box.x2) / 2, canvas.y + (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(canvas.x + box.x2, canvas.y + box.y2, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const got = await marked(page);
  for (const id of inside) expect(got).toContain(id);
  for (const id of got) expect(touched).toContain(id);
  await expect(panel.getByRole('heading', { name: `${got.length} entities selected` })).toBeVisible();
  // A plain click on a node selects it alone, as it always did.
  await clickElement(page, kim.id);
  await expect.poll(() => marked(page)).toEqual([]);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kim.label);
});

test('the Export dialog: opened by e, the toolbar and the selection panel; labelled, Escape closes it and focus returns', async ({
  page,
}) => {
  await openExplorer(page);
  await page.keyboard.press('e');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: /Current view/ })).toBeChecked();
  await expect(dialog(page).getByRole('radio', { name: /Selection/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const button = page.getByRole('button', { name: 'Export…' }).first();
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Export…');
  await page.keyboard.press('Escape');

  await markNodes(page, trio);
  await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Export…' }).click();
  await expect(dialog(page).getByRole('radio', { name: /Selection/ })).toBeChecked();
  await expect(dialog(page)).toContainText(`3 entities, ${among(trio).length} relations`);
  await expect(dialog(page).getByTestId('export-file-name')).toHaveText(`dossier-3-entities-${today()}.png`);
  // Escape closes the dialog only: the selection stays.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await marked(page)).toEqual([...trio].sort());
});

test('PNG: the requested size, not blank, only the scope drawn; transparent when asked', async ({ page }) => {
  await openExplorer(page);
  await markNodes(page, trio);
  await page.keyboard.press('e');
  const d = dialog(page);
  const noExtras = async () => {
    await d.getByRole('checkbox', { name: 'Legend' }).uncheck();
    await d.getByRole('checkbox', { name: 'Sources caption' }).uncheck();
  };
  const one = await download(page, 'PNG image', async () => {
    await noExtras();
    await d.getByRole('radio', { name: '1x' }).check();
  });
  expect(one.name).toBe(`dossier-3-entities-${today()}.png`);
  const png1 = PNG.sync.read(one.bytes);
  const two = PNG.sync.read(
    (await download(page, 'PNG image', () => d.getByRole('radio', { name: '2x' }).check())).bytes,
  );
  expect(Math.abs(two.width - 2 * png1.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(two.height - 2 * png1.height)).toBeLessThanOrEqual(1);
  const byWidth = await download(page, 'PNG image', async () => {
    await d.getByRole('spinbutton', { name: 'Width in pixels' }).fill('900');
  });
  expect(PNG.sync.read(byWidth.bytes).width).toBe(900);

  // Drawn: a few hundred pixels of nodes and names, in the node colour, set in from the edges by the margin.
  const sel = drawnPixels(png1);
  expect(sel.count).toBeGreaterThan(2000);
  expect(sel.box.x1).toBeGreaterThanOrEqual(20);
  expect(sel.box.y1).toBeGreaterThanOrEqual(20);
  expect(png1.width - sel.box.x2).toBeGreaterThanOrEqual(20);
  const actorBlue = (png: PNG) => {
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (
        Math.abs(png.data[i]! - 0x3b) < 6 &&
        Math.abs(png.data[i + 1]! - 0x6f) < 6 &&
        Math.abs(png.data[i + 2]! - 0xd8) < 6
      )
        n++;
    return n;
  };
  expect(actorBlue(png1)).toBeGreaterThan(500);

  // The whole graph at the same scale is far bigger and draws far more.
  await d.getByRole('radio', { name: /Whole graph/ }).check();
  const whole = PNG.sync.read(
    (await download(page, 'PNG image', () => d.getByRole('radio', { name: '1x' }).check())).bytes,
  );
  expect(whole.width * whole.height).toBeGreaterThan(4 * png1.width * png1.height);
  expect(drawnPixels(whole).count).toBeGreaterThan(4 * sel.count);
  expect(actorBlue(whole)).toBeGreaterThan(4 * actorBlue(png1));

  // Transparent: the corners are see-through, the nodes are not.
  await d.getByRole('radio', { name: /Selection/ }).check();
  const clear = PNG.sync.read(
    (await download(page, 'PNG image', () => d.getByRole('radio', { name: 'Transparent' }).check())).bytes,
  );
  expect(clear.data[3]).toBe(0);
  expect(drawnPixels(clear).count).toBeGreaterThan(2000);
});

test('a picture too big for a canvas is capped, and the dialog says so before exporting', async ({
  page,
}) => {
  const d = await exportWholeGraph(page);
  await d.getByRole('spinbutton', { name: 'Width in pixels' }).fill('40000');
  await expect(d.getByRole('status').filter({ hasText: 'largest image' })).toContainText(
    /would be 40,000 × [\d,]+ px; the largest image is 16,384 px a side and 100 million pixels: exporting at [\d.]+x \([\d,]+ × [\d,]+ px\)/,
  );
});

test('SVG holds the scope as vectors, one text per entity name; PDF is a vector page', async ({ page }) => {
  await openExplorer(page);
  await markNodes(page, trio);
  await page.keyboard.press('e');
  const svg = await download(page, 'SVG (vector)');
  expect(svg.name).toBe(`dossier-3-entities-${today()}.svg`);
  const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
  expect(doc.documentElement?.nodeName).toBe('svg');
  const textContents = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
  for (const id of trio) {
    const label = corpus.nodes.find((n) => n.id === id)!.label;
    expect(textContents.filter((t) => t === label)).toHaveLength(1);
  }
  // No other entity is drawn.
  const others = corpus.nodes.filter((n) => !trio.includes(n.id)).map((n) => n.label);
  expect(textContents.filter((t) => t !== null && others.includes(t))).toEqual([]);
  expect(doc.getElementsByTagName('path').length).toBeGreaterThan(5);
  expect(doc.getElementsByTagName('image').length).toBe(0);

  const pdf = await download(page, 'PDF');
  expect(pdf.name).toBe(`dossier-3-entities-${today()}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.bytes.length).toBeGreaterThan(2000);
});

test('JSON bundle holds exactly the selection and its relations, and reopens with the same counts', async ({
  page,
}) => {
  await openExplorer(page);
  await markNodes(page, trio);
  await page.keyboard.press('e');
  const file = await download(page, 'Dossier bundle (JSON)');
  expect(file.name).toBe(`dossier-3-entities-${today()}.json`);
  const doc = JSON.parse(file.bytes.toString('utf8')) as {
    nodes: { id: string; x?: number; y?: number }[];
    edges: { id: string }[];
  };
  expect(doc.nodes.map((n) => n.id).sort()).toEqual([...trio].sort());
  // Each node where it was drawn, so the bundle reopens as it was seen.
  const drawnAt = await page.evaluate((id) => window.cy?.$id(id).position(), trio[0] ?? '');
  const written = doc.nodes.find((n) => n.id === trio[0]);
  expect(written?.x).toBeCloseTo(drawnAt?.x ?? Number.NaN, 1);
  expect(written?.y).toBeCloseTo(drawnAt?.y ?? Number.NaN, 1);
  expect(doc.edges.map((e) => e.id).sort()).toEqual(among(trio).sort());
  const back = loadGraphDocument(doc, () => undefined);
  expect(back.ok).toBe(true);
  if (back.ok) expect([back.dataset.graph.order, back.dataset.graph.size]).toEqual([3, among(trio).length]);
});

test('GEXF, GraphML and CSV carry the relations with their quotes; citations quote every relation', async ({
  page,
}) => {
  await openExplorer(page);
  await markNodes(page, trio);
  await page.keyboard.press('e');
  const edges = corpus.edges.filter((e) => among(trio).includes(e.id));
  expect(edges.length).toBeGreaterThan(1);

  for (const [format, ext, parse] of [
    ['GEXF (Gephi)', 'gexf', (s: string) => parseGexf(Graph, s)],
    ['GraphML (yEd, Cytoscape)', 'graphml', (s: string) => parseGraphml(Graph, s)],
  ] as const) {
    const file = await download(page, format);
    expect(file.name).toBe(`dossier-3-entities-${today()}.${ext}`);
    const g = parse(file.bytes.toString('utf8'));
    expect([g.order, g.size]).toEqual([3, edges.length]);
    for (const e of edges) {
      expect(g.getEdgeAttribute(e.id, 'relation')).toBe(e.relation);
      for (const span of e.evidence)
        expect(String(g.getEdgeAttribute(e.id, 'quotes'))).toContain(quote(span));
    }
    expect(g.getNodeAttribute(kim.id, 'type')).toBe('actor');
    expect(g.getNodeAttribute(kim.id, 'label')).toBe(kim.label);
    expect(typeof g.getNodeAttribute(kim.id, 'x')).toBe('number');
  }

  const zip = await download(page, 'CSV tables (zip)');
  expect(zip.name).toBe(`dossier-3-entities-${today()}.zip`);
  const files = unzipSync(new Uint8Array(zip.bytes));
  const table = (suffix: string) => {
    const name = Object.keys(files).find((n) => n.endsWith(suffix))!;
    return Papa.parse<Record<string, string>>(strFromU8(files[name]!).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
  };
  expect(
    table('-nodes.csv')
      .map((r) => r.id)
      .sort(),
  ).toEqual([...trio].sort());
  const rows = table('-edges.csv');
  expect(rows).toHaveLength(edges.length);
  for (const e of edges) {
    const row = rows.find((r) => r.id === e.id)!;
    expect(row.quotes!.split('\n')).toEqual(e.evidence.map(quote));
  }

  const md = (await download(page, 'Citations (Markdown)')).bytes.toString('utf8');
  const plain = md.replace(/\\([\\`*_[\]<>#|~])/g, '$1');
  for (const e of edges) {
    expect(plain).toContain(`## ${corpus.nodes.find((n) => n.id === e.source)!.label} ${e.relation}`);
    for (const span of e.evidence) {
      expect(plain).toContain(quote(span).split('\n')[0]);
      const source = corpus.sources.find((s) => s.id === span.source)!;
      expect(plain).toContain(`${source.title} (${source.publisher}, ${source.published})`);
    }
  }
});

test('CSV tables (zip) of the whole graph reopen with the same entities and relations', async ({ page }) => {
  await exportWholeGraph(page);
  const zip = await download(page, 'CSV tables (zip)');
  expect(zip.name).toBe(`dossier-inter-korean-relations-2014-2021-whole-graph-${today()}.zip`);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await page.getByRole('button', { name: 'Open a graph…' }).click();
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: zip.name, mimeType: 'application/zip', buffer: zip.bytes });
  const [nodes, edges] = [corpus.nodes.length, corpus.edges.length];
  await expect(page.getByRole('region', { name: 'Imported data' })).toContainText(
    `CSV · ${nodes.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} edges`,
    { timeout: 30_000 },
  );
  await expect(page.getByRole('banner')).toContainText(zip.name);
  await expect.poll(() => shownCounts(page)).toEqual({ nodes, edges });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the current view: a focus exports exactly what is drawn, named after its entity', async ({ page }) => {
  await openExplorer(page);
  await settle(page);
  await clickElement(page, kim.id);
  await page
    .getByRole('group', { name: 'Focus on neighbourhood' })
    .getByRole('button', { name: '1 step', exact: true })
    .click();
  await settle(page);
  const shown = await page.evaluate(() => ({
    nodes: window
      .cy!.nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .sort(),
    edges: window
      .cy!.edges()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort(),
  }));
  await page.keyboard.press('e');
  const file = await download(page, 'Dossier bundle (JSON)');
  expect(file.name).toBe(`dossier-kim-jong-un-neighbourhood-${today()}.json`);
  const doc = JSON.parse(file.bytes.toString('utf8')) as { nodes: { id: string }[]; edges: { id: string }[] };
  expect(doc.nodes.map((n) => n.id).sort()).toEqual(shown.nodes);
  expect(doc.edges.map((e) => e.id).sort()).toEqual(shown.edges);
  // The whole graph is still one click away, named after the dataset.
  await dialog(page)
    .getByRole('radio', { name: /Whole graph/ })
    .check();
  const whole = await download(page, 'Dossier bundle (JSON)');
  expect(whole.name).toBe(`dossier-inter-korean-relations-2014-2021-whole-graph-${today()}.json`);
  const all = JSON.parse(whole.bytes.toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
  expect([all.nodes.length, all.edges.length]).toEqual([corpus.nodes.length, corpus.edges.length]);
});

test('Copy image puts a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  await markNodes(page, trio);
  await page.keyboard.press('e');
  await dialog(page).getByRole('radio', { name: 'PNG image' }).check();
  await dialog(page).getByRole('button', { name: 'Copy image' }).click();
  await expect(dialog(page).getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied the image to the clipboard.',
  );
  const types = await page.evaluate(async () =>
    (await navigator.clipboard.read()).flatMap((i) => [...i.types]),
  );
  expect(types).toContain('image/png');
});

test('the whole graph as a picture: names give way instead of overlapping each other or a node (but a hub over smaller ones), and the dialog says how many are drawn', async ({
  page,
}) => {
  const d = await exportWholeGraph(page);
  await d.getByRole('radio', { name: 'PNG image' }).check();
  await d.getByRole('radio', { name: '1x' }).check();
  const note = d.getByTestId('export-labels');
  await expect(note).toContainText(`of ${corpus.nodes.length} names drawn`);
  const drawnNames = Number((await note.textContent())!.match(/^(\d+) of/)![1]);
  // Most names are drawn at 1x; some give way in the crowd around the two Koreas.
  expect(drawnNames).toBeGreaterThan(corpus.nodes.length / 2);
  expect(drawnNames).toBeLessThan(corpus.nodes.length);

  // The SVG is drawn with the same labels as the PNG at 1x (both readable at one unit a pixel):
  // lay it out in the page and measure where each name and each node landed.
  const svg = await download(page, 'SVG (vector)');
  await expect(note).toContainText(`${drawnNames} of ${corpus.nodes.length} names drawn`);
  const measured = await page.evaluate((xml) => {
    const host = document.createElement('div');
    host.innerHTML = xml.replace(/^<\?xml[^>]*>/, '');
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const graph = root.querySelector('svg.graph')!;
    // Nodes are the shapes filled in a type colour (the legend's swatches); arrowheads are not.
    // The legend writes #rrggbb, the graph rgb(): a canvas says both the same way.
    const canvas = document.createElement('canvas').getContext('2d')!;
    const colour = (p: Element) => {
      canvas.fillStyle = p.getAttribute('fill') ?? 'none';
      return canvas.fillStyle;
    };
    const typeFills = new Set([...root.querySelectorAll('g.legend-and-caption path')].map(colour));
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
    };
    const labels = [...graph.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', ...box(t) }));
    const nodes = [...graph.querySelectorAll('path')]
      .filter((p) => p.getAttribute('fill') !== 'none' && typeFills.has(colour(p)))
      .map(box);
    host.remove();
    return { labels, nodes };
  }, svg.bytes.toString('utf8'));
  expect(measured.labels).toHaveLength(drawnNames);
  expect(measured.nodes).toHaveLength(corpus.nodes.length);
  type Box = { x1: number; y1: number; x2: number; y2: number };
  // Overlapping by more than half a unit (text boxes touching at a rounded edge are not a clash).
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;
  const clashes = measured.labels.flatMap((a, i) =>
    measured.labels.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.text} / ${b.text}`] : [])),
  );
  expect(clashes).toEqual([]);
  // No name over a node: each node's body (the inner 85% of its square, as the placement has it).
  // Only a hub's name (importance at least half the largest's: the two Koreas here), which has
  // no room clear of its crowd of neighbours, may lie over smaller nodes.
  const hubs = await page.evaluate(() =>
    window
      .cy!.nodes()
      .filter((n) => (n.data('importance') as number) >= 0.5)
      .map((n) => ({ label: n.data('label') as string, size: n.data('size') as number })),
  );
  expect(hubs.map((h) => h.label).sort()).toEqual(['North Korea', 'South Korea']);
  const bodies = measured.nodes.map((n) => {
    const inset = ((n.x2 - n.x1) * 0.15) / 2;
    return { x1: n.x1 + inset, y1: n.y1 + inset, x2: n.x2 - inset, y2: n.y2 - inset, size: n.x2 - n.x1 };
  });
  const overNodes = measured.labels.flatMap((l) =>
    bodies.filter((b) => overlap(l, b)).map((b) => ({ label: l.text, covered: b.size })),
  );
  const notHubs = overNodes.filter((o) => !hubs.some((h) => h.label === o.label && o.covered < h.size));
  expect(notHubs).toEqual([]);

  // Relation labels switched on: drawn where they fit, not on every one of the relations.
  await d.getByRole('radio', { name: 'PNG image' }).check();
  await d.getByRole('checkbox', { name: 'Relation labels' }).check();
  await expect(note).toContainText(`relation labels drawn`);
  const relations = Number(
    (await note.textContent())!.match(new RegExp(`(\\d+) of ${corpus.edges.length} relation labels`))![1],
  );
  expect(relations).toBeGreaterThan(0);
  expect(relations).toBeLessThan(corpus.edges.length);
  // Asked for a small picture, names too small to read there are left out, not drawn illegibly.
  await d.getByRole('spinbutton', { name: 'Width in pixels' }).fill('900');
  await expect
    .poll(async () => Number((await note.textContent())?.match(/^(\d+) of/)?.[1] ?? NaN))
    .toBeLessThan(drawnNames / 4);
});
