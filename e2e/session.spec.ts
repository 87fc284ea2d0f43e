import { expect, test, type Page } from '@playwright/test';
import { clickElement, corpus, drawn, nodeNamed, openExplorer } from './graph';
import { putRecord, seedImportedGraph, storedRecord } from './storage';

const KIM = nodeNamed('Kim Jong Un').id;
const TRUMP = nodeNamed('Donald Trump').id;
const MOON = nodeNamed('Moon Jae-in').id;
const NOTE = 'Check the Hanoi dates against <b>Yonhap</b>.\nSecond line.';
const places = new Set(corpus.nodes.filter((n) => n.type === 'place').map((n) => n.id));

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const notesField = (page: Page) => details(page).getByRole('textbox', { name: 'Your notes' });
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });

async function expectRestored(page: Page) {
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await expect(notesField(page)).toHaveValue(NOTE);
  await expect(details(page).getByRole('button', { name: 'Unpin' })).toBeVisible();
  const marks = await page.evaluate((id) => window.cy?.$id(id).classes(), KIM);
  expect(marks).toEqual(expect.arrayContaining(['pinned', 'noted']));
  const shown = await drawn(page);
  expect(shown.nodes).not.toContain(TRUMP);
  expect(shown.nodes.filter((id) => places.has(id))).toEqual([]);
  expect(shown.nodes).toContain(KIM);
}

test('a reload, or coming back to the plain address, restores the session', async ({ page }) => {
  await openExplorer(page);
  await clickElement(page, TRUMP);
  await details(page).getByRole('button', { name: 'Hide from graph' }).click();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await filters(page)
    .getByRole('checkbox', { name: /^Places/ })
    .uncheck();
  await clickElement(page, KIM);
  await details(page).getByRole('button', { name: 'Pin' }).click();
  await notesField(page).fill(NOTE);
  await expect(details(page).getByText('Saved as you type, in this browser only.')).toBeVisible();
  // Saved without leaving the page (after a short pause), not only when it is left.
  await expect
    .poll(() => storedRecord(page, 'notes', 'bundled:korea'))
    .toMatchObject({ notes: [{ target: { kind: 'node', id: KIM }, text: NOTE }] });
  await expect
    .poll(() => storedRecord(page, 'session', 'current'))
    .toMatchObject({ pinned: [KIM], graphKey: 'bundled:korea' });

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expectRestored(page);

  // The plain address (nothing in the URL): the saved view comes back from storage, not the URL.
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expectRestored(page);
  expect(new URL(page.url()).searchParams.get('node')).toBe(KIM);

  // A link with a view of its own wins over the saved view; pins and notes stay.
  await page.goto(`/?node=${MOON}`);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Moon Jae-in');
  expect((await drawn(page)).nodes).toContain(TRUMP);
  await expect(details(page).getByRole('button', { name: 'Pin' })).toBeVisible();
  expect(await page.evaluate((id) => window.cy?.$id(id).hasClass('pinned'), KIM)).toBe(true);

  // The overview lists the note, as text, with a link to its entity.
  await page.keyboard.press('Escape');
  const notes = details(page).getByRole('region', { name: 'Your notes' });
  await expect(notes.getByRole('heading')).toHaveText('Your notes (1)');
  await expect(notes.locator('.note-preview')).toHaveText(NOTE);
  await notes.getByRole('button', { name: 'Kim Jong Un' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
});

test('what was done just before the page is left is kept: a pin, and a note still being typed', async ({
  page,
}) => {
  await openExplorer(page);
  await clickElement(page, KIM);
  await details(page).getByRole('button', { name: 'Pin' }).click();
  // No pause: the note is still held by its field and nothing is saved when the page goes.
  await notesField(page).fill(NOTE);
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kim Jong Un');
  await expect(notesField(page)).toHaveValue(NOTE);
  await expect(details(page).getByRole('button', { name: 'Unpin' })).toBeVisible();
});

test('notes can be exported as Markdown', async ({ page }) => {
  await openExplorer(page);
  await clickElement(page, KIM);
  await notesField(page).fill(NOTE);
  await notesField(page).blur();
  await page.keyboard.press('Escape');
  const notes = details(page).getByRole('region', { name: 'Your notes' });
  await expect(notes.getByRole('heading')).toHaveText('Your notes (1)');
  const download = page.waitForEvent('download');
  await notes.getByRole('button', { name: 'Export notes' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('notes-inter-korean-relations-2014-2021.md');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('# Notes on Inter-Korean relations, 2014–2021');
  expect(text).toContain(`## Kim Jong Un\n\n${NOTE}\n`);
});

const junk = [
  {
    name: 'an unparseable record',
    value: '{"version": 1, "graphKey": ',
    reason: /the saved session is damaged/,
  },
  {
    name: 'a record from another version',
    value: { version: 99, graph: 'korea' },
    reason: /the saved session was saved by another version of Dossier \(format 99, this one reads 1\)/,
  },
];

for (const { name, value, reason } of junk) {
  test(`corrupted storage (${name}) is reported, cleared, and the app starts fresh`, async ({ page }) => {
    await openExplorer(page);
    await putRecord(page, 'session', 'current', value);
    await page.goto('/');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    const notice = page.getByRole('status').filter({ hasText: 'Your saved session could not be restored' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(reason);
    await expect(notice).toContainText('started fresh.');
    // A working graph: the bundled corpus, drawn, and the overview beside it.
    expect((await drawn(page)).nodes).toHaveLength(corpus.nodes.length);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      /^Inter-Korean relations, 2014.2021$/,
    );
    await clickElement(page, MOON);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Moon Jae-in');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    // The bad record is gone: the next visit starts without a notice.
    await page.goto('/');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await expect(page.getByText('Your saved session could not be restored')).toHaveCount(0);
  });
}

test('a saved graph that no longer validates is reported and the bundled corpus opens', async ({ page }) => {
  await openExplorer(page);
  const broken = {
    sources: [],
    nodes: [{ id: 'a', type: 'thing', label: 'A' }],
    edges: [{ id: 'ab', source: 'a', target: 'missing', relation: 'knows' }],
  };
  await putRecord(page, 'graphs', 'graph:broken', {
    version: 1,
    key: 'graph:broken',
    json: JSON.stringify(broken),
  });
  await putRecord(page, 'session', 'current', {
    version: 1,
    graphKey: 'graph:broken',
    origin: { kind: 'file', name: 'broken.json', format: 'json' },
    view: '',
    pinned: [],
    savedAt: 0,
  });
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByRole('status').filter({ hasText: 'could not be restored' })).toContainText(
    'the saved graph no longer opens: edges[0].target',
  );
  expect((await drawn(page)).nodes).toHaveLength(corpus.nodes.length);
  expect(await storedRecord(page, 'graphs', 'graph:broken')).toBeUndefined();
});

test('without IndexedDB the app says so and works, unsaved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openExplorer(page);
  await expect(page.getByRole('status').filter({ hasText: 'could not be restored' })).toContainText(
    'storage unavailable: IndexedDB is not available',
  );
  await clickElement(page, KIM);
  await notesField(page).fill('kept for this visit');
  await notesField(page).blur();
  await expect.poll(() => page.evaluate((id) => window.cy?.$id(id).hasClass('noted'), KIM)).toBe(true);
});

const trade = {
  title: 'Trade partners',
  sources: [],
  nodes: [
    { id: 'atlantis', type: 'country', label: 'Atlantis' },
    { id: 'borduria', type: 'country', label: 'Borduria' },
  ],
  edges: [{ id: 'ab', source: 'atlantis', target: 'borduria', relation: 'trades with' }],
};

test('opening another graph asks before notes on an imported graph are lost', async ({ page }) => {
  await openExplorer(page);
  await seedImportedGraph(page, trade, 'trade.json');
  await page.goto('/');
  await page.waitForFunction(() => window.cy?.$id('atlantis').nonempty() === true);
  await clickElement(page, 'atlantis');
  await notesField(page).fill('Main partner since 2019');
  await notesField(page).blur();

  const confirm = page.getByRole('alertdialog', { name: 'Replace “Trade partners” and your 1 note?' });
  const openCorpus = async () => {
    await page.locator('body').press('o');
    await page.getByRole('button', { name: 'Open the bundled corpus' }).click();
  };
  await openCorpus();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('they come back only if you open the same file again');
  await confirm.getByRole('button', { name: 'Keep this graph' }).click();
  await expect(confirm).toBeHidden();
  expect((await drawn(page)).nodes).toEqual(['atlantis', 'borduria']);
  await expect(notesField(page)).toHaveValue('Main partner since 2019');

  await openCorpus();
  await confirm.getByRole('button', { name: 'Open the new graph' }).click();
  await expect.poll(async () => (await drawn(page)).nodes.length).toBe(corpus.nodes.length);

  // The corpus's own notes are kept with it: replacing it asks nothing.
  await clickElement(page, KIM);
  await notesField(page).fill('on the corpus');
  await notesField(page).blur();
  await page.locator('body').press('o');
  await expect(page.getByRole('button', { name: 'Open the bundled corpus' })).toHaveCount(0);
});
