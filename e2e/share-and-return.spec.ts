import { expect, test, type Page } from '@playwright/test';
import { clickElement, corpus, nodeNamed, openExplorer } from './graph';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });

test('the URL holds the view: reloading restores selection, filters, layout, focus and the open passage', async ({
  page,
}) => {
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await clickElement(page, kim.id);
  await expect(heading(page)).toHaveText(kim.label);
  // Focus at depth 1, filter out places, timeline layout, open a passage.
  await details(page).getByRole('button', { name: '1 step' }).click();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Places/ }).uncheck();
  await page.getByRole('button', { name: 'Close filters' }).click();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('timeline');
  await details(page)
    .getByRole('button', { name: /^Open passage in/ })
    .first()
    .click();
  const article = page.getByRole('region', { name: /^Article:/ });
  await expect(article).toBeVisible();
  const passage = await article.getByTestId('source-passage').first().innerText();

  const url = new URL(page.url());
  expect(url.searchParams.get('node')).toBe(kim.id);
  expect(url.searchParams.getAll('hideType')).toEqual(['place']);
  expect(url.searchParams.get('layout')).toBe('timeline');
  expect(url.searchParams.get('focus')).toBe(kim.id);
  expect(url.searchParams.get('read')).not.toBeNull();

  const visibleBefore = await page.evaluate(() =>
    window.cy
      ?.nodes(':visible')
      .map((n) => n.id())
      .sort(),
  );
  // A colleague opens the same link in a fresh page.
  const other = await page.context().newPage();
  await openExplorer(other, url.pathname + url.search);
  await expect(heading(other)).toHaveText(kim.label);
  await expect(
    other
      .getByRole('region', { name: /^Article:/ })
      .getByTestId('source-passage')
      .first(),
  ).toHaveText(passage);
  await expect(other.getByRole('combobox', { name: 'Layout' })).toHaveValue('timeline');
  await expect(other.getByRole('region', { name: 'Focus' })).toContainText(kim.label);
  await other.waitForFunction(() => !window.cy?.animated());
  expect(
    await other.evaluate(() =>
      window.cy
        ?.nodes(':visible')
        .map((n) => n.id())
        .sort(),
    ),
  ).toEqual(visibleBefore);
  expect(await other.evaluate(() => window.cy?.nodes('.place:visible').length)).toBe(0);
});

test('back and forward walk through what you looked at', async ({ page }) => {
  const [kim, moon, trump] = ['Kim Jong Un', 'Moon Jae-in', 'Donald Trump'].map(nodeNamed);
  await openExplorer(page);
  for (const node of [kim, moon, trump]) {
    await page.getByRole('combobox', { name: 'Search' }).fill(node!.label);
    await page
      .getByRole('option', { name: new RegExp(`^${node!.label}`) })
      .first()
      .click();
    await expect(heading(page)).toHaveText(node!.label);
  }
  await page.goBack();
  await expect(heading(page)).toHaveText(moon!.label);
  await page.goBack();
  await expect(heading(page)).toHaveText(kim!.label);
  expect(await page.evaluate((id) => window.cy?.getElementById(id).hasClass('focus'), kim!.id)).toBe(true);
  await page.goForward();
  await expect(heading(page)).toHaveText(moon!.label);
});

test('a link to something that does not exist opens the explorer anyway', async ({ page }) => {
  await openExplorer(page, '/?node=no-such-node&layout=spiral&read=nowhere&at=5-1');
  await expect(heading(page)).toHaveText('Inter-Korean relations, 2014–2021');
  expect(await page.evaluate(() => window.cy?.nodes().length)).toBe(corpus.nodes.length);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('force');
});
