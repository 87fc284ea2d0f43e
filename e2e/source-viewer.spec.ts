import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Span } from '../src/model/schema';
import { clickElement, corpus, nodeNamed, openExplorer, settle } from './graph';

const sourceOf = (id: string) => {
  const source = corpus.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return source;
};
const textOf = (id: string) =>
  readFileSync(new URL(`../graph-data/${sourceOf(id).file}`, import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accessible name of a mention mark: "Label, type", or "words (Label, type)". */
const mentionName = (label: string, type: string) =>
  new RegExp(`^(${escapeRegExp(label)}, ${type}|.+ \\(${escapeRegExp(label)}, ${type}\\))$`);

async function expectNoAxeViolations(page: Page, selector: string) {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(
    axe.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    ),
  ).toEqual([]);
}

/** The passage's box lies inside the viewer's scrolling area. */
async function expectInView(passage: Locator, scroller: Locator) {
  await expect
    .poll(async () => {
      const [p, s] = await Promise.all([passage.boundingBox(), scroller.boundingBox()]);
      if (!p || !s) return false;
      return p.y >= s.y && p.y + p.height <= s.y + s.height;
    })
    .toBe(true);
}

async function openExcerpt(page: Page, span: Span) {
  const panel = page.getByRole('complementary', { name: 'Details' });
  const source = sourceOf(span.source);
  const words = squash(textOf(span.source).slice(span.start, span.end));
  const excerpt = panel
    .getByTestId('excerpt')
    .filter({ has: page.locator('cite', { hasText: source.title }) })
    .filter({ has: page.locator('mark').getByText(words, { exact: true }) })
    .first();
  await excerpt.getByRole('button', { name: `Open passage in ${source.title}` }).click();
}

test('an excerpt opens its article at the passage, and a name in the article selects its entity', async ({
  page,
}, testInfo) => {
  // Many steps, two of them accessibility scans of long panels: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await clickElement(page, kim.id);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kim.label);

  // Kim's passages in the article that has most of them: the last one needs the viewer to scroll.
  const sourceId = '2018-01-blog-koreas-move-towards-talks';
  const source = sourceOf(sourceId);
  const text = textOf(sourceId);
  const spans = corpus.edges
    .filter((e) => e.source === kim.id || e.target === kim.id)
    .flatMap((e) => e.evidence)
    .filter((s) => s.source === sourceId)
    .sort((a, b) => a.start - b.start);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) throw new Error('Kim Jong Un has no passages in the blog post');

  await openExcerpt(page, last);
  const viewer = page.getByRole('region', { name: `Article: ${source.title}` });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(source.title);
  await expect(viewer).toContainText(`${source.publisher} · Published Jan 2018`);
  await expect(viewer).toContainText(source.note ?? '');

  const passage = viewer.getByTestId('source-passage');
  const scroller = viewer.getByTestId('source-scroller');
  expect(squash(await passage.innerText())).toBe(squash(text.slice(last.start, last.end)));
  await expect(passage).toBeFocused();
  await expectInView(passage, scroller);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('viewer-open.png') });
  await expectNoAxeViolations(page, '.source-viewer');
  await expectNoAxeViolations(page, '.side-panel');

  // Another passage of the same article: the viewer moves to it.
  await openExcerpt(page, first);
  await expect(passage).toHaveCount(1);
  await expect
    .poll(async () => squash(await passage.innerText()))
    .toBe(squash(text.slice(first.start, first.end)));
  await expectInView(passage, scroller);

  // Text to graph: a name in the article selects its entity, and the side panel shows it.
  const moon = nodeNamed('Moon Jae-in');
  await viewer
    .getByRole('button', { name: mentionName(moon.label, moon.type) })
    .first()
    .click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(moon.label);
  expect(await page.evaluate((id) => window.cy?.getElementById(id).hasClass('focus'), moon.id)).toBe(true);
  await expect(viewer).toBeVisible();

  // The keyboard works too: Enter on a focused name.
  const northKorea = nodeNamed('North Korea');
  await viewer
    .getByRole('button', { name: mentionName(northKorea.label, northKorea.type) })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(northKorea.label);
  await page.screenshot({ path: testInfo.outputPath('viewer-mention-selected.png') });

  // Escape closes the viewer and keeps the selection.
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(northKorea.label);
  expect(await page.evaluate((id) => window.cy?.getElementById(id).hasClass('focus'), northKorea.id)).toBe(
    true,
  );
});

test('an article opens from the overview, with site furniture folded and labelled', async ({
  page,
}, testInfo) => {
  const source = sourceOf('2015-12-12-ap-kaesong-talks');
  const text = textOf(source.id);
  // Non-blank stretches outside the body spans: what the viewer must fold as furniture.
  const edges = [0, ...(source.body ?? []).flatMap((s) => [s.start, s.end]), text.length];
  const furniture: string[] = [];
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const gap = text.slice(edges[i], edges[i + 1]).trim();
    if (gap) furniture.push(gap);
  }
  expect(furniture.length).toBeGreaterThan(1);

  await openExplorer(page);
  const articles = page.getByRole('region', { name: 'Articles' });
  const read = articles.getByRole('button', { name: `Read ${source.title}` });
  await read.click();
  const viewer = page.getByRole('region', { name: `Article: ${source.title}` });
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(source.title);
  await expect(viewer.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(viewer.getByTestId('source-passage')).toHaveCount(0);

  const toggles = viewer.getByRole('button', { name: /^Not part of the article — site furniture/ });
  await expect(toggles).toHaveCount(furniture.length);
  const teaser = 'Latest Canada & World News';
  expect(furniture[furniture.length - 1]).toContain(teaser);
  const textBox = viewer.getByTestId('source-text');
  await expect(textBox).not.toContainText(teaser);
  // The article itself is there in full.
  const body = source.body?.[source.body.length - 1];
  if (!body) throw new Error('no body');
  expect(squash(await textBox.innerText())).toContain(squash(text.slice(body.start, body.end)));
  await page.screenshot({ path: testInfo.outputPath('viewer-article.png') });

  const lastToggle = toggles.last();
  await expect(lastToggle).toHaveAccessibleName('Not part of the article — site furniture (show)');
  await lastToggle.click();
  await expect(lastToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(lastToggle).toHaveAccessibleName('Not part of the article — site furniture (hide)');
  await expect(textBox).toContainText(teaser);
  // Scroll the article only (scrollIntoView would move the page too), to show the block from its top.
  await lastToggle.evaluate((el) => {
    const scroller = el.closest('.source-scroller');
    if (scroller)
      scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 16;
  });
  await page.screenshot({ path: testInfo.outputPath('viewer-furniture-open.png') });
  await expectNoAxeViolations(page, '.source-viewer');

  await viewer.getByRole('button', { name: 'Close article' }).click();
  await expect(viewer).toBeHidden();
  await expect(read).toBeFocused();
});

test('opening and closing the article viewer keeps the graph that was in view in view, centred', async ({
  page,
}) => {
  await openExplorer(page);
  await settle(page);
  /** The drawn graph's box, relative to the canvas, and the canvas's size. */
  const framing = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const b = cy.nodes().renderedBoundingBox();
      return { x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2, width: cy.width(), height: cy.height() };
    });
  const inView = (f: Awaited<ReturnType<typeof framing>>) =>
    f.x1 >= -2 && f.y1 >= -2 && f.x2 <= f.width + 2 && f.y2 <= f.height + 2;
  const before = await framing();
  expect(inView(before)).toBe(true);

  const source = sourceOf('2015-12-12-ap-kaesong-talks');
  await page
    .getByRole('region', { name: 'Articles' })
    .getByRole('button', { name: `Read ${source.title}` })
    .click();
  await expect(page.getByRole('region', { name: `Article: ${source.title}` })).toBeVisible();
  await expect.poll(async () => (await framing()).width).toBeLessThan(before.width - 100);
  const narrow = await framing();
  expect(inView(narrow)).toBe(true);

  await page.getByRole('button', { name: 'Close article' }).click();
  await expect.poll(async () => (await framing()).width).toBe(before.width);
  const wide = await framing();
  expect(inView(wide)).toBe(true);
  // Centred again, not left where the narrower canvas had it.
  expect(Math.abs((wide.x1 + wide.x2) / 2 - wide.width / 2)).toBeLessThan(wide.width * 0.1);
});

test('the viewer reads well in the dark theme', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await clickElement(page, nodeNamed('Kim Jong Un').id);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel
    .getByRole('button', { name: /^Open passage in / })
    .first()
    .click();
  const viewer = page.getByRole('region', { name: /^Article: / });
  await expect(viewer.getByTestId('source-passage')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('viewer-dark.png') });
  await expectNoAxeViolations(page, '.source-viewer');
});
