import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { corpus, nodeNamed, openExplorer } from './graph';

test('shortcuts, the buttons and the help come from one registry', async ({ page }, testInfo) => {
  await openExplorer(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const entry of [
    'Search entities and articles',
    'Fit the graph in view',
    'Zoom in',
    'Show the graph as a list',
  ]) {
    await expect(help).toContainText(entry);
  }
  await page.screenshot({ path: testInfo.outputPath('help.png') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The same commands behind keys and buttons: zoom.
  const zoom = () => page.evaluate(() => window.cy?.zoom() ?? 0);
  const before = await zoom();
  await page.keyboard.press('+');
  await page.waitForFunction((z) => Math.abs((window.cy?.zoom() ?? 0) - z * 1.4) < 0.01, before);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.waitForFunction((z) => Math.abs((window.cy?.zoom() ?? 0) - z) < 0.01, before);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveAttribute('title', 'Zoom in (+)');

  // "/" goes to the search; while typing there, "f" is text, not a command.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('f');
  await expect(search).toHaveValue('f');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await search.blur();
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('the list view shows the visible graph as tables a keyboard can use', async ({ page }, testInfo) => {
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await page.getByRole('button', { name: 'Show the graph as a list' }).click();
  const list = page.getByRole('region', { name: 'Graph as a list' });
  await expect(list.getByRole('tab', { name: `Entities (${corpus.nodes.length})` })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(list.locator('tbody tr')).toHaveCount(corpus.nodes.length);
  // Filtering narrows the list too.
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Events/ }).uncheck();
  const events = corpus.nodes.filter((n) => n.type === 'event').length;
  await expect(list.locator('tbody tr')).toHaveCount(corpus.nodes.length - events);
  await page.getByRole('button', { name: 'Close filters' }).click();

  await list.getByRole('button', { name: kim.label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(kim.label);
  await list.getByRole('tab', { name: /^Relations/ }).click();
  await expect(list.getByRole('tabpanel')).toContainText('leader of');
  await page.screenshot({ path: testInfo.outputPath('list-view.png') });

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Escape steps back: first the selection, then the list, back to the graph.
  await page.locator('body').press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: kim.label })).toBeHidden();
  await expect(list).toBeVisible();
  await page.locator('body').press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
});

test('axe finds no serious or critical problems on the main screen, the node panel and the article', async ({
  page,
}) => {
  await openExplorer(page);
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await check()).toEqual([]);
  await page.getByRole('combobox', { name: 'Search' }).fill('Kim Jong Un');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Kim Jong Un');
  expect(await check()).toEqual([]);
  await page
    .getByRole('button', { name: /^Open passage in/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: /^Article:/ })).toBeVisible();
  expect(await check()).toEqual([]);
});

test('in a narrow window the list leaves the wrapped graph toolbar in reach', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openExplorer(page);
  await page.keyboard.press('l');
  await expect(page.getByRole('region', { name: 'Graph as a list' })).toBeVisible();
  // A click lands only on what is on top: the list must not cover the toolbar's second row.
  await page.getByRole('button', { name: 'Export…' }).click({ timeout: 5_000 });
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
});
