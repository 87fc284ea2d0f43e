import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildDataset } from '../src/model/dataset';
import { computeVisibility, emptyFilters, type Filters, type Visibility } from '../src/model/filters';
import { corpus, nodeNamed, openExplorer, drawn, positions } from './graph';

// The model's own answer for a filter, to compare the page with.
const dataset = buildDataset(corpus, new Map());
const KAESONG_TALKS = 'kaesong-talks-2015';
const daysFrom = (day: string, year: number) => Math.abs(Date.parse(day) - Date.UTC(year, 0, 1)) / 86_400_000;
const expected = (patch: Partial<Filters>) => computeVisibility(dataset, { ...emptyFilters, ...patch });

/** The header and the canvas both show exactly what the model says is visible. */
async function expectShown(page: Page, visible: Visibility) {
  await expect(page.getByTestId('node-count')).toHaveText(
    `${visible.nodes.size} / ${corpus.nodes.length} entities`,
  );
  await expect(page.getByTestId('edge-count')).toHaveText(
    `${visible.edges.size} / ${corpus.edges.length} relations`,
  );
  await expect
    .poll(() => drawn(page))
    .toEqual({ nodes: [...visible.nodes].sort(), edges: [...visible.edges].sort() });
}

async function expectUnfiltered(page: Page) {
  await expect(page.getByTestId('node-count')).toHaveText(`${corpus.nodes.length} entities`);
  await expect(page.getByTestId('edge-count')).toHaveText(`${corpus.edges.length} relations`);
  await expect
    .poll(async () => {
      const all = await drawn(page);
      return [all.nodes.length, all.edges.length];
    })
    .toEqual([corpus.nodes.length, corpus.edges.length]);
}

async function openFilters(page: Page) {
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  return page.getByRole('region', { name: 'Filters' });
}

/** Page x of Jan 1 of a year on the timeline axis (its tick label is centred on it), and a y on the axis. */
async function axisPoint(page: Page, year: number) {
  const label = page
    .getByRole('region', { name: 'Timeline' })
    .locator('.timeline-axis text', { hasText: String(year) });
  const box = await label.boundingBox();
  if (!box) throw new Error(`no ${year} on the axis`);
  return { x: box.x + box.width / 2, y: box.y - 8 };
}

async function brush(page: Page, fromYear: number, toYear: number) {
  const from = await axisPoint(page, fromYear);
  const to = await axisPoint(page, toYear);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('unticking a type hides those entities and their relations without moving the rest', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await positions(page);
  const panel = await openFilters(page);
  await panel.getByRole('checkbox', { name: /^Events/ }).uncheck();
  const visible = expected({ hiddenTypes: new Set(['event']) });
  expect(visible.nodes.size).toBeLessThan(corpus.nodes.length);
  await expectShown(page, visible);
  expect(await positions(page)).toEqual(before);
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAccessibleName('Filters (1 active)');
});

test('a relation filter hides those relations and keeps their entities', async ({ page }) => {
  await openExplorer(page);
  const panel = await openFilters(page);
  await panel.getByRole('checkbox', { name: /^participated in/ }).uncheck();
  await panel.getByRole('checkbox', { name: /^held at/ }).uncheck();
  const visible = expected({ hiddenRelations: new Set(['participated in', 'held at']) });
  expect(visible.nodes.size).toBe(corpus.nodes.length);
  await expectShown(page, visible);
});

test('an article filter keeps what that article names and supports', async ({ page }) => {
  const kaesong = corpus.sources.find((s) => s.id === '2015-12-12-ap-kaesong-talks');
  if (!kaesong) throw new Error('no Kaesong article');
  await openExplorer(page);
  const panel = await openFilters(page);
  await panel.getByRole('button', { name: 'None of the articles' }).click();
  await expect(page.getByTestId('node-count')).toHaveText(`0 / ${corpus.nodes.length} entities`);
  await panel.getByRole('checkbox', { name: new RegExp(`^${kaesong.title}`) }).check();
  const visible = expected({
    hiddenSources: new Set(corpus.sources.map((s) => s.id).filter((id) => id !== kaesong.id)),
  });
  await expectShown(page, visible);
  for (const id of visible.edges) {
    expect(corpus.edges.find((e) => e.id === id)?.evidence.some((s) => s.source === kaesong.id)).toBe(true);
  }
});

test('brushing 2014–2016 on the timeline hides the events outside; a click elsewhere clears it', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  await brush(page, 2014, 2017);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const from = await timeline.getByLabel('From', { exact: true }).inputValue();
  const to = await timeline.getByLabel('To', { exact: true }).inputValue();
  // The brush snaps to the whole day under the pointer: one pixel is a few days here.
  expect(daysFrom(from, 2014)).toBeLessThan(15);
  expect(daysFrom(to, 2017)).toBeLessThan(15);
  const visible = expected({ dateRange: { from, to } });
  await expectShown(page, visible);
  const ids = await drawn(page);
  expect(ids.nodes).toContain(KAESONG_TALKS);
  expect(ids.nodes).toContain('high-level-talks-2014');
  expect(ids.nodes).not.toContain(nodeNamed('Hanoi summit').id);
  expect(ids.nodes).not.toContain('korean-war');
  // The markers outside the period say so.
  await expect(timeline.getByRole('button', { name: /^Hanoi summit.*hidden by the filters/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('timeline-brushed.png') });

  const elsewhere = await axisPoint(page, 2020);
  await page.mouse.click(elsewhere.x + 20, elsewhere.y);
  await expectUnfiltered(page);
  await expect(timeline.getByLabel('From', { exact: true })).toHaveValue('');
});

test('the two date fields set the period, and the brush follows', async ({ page }) => {
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByLabel('From', { exact: true }).fill('2018-01-01');
  await timeline.getByLabel('To', { exact: true }).fill('2019-12-31');
  const visible = expected({ dateRange: { from: '2018-01-01', to: '2019-12-31' } });
  await expectShown(page, visible);
  expect(visible.nodes.has(nodeNamed('Hanoi summit').id)).toBe(true);
  expect(visible.nodes.has(KAESONG_TALKS)).toBe(false);
  const selection = await timeline.locator('.timeline-brush .selection').boundingBox();
  const start = await axisPoint(page, 2018);
  const end = await axisPoint(page, 2020);
  expect(Math.abs((selection?.x ?? 0) - start.x)).toBeLessThan(2);
  expect(Math.abs((selection?.x ?? 0) + (selection?.width ?? 0) - end.x)).toBeLessThan(2);

  await timeline.getByLabel('Include undated').uncheck();
  await expectShown(
    page,
    expected({ dateRange: { from: '2018-01-01', to: '2019-12-31' }, includeUndated: false }),
  );
  await timeline.getByRole('button', { name: 'Clear period' }).click();
  await expect(timeline.locator('.timeline-brush .selection')).toBeHidden();
  await expectShown(page, expected({ includeUndated: false }));
});

test('in a narrow window the period fields wrap together under the title, From beside To', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const from = await timeline.getByLabel('From', { exact: true }).boundingBox();
  const to = await timeline.getByLabel('To', { exact: true }).boundingBox();
  const box = await timeline.boundingBox();
  const hint = await timeline.getByText('Drag across the axis to pick a period').boundingBox();
  // One row for the two dates, begun at the strip's left edge, below the title and its hint.
  expect(Math.abs((from?.y ?? 0) - (to?.y ?? 1e3))).toBeLessThan(2);
  expect((from?.x ?? 1e3) - (box?.x ?? 0)).toBeLessThan(80);
  expect(from?.y).toBeGreaterThan((hint?.y ?? 0) + (hint?.height ?? 0) - 1);
});

test('filters combine, and Reset filters restores everything in one click', async ({ page }, testInfo) => {
  await openExplorer(page);
  const before = await positions(page);
  const reset = page.getByRole('button', { name: 'Reset filters' });
  await expect(reset).toBeDisabled();
  const panel = await openFilters(page);
  await panel.getByRole('checkbox', { name: /^Places/ }).uncheck();
  await panel.getByRole('checkbox', { name: /^participated in/ }).uncheck();
  await brush(page, 2014, 2017);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const range = {
    from: await timeline.getByLabel('From', { exact: true }).inputValue(),
    to: await timeline.getByLabel('To', { exact: true }).inputValue(),
  };
  const combined = expected({
    hiddenTypes: new Set(['place']),
    hiddenRelations: new Set(['participated in']),
    dateRange: range,
  });
  await expectShown(page, combined);
  const typeOnly = expected({ hiddenTypes: new Set(['place']) });
  expect(combined.edges.size).toBeLessThan(typeOnly.edges.size);
  await page.screenshot({ path: testInfo.outputPath('filters-combined.png') });

  await reset.click();
  await expectUnfiltered(page);
  await expect(reset).toBeDisabled();
  await expect(panel.getByRole('checkbox', { name: /^Places/ })).toBeChecked();
  await expect(timeline.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(timeline.locator('.timeline-brush .selection')).toBeHidden();
  expect(await positions(page)).toEqual(before);
});

test('an event marker names its event on hover and selects it on click', async ({ page }, testInfo) => {
  const hanoi = nodeNamed('Hanoi summit');
  await openExplorer(page);
  const marker = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^Hanoi summit/ });
  await marker.hover();
  await expect(page.locator('.timeline-tooltip')).toContainText('Hanoi summit');
  await expect(page.locator('.timeline-tooltip')).toContainText('27 Feb 2019–28 Feb 2019');
  await marker.click();
  await page.screenshot({ path: testInfo.outputPath('timeline-marker.png') });
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(hanoi.label);
  expect(await page.evaluate((id) => window.cy?.getElementById(id).hasClass('focus'), hanoi.id)).toBe(true);
  // Arrow keys walk the events in time order.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.timeline-tooltip strong')).not.toHaveText('Hanoi summit');
});

test('the filter panel works from the keyboard and passes an accessibility check', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Filters' });
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const actors = panel.getByRole('checkbox', { name: /^Actors/ });
  await actors.focus();
  await page.keyboard.press('Space');
  await expect(actors).not.toBeChecked();
  await expectShown(page, expected({ hiddenTypes: new Set(['actor']) }));
  await page.keyboard.press('Space');
  await expect(actors).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('filter-panel.png') });

  const results = await new AxeBuilder({ page })
    .include('.filter-panel')
    .include('.timeline')
    .include('.app-header')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
});
