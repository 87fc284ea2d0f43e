import { expect, test, type Page } from '@playwright/test';
import { clickElement, nodeNamed, openExplorer } from './graph';
import { seedImportedGraph } from './storage';

const KIM = nodeNamed('Kim Jong Un').id;
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** Collects CSP violations (the DOM event and the console's report) from before the page's first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`),
    );
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

/** The main flows: select, read a passage, search, filter, lay out, list, theme, a note. */
async function useTheApp(page: Page) {
  await clickElement(page, KIM);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await details(page)
    .getByRole('button', { name: /^Open passage/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: /article/i }).first()).toBeVisible();
  await details(page).getByRole('textbox', { name: 'Your notes' }).fill('a note, with a badge on the canvas');
  await page.getByRole('combobox', { name: 'Search' }).fill('panmunjom');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: /^Places/ })
    .uncheck();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Show the graph as a list' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
}

test('the built page sends its CSP as a header and a meta tag, and the app breaks none of it', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(header).toContain(directive);
  }
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("img-src 'self' data: blob:");
  expect(meta).not.toContain('frame-ancestors'); // ignored (with a warning) in a meta policy
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await useTheApp(page);
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  expect(await violations()).toEqual([]);
});

test('the app asks nothing of other origins, and works offline once loaded', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  await openExplorer(page);
  await context.setOffline(true);
  await useTheApp(page);
  await page.getByRole('combobox', { name: 'Search' }).fill('Moon Jae-in');
  await page
    .getByRole('listbox', { name: 'Suggestions' })
    .getByRole('option', { name: /Moon Jae-in/ })
    .first()
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Moon Jae-in');
  await context.setOffline(false);
  expect(elsewhere).toEqual([]);
});

const EVIL = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const TEXT = `Opening words. ${SCRIPT} The summit met the envoy at last. Closing words.`;
const PASSAGE = 'The summit met the envoy at last.';
const hostile = {
  title: `${SCRIPT} graph`,
  sources: [
    {
      id: 's1',
      title: `<b>${SCRIPT}</b>`,
      publisher: '<i>Evil press</i>',
      published: '2020-01-01',
      text: TEXT,
    },
  ],
  nodes: [
    {
      id: 'evil',
      type: 'event',
      label: EVIL,
      date: '2020-01-02',
      description: `Described as ${SCRIPT}`,
      attributes: { remark: SCRIPT },
    },
    { id: 'envoy', type: 'actor', label: 'The envoy' },
  ],
  edges: [
    {
      id: 'e1',
      source: 'evil',
      target: 'envoy',
      relation: SCRIPT,
      evidence: [{ source: 's1', start: TEXT.indexOf(PASSAGE), end: TEXT.indexOf(PASSAGE) + PASSAGE.length }],
    },
  ],
};

test('labels and texts from a file render literally and run nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Seeded as a saved session holding an imported graph: the app reopens it through its restore path.
  await openExplorer(page);
  await seedImportedGraph(page, hostile, 'hostile.json');
  await page.goto('/');
  await page.waitForFunction(() => window.cy?.$id('evil').nonempty() === true);

  // Canvas label: the text itself.
  expect(await page.evaluate(() => window.cy?.$id('evil').data('label'))).toBe(EVIL);
  // Node panel.
  await clickElement(page, 'evil');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(EVIL);
  await expect(details(page)).toContainText(`Described as ${SCRIPT}`);
  await expect(details(page)).toContainText(SCRIPT); // relation phrase
  // Relation panel with its passage and source.
  await clickElement(page, 'e1');
  await expect(details(page).locator('.relation-phrase')).toHaveText(SCRIPT);
  await expect(details(page)).toContainText(PASSAGE);
  await expect(details(page)).toContainText(`<b>${SCRIPT}</b>`);
  // Search suggestions.
  await page.getByRole('combobox', { name: 'Search' }).fill('img src');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toContainText(
    EVIL,
  );
  await page.getByRole('combobox', { name: 'Search' }).press('Escape');
  // Timeline tooltip.
  await page.getByRole('button', { name: new RegExp(`^${EVIL.replace(/[()]/g, '\\$&')}, `) }).hover();
  await expect(page.locator('.timeline-tooltip')).toHaveText(`${EVIL}2 Jan 2020`);
  // List view.
  await page.getByRole('button', { name: 'Show the graph as a list' }).click();
  await expect(page.getByRole('rowheader', { name: EVIL, exact: true })).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(
    await page
      .locator('b, i')
      .filter({ hasText: /alert|Evil press/ })
      .count(),
  ).toBe(0);
});
