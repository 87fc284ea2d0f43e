import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickElement, corpus, nodeNamed, openExplorer } from './graph';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const hasFocusClass = (page: Page, id: string) =>
  page.evaluate((nodeId) => window.cy?.getElementById(nodeId).hasClass('focus'), id);

const articleText = (file: string) => readFileSync(new URL(`../graph-data/${file}`, import.meta.url), 'utf8');

test('a misspelt name is suggested with its type, and picking it by keyboard selects it', async ({
  page,
}, testInfo) => {
  const pyeongchang = nodeNamed('PyeongChang');
  await openExplorer(page);
  const box = searchBox(page);
  await expect(box).toHaveAttribute('placeholder', /Search entities and articles/);
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await box.pressSequentially('pyongchang');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = suggestions(page).getByRole('option').first();
  await expect(first).toContainText('PyeongChang');
  await expect(first).toContainText(`Place · ${pyeongchang.kind}`);
  await expect(first.locator('.type-swatch')).toBeVisible();
  // The last option always offers the articles.
  await expect(suggestions(page).getByRole('option').last()).toHaveText(
    '¶Search the articles for “pyongchang”',
  );

  await box.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await box.press('Enter');

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('PyeongChang');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(suggestions(page)).toBeHidden();
  await expect.poll(() => hasFocusClass(page, pyeongchang.id)).toBe(true);
  await page.waitForFunction(() => !window.cy?.animated());
  await page.screenshot({ path: testInfo.outputPath('picked.png') });
});

test('suggestions match labels and aliases, say which alias matched, and rank Kim Jong Un first', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  const box = searchBox(page);
  const options = suggestions(page).getByRole('option');

  await box.fill('Panmunjon');
  await expect(options.first()).toContainText('Panmunjom');
  await expect(options.first()).toContainText('also “Panmunjon”');
  await box.press('ArrowDown');
  await page.screenshot({
    path: testInfo.outputPath('alias-suggestion.png'),
    clip: { x: 0, y: 0, width: 700, height: 300 },
  });

  await box.fill('moon jae');
  await expect(options.first()).toContainText('Moon Jae-in');
  await expect(options.first()).toContainText('Actor · person');

  await box.fill('kim jong-un');
  await expect(options.first()).toContainText('Kim Jong Un');

  await box.fill('kim');
  await expect(options.first()).toContainText('Kim Jong Un');
  await expect(options).not.toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('suggestions.png') });
  const axe = await new AxeBuilder({ page }).include('.app-header').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // ArrowUp from the box goes to the last option; ArrowDown wraps round to the first.
  await box.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  // A mouse click picks too.
  const northKorea = nodeNamed('North Korea');
  await box.fill('north kor');
  await options.filter({ hasText: 'North Korea' }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(northKorea.label);
  await expect(box).toBeFocused();
});

test('Escape closes the suggestions and keeps the selection', async ({ page }) => {
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await clickElement(page, kim.id);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(kim.label);
  const box = searchBox(page);
  await box.fill('seoul');
  await expect(suggestions(page)).toBeVisible();
  await box.press('Escape');
  await expect(suggestions(page)).toBeHidden();
  await expect(box).toHaveValue('seoul');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(kim.label);
  expect(await hasFocusClass(page, kim.id)).toBe(true);
});

test('"/" focuses the search box from anywhere but a text field', async ({ page }) => {
  await openExplorer(page);
  const box = searchBox(page);
  await page.getByRole('button', { name: 'Fit' }).focus();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  // In the box itself "/" is just a character.
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});

test('searching the articles lists passages with highlighted words and the entities they name', async ({
  page,
}, testInfo) => {
  const withTorpedo = corpus.sources.filter((s) => /torpedo/i.test(articleText(s.file)));
  expect(withTorpedo).toHaveLength(2);
  const cheonan = nodeNamed('Cheonan');
  await openExplorer(page);
  const box = searchBox(page);
  await box.fill('torpedo');
  await box.press('ArrowUp');
  await expect(suggestions(page).getByRole('option', { selected: true })).toHaveText(
    '¶Search the articles for “torpedo”',
  );
  await box.press('Enter');

  const results = panel(page).getByRole('article');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText('“torpedo”');
  await expect(results.getByRole('status')).toHaveText('2 passages in 2 articles');
  const passages = results.getByRole('list', { name: 'Matching passages' }).locator(':scope > li');
  await expect(passages).toHaveCount(2);
  for (const [i, source] of withTorpedo.entries()) {
    const passage = passages.nth(i);
    await expect(passage.locator('mark')).toHaveText('torpedo');
    await expect(passage.locator('cite')).toHaveText(source.title);
    await expect(passage.locator('figcaption')).toContainText(source.publisher);
  }
  const named = passages.first().getByRole('list', { name: 'Entities named in this passage' });
  await expect(named.getByRole('button', { name: cheonan.label, exact: true })).toBeVisible();
  await expect(
    passages.nth(1).getByRole('list', { name: 'Entities named in this passage' }).getByRole('button', {
      name: 'North Korea',
      exact: true,
    }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('passages.png') });
  const axe = await new AxeBuilder({ page }).include('.side-panel').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // An entity of a passage leads to it in the graph; deselecting comes back to the results.
  await named.getByRole('button', { name: cheonan.label, exact: true }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(cheonan.label);
  await expect.poll(() => hasFocusClass(page, cheonan.id)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText('“torpedo”');

  // Closing the results brings the overview back.
  await results.getByRole('button', { name: 'Close search results' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Inter-Korean relations, 2014–2021',
  );
});

test('Enter with no option chosen searches the articles, and says so when nothing matches', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  const box = searchBox(page);
  await box.fill('"hanoi summit"');
  await box.press('Enter');
  const results = panel(page).getByRole('article');
  await expect(results.getByRole('status')).toContainText(/\d+ passages? in \d+ articles?/);
  await expect(results.locator('mark').first()).toHaveText(/hanoi summit/i);

  await box.fill('xylophone');
  await box.press('Enter');
  await expect(results.getByRole('status')).toHaveText('No passages match');
  await expect(results).toContainText('No sentence of the 5 article texts contains “xylophone”.');
  await page.screenshot({ path: testInfo.outputPath('no-passages.png') });
});
