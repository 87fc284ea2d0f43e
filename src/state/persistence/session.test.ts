import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { loadGraphDocument } from '../../model/load';
import type { Dataset } from '../../model/dataset';
import { useAppStore } from '../store';
import { CURRENT, openSessionDb, type SessionDb } from './db';
import { writeSession } from './records';
import { articlesKey, readArticles } from './articlesRecord';
import type { Review } from '../../model/ingest/review';
import { restoreSession } from './restore';
import { graphToKeep, startAutosave, type Autosave } from './autosave';
import { holdPendingEdit } from './pendingEdits';
import {
  BUNDLED_GRAPH_KEY,
  readRecord,
  SESSION_FORMAT_VERSION,
  sessionRecordSchema,
  type SessionRecord,
} from './schema';
import { importedGraph } from './testGraph';

const load = (doc: unknown): Dataset => {
  const result = loadGraphDocument(doc, () => undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
};

const session = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  version: SESSION_FORMAT_VERSION,
  graphKey: BUNDLED_GRAPH_KEY,
  origin: { kind: 'bundled' },
  view: 'node=a&layout=concentric',
  pinned: ['a'],
  savedAt: 1,
  ...over,
});

let db: SessionDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = (await openSessionDb()).db;
});
afterEach(() => db.close());

describe('session records', () => {
  it('accepts a well-formed session record', () => {
    const read = readRecord(sessionRecordSchema, session(), 'saved session');
    expect(read).toEqual({ ok: true, value: session() });
  });

  it('names a record from another version of Dossier as such', () => {
    const read = readRecord(sessionRecordSchema, { ...session(), version: 7 }, 'saved session');
    expect(read).toEqual({
      ok: false,
      reason: 'the saved session was saved by another version of Dossier (format 7, this one reads 1)',
    });
  });

  it('names the first bad field of a damaged record', () => {
    const read = readRecord(sessionRecordSchema, { ...session(), pinned: 'a' }, 'saved session');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/^the saved session is damaged \(.*at pinned\)$/);
    const junk = readRecord(sessionRecordSchema, 'not a record', 'saved session');
    expect(!junk.ok && junk.reason).toMatch(/^the saved session is damaged/);
  });
});

describe('save and restore', () => {
  it('starts fresh on the bundled corpus, without a problem, when nothing was saved', async () => {
    expect(await restoreSession(db)).toEqual({
      graph: { kind: 'bundled' },
      view: null,
      pinned: [],
      notes: [],
      problem: null,
    });
  });

  it('keeps an imported graph as opened: articles added to it are kept apart, not in its record', () => {
    const opened = load(importedGraph);
    const grown = load({
      ...importedGraph,
      nodes: [...importedGraph.nodes, { id: 'd', type: 'country', label: 'Dorne' }],
    });
    const origin = { kind: 'file' as const, name: 'trade.json', format: 'json' };
    const plain = graphToKeep({ dataset: opened, origin });
    const withArticles = graphToKeep({ dataset: grown, ingestBase: opened, origin });
    expect(withArticles).toEqual(plain);
    expect(graphToKeep({ dataset: grown, origin }).key).not.toBe(plain.key);
  });

  it('restores an imported graph, its view, pins and notes', async () => {
    const dataset = load(importedGraph);
    const kept = graphToKeep({ dataset, origin: { kind: 'file', name: 'trade.json', format: 'json' } });
    expect(kept.key).toMatch(/^graph:[0-9a-f]{14}$/);
    const note = { target: { kind: 'node' as const, id: 'b' }, text: 'Ask about <b>tariffs</b>', updated: 5 };
    await writeSession(db, {
      session: session({
        graphKey: kept.key,
        origin: { kind: 'file', name: 'trade.json', format: 'json' },
        pinned: ['c'],
      }),
      notes: { graphKey: kept.key, notes: [note] },
      graph: kept.record,
    });
    const restored = await restoreSession(db);
    expect(restored.problem).toBeNull();
    expect(restored.view).toBe('node=a&layout=concentric');
    expect(restored.pinned).toEqual(['c']);
    expect(restored.notes).toEqual([note]);
    if (restored.graph.kind !== 'stored') throw new Error('expected the stored graph');
    expect(restored.graph.origin).toEqual({ kind: 'file', name: 'trade.json', format: 'json' });
    const g = restored.graph.dataset.graph;
    expect(restored.graph.dataset.title).toBe('Trade partners');
    expect(g.nodes()).toEqual(['a', 'b', 'c']);
    expect(g.getNodeAttributes('c')).toMatchObject({ label: 'Carthage', x: 3, y: 4 });
    expect(g.getNodeAttribute('a', 'attributes')).toEqual({ gdp: 12 });
    expect(g.getEdgeAttribute('bc', 'undirected')).toBe(true);
  });

  it('sets a damaged session record aside, clears it and says why', async () => {
    await db.put('session', '{"version": 1, "graphKey": ', CURRENT);
    const restored = await restoreSession(db);
    expect(restored.graph).toEqual({ kind: 'bundled' });
    expect(restored.view).toBeNull();
    expect(restored.problem?.scope).toBe('session');
    expect(restored.problem?.reason).toMatch(/^the saved session is damaged/);
    expect(await db.get('session', CURRENT)).toBeUndefined();
    expect((await restoreSession(db)).problem).toBeNull();
  });

  it('sets a session of another version aside', async () => {
    await db.put('session', { ...session(), version: 0 }, CURRENT);
    const restored = await restoreSession(db);
    expect(restored.problem).toEqual({
      scope: 'session',
      reason: 'the saved session was saved by another version of Dossier (format 0, this one reads 1)',
    });
    expect(await db.get('session', CURRENT)).toBeUndefined();
  });

  it('starts fresh when the kept graph no longer validates, naming the first issues', async () => {
    const broken = { ...importedGraph, edges: [{ id: 'ax', source: 'a', target: 'x', relation: 'r' }] };
    const json = JSON.stringify(broken);
    await writeSession(db, {
      session: session({ graphKey: 'graph:1', origin: { kind: 'file', name: 'f.json', format: 'json' } }),
      graph: { version: SESSION_FORMAT_VERSION, key: 'graph:1', json },
    });
    const restored = await restoreSession(db);
    expect(restored.graph).toEqual({ kind: 'bundled' });
    expect(restored.pinned).toEqual([]);
    expect(restored.problem?.scope).toBe('session');
    expect(restored.problem?.reason).toMatch(/^the saved graph no longer opens: edges\[0\]\.target: /);
    expect(await db.get('graphs', 'graph:1')).toBeUndefined();
    expect(await db.get('session', CURRENT)).toBeUndefined();
  });

  it('starts fresh when the kept graph is missing or not JSON', async () => {
    const origin = { kind: 'file', name: 'f.json', format: 'json' } as const;
    await writeSession(db, { session: session({ graphKey: 'graph:2', origin }) });
    expect((await restoreSession(db)).problem?.reason).toBe('the saved graph is missing');
    await writeSession(db, {
      session: session({ graphKey: 'graph:3', origin }),
      graph: { version: SESSION_FORMAT_VERSION, key: 'graph:3', json: '{"nodes": [' },
    });
    expect((await restoreSession(db)).problem?.reason).toMatch(/^the saved graph is not valid JSON/);
  });

  it('drops an unreadable notes record and keeps the rest of the session', async () => {
    await writeSession(db, { session: session() });
    await db.put(
      'notes',
      { version: 1, graphKey: BUNDLED_GRAPH_KEY, notes: [{ text: 3 }] },
      BUNDLED_GRAPH_KEY,
    );
    const restored = await restoreSession(db);
    expect(restored.view).toBe('node=a&layout=concentric');
    expect(restored.notes).toEqual([]);
    expect(restored.problem?.scope).toBe('notes');
    expect(restored.problem?.reason).toMatch(/^the notes record is damaged/);
    expect(await db.get('notes', BUNDLED_GRAPH_KEY)).toBeUndefined();
  });
});

/** An article whose one candidate joins the test graph's nodes a and c. */
const ARTICLE: Review = {
  article: {
    id: 'art-1',
    title: 'Art',
    publisher: 'P',
    published: '2020-01-01',
    text: 'Atlantis praised Carthage.',
  },
  entities: [
    { id: 'a', type: 'actor', label: 'Atlantis', aliases: [], existing: true, mentions: [], confidence: 1 },
    { id: 'c', type: 'place', label: 'Carthage', aliases: [], existing: true, mentions: [], confidence: 1 },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      relation: 'visited',
      target: 'c',
      evidence: { start: 0, end: 25 },
      trigger: { start: 9, end: 16 },
      confidence: 0.9,
      pattern: 'test',
    },
  ],
  decisions: {},
  edits: {},
  unlinked: [],
};
const ADDED_EDGE = 'a--visited--c';
const VIEW = { layout: 'force', sizeBy: 'degree' } as const;

describe('added articles', () => {
  it('reads a record of an older Dossier (one for whatever graph was open) as the open graph’s, and moves it', async () => {
    await db.put('session', { version: 1, review: ARTICLE }, 'ingest-review');
    expect((await readArticles(db, 'graph:x')).saved).toBeNull();
    const read = await readArticles(db, 'graph:x', true);
    expect(read).toEqual({ saved: { added: [], review: ARTICLE }, problem: null });
    expect(await db.get('session', 'ingest-review')).toBeUndefined();
    expect((await readArticles(db, 'graph:x')).saved?.review?.article.id).toBe('art-1');
  });

  it('keeps the reviewer’s edits, how the text states a relation included', async () => {
    const edited = { ...ARTICLE, edits: { r1: { modality: 'negated' as const, date: '' } } };
    await db.put('session', { version: 2, added: [], review: edited }, articlesKey('edited'));
    expect((await readArticles(db, 'edited')).saved?.review?.edits).toEqual({
      r1: { modality: 'negated', date: '' },
    });
  });

  it('keeps the reviewer’s own merges ("Same as…")', async () => {
    const merged = { ...ARTICLE, sameAs: { e1: { id: 'hanoi-summit', label: 'Hanoi summit' } } };
    await db.put('session', { version: 2, added: [merged], review: null }, articlesKey('merged'));
    expect((await readArticles(db, 'merged')).saved?.added[0]?.sameAs).toEqual({
      e1: { id: 'hanoi-summit', label: 'Hanoi summit' },
    });
  });

  it('keeps mentions linked by a reference back ("the country" for a state named before)', async () => {
    const text = 'Atlantis spoke. The country praised Carthage.';
    const reference = { start: 16, end: 27, entity: 'a', text: 'The country', reason: 'reference' as const };
    const referred = {
      ...ARTICLE,
      article: { ...ARTICLE.article, text },
      entities: ARTICLE.entities.map((e) => (e.id === 'a' ? { ...e, mentions: [reference] } : e)),
      relations: [
        { ...ARTICLE.relations[0]!, evidence: { start: 16, end: 45 }, trigger: { start: 28, end: 35 } },
      ],
    };
    await db.put('session', { version: 2, added: [], review: referred }, articlesKey('referred'));
    const read = await readArticles(db, 'referred');
    expect(read.problem).toBeNull();
    expect(read.saved?.review?.entities[0]?.mentions).toEqual([reference]);
  });

  it('drops a damaged record or one whose passages fall outside their text, saying so', async () => {
    const outside = {
      ...ARTICLE,
      relations: [{ ...ARTICLE.relations[0]!, evidence: { start: 0, end: 99 } }],
    };
    for (const bad of [
      { version: 2, added: 'x', review: null },
      { version: 2, added: [outside], review: null },
    ]) {
      await db.put('session', bad, articlesKey('k'));
      expect(await readArticles(db, 'k')).toEqual({
        saved: null,
        problem: 'The articles you added or were reviewing could not be restored; they were cleared.',
      });
      expect(await db.get('session', articlesKey('k'))).toBeUndefined();
    }
  });
});

describe('autosave', () => {
  let autosave: Autosave | undefined;
  const initial = useAppStore.getState();
  afterEach(() => {
    autosave?.stop();
    useAppStore.setState(initial, true);
  });

  it('saves the view, pins and notes, and keeps each graph’s notes under its own key', async () => {
    const bundled = load({ ...importedGraph, title: 'Pretend corpus' });
    const store = useAppStore;
    store.getState().setDataset(bundled, { kind: 'bundled' });
    store.getState().replaceNotes(bundled, new Map());
    autosave = startAutosave(store, db, { graphKey: BUNDLED_GRAPH_KEY, onError: (m) => expect.fail(m) });

    store.getState().select({ kind: 'node', id: 'b' });
    store.getState().togglePin('c');
    store.getState().setNote({ kind: 'node', id: 'a' }, 'first note');
    await autosave.flush();
    let restored = await restoreSession(db);
    expect(restored.view).toBe('node=b');
    expect(restored.pinned).toEqual(['c']);
    expect(restored.notes.map((n) => n.text)).toEqual(['first note']);

    // Another graph opens: the corpus's notes stay stored under its key, the new graph starts with none.
    const imported = load(importedGraph);
    store.getState().setDataset(imported, { kind: 'file', name: 'trade.json', format: 'json' });
    await autosave.flush();
    await autosave.flush(); // the new graph's stored notes (none) have arrived
    expect(store.getState().notesOf).toBe(imported);
    store.getState().setNote({ kind: 'edge', id: 'ab' }, 'on the import');
    await autosave.flush();
    restored = await restoreSession(db);
    expect(restored.graph.kind).toBe('stored');
    expect(restored.notes.map((n) => n.text)).toEqual(['on the import']);
    const corpusNotes = await db.get('notes', BUNDLED_GRAPH_KEY);
    expect(corpusNotes).toMatchObject({ notes: [{ text: 'first note' }] });

    // Back to the corpus: its notes come back from storage.
    store.getState().setDataset(bundled, { kind: 'bundled' });
    await autosave.flush();
    await autosave.flush();
    expect([...store.getState().notes.values()].map((n) => n.text)).toEqual(['first note']);
    expect(await db.count('graphs')).toBe(0);
  });

  it('keeps each graph’s added articles under its own key, and brings them back when it opens again', async () => {
    const store = useAppStore;
    const bundled = load({ ...importedGraph, title: 'Pretend corpus' });
    store.getState().setDataset(bundled, { kind: 'bundled' });
    store.getState().replaceNotes(bundled, new Map());
    autosave = startAutosave(store, db, { graphKey: BUNDLED_GRAPH_KEY, onError: (m) => expect.fail(m) });

    store.getState().startReview(ARTICLE);
    store.getState().decide('r1', 'accepted');
    store.getState().finishReview();
    await autosave.flush();
    expect(await db.get('session', articlesKey(BUNDLED_GRAPH_KEY))).toMatchObject({
      version: 2,
      review: null,
    });

    // Another graph: it has no articles; the corpus's stay stored.
    store
      .getState()
      .replaceDataset(load(importedGraph), { kind: 'file', name: 'trade.json', format: 'json' }, VIEW);
    await autosave.flush();
    await autosave.flush();
    expect([store.getState().added, store.getState().dataset?.graph.hasEdge(ADDED_EDGE)]).toEqual([
      [],
      false,
    ]);
    expect((await readArticles(db, BUNDLED_GRAPH_KEY)).saved?.added).toHaveLength(1);

    // The corpus again (a fresh copy, as when it is reopened): its article is reapplied.
    store
      .getState()
      .replaceDataset(load({ ...importedGraph, title: 'Pretend corpus' }), { kind: 'bundled' }, VIEW);
    await autosave.flush();
    await autosave.flush();
    expect(store.getState().added.map((r) => r.article.id)).toEqual(['art-1']);
    expect(store.getState().dataset?.graph.hasEdge(ADDED_EDGE)).toBe(true);
    expect(store.getState().dataset?.sources.has('art-1')).toBe(true);

    // Removing the last article deletes the record.
    store.getState().removeArticle('art-1');
    await autosave.flush();
    expect(await db.get('session', articlesKey(BUNDLED_GRAPH_KEY))).toBeUndefined();
  });

  it('begins each write at once, even with another in flight (a page being left cannot wait), and keeps their order', async () => {
    autosave = startAutosave(useAppStore, db, {
      graphKey: BUNDLED_GRAPH_KEY,
      onError: (m) => expect.fail(m),
    });
    const begun = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      useAppStore.getState().togglePin('x');
      void autosave.flush();
      expect(begun).toHaveBeenCalledTimes(1);
      useAppStore.getState().togglePin('y');
      const both = autosave.flush();
      expect(begun).toHaveBeenCalledTimes(2);
      await both;
    } finally {
      begun.mockRestore();
    }
    expect((await restoreSession(db)).pinned).toEqual(['x', 'y']);
  });

  it('a save as the page is left takes the text a field still holds back', async () => {
    const bundled = load({ ...importedGraph, title: 'Pretend corpus' });
    useAppStore.getState().setDataset(bundled, { kind: 'bundled' });
    useAppStore.getState().replaceNotes(bundled, new Map());
    autosave = startAutosave(useAppStore, db, {
      graphKey: BUNDLED_GRAPH_KEY,
      onError: (m) => expect.fail(m),
    });
    // A note field waiting for a pause in the typing before it hands its text over.
    const release = holdPendingEdit(() =>
      useAppStore.getState().setNote({ kind: 'node', id: 'a' }, 'typed last'),
    );
    try {
      await autosave.flush();
    } finally {
      release();
    }
    expect((await restoreSession(db)).notes.map((n) => n.text)).toEqual(['typed last']);
  });

  it('reports a failing storage once and goes on', async () => {
    const errors: string[] = [];
    autosave = startAutosave(useAppStore, db, {
      graphKey: BUNDLED_GRAPH_KEY,
      onError: (m) => errors.push(m),
    });
    db.close();
    useAppStore.getState().togglePin('x');
    await autosave.flush();
    useAppStore.getState().togglePin('y');
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/closed|connection|InvalidState/i);
  });
});
