import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openExplorer } from './graph';

test('shot', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(readFileSync('/tmp/probe/t10.txt', 'utf8'));
  await dialog.getByLabel('Date').fill('2022-01-21');
  await dialog.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByRole('complementary', { name: 'Review the added article' })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/probe/review.png' });
});
