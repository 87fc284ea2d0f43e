import type { Note } from '../notesSlice';
import { writeArticlesIn, type SavedArticles } from './articlesRecord';
import { CURRENT, type SessionDb } from './db';
import {
  notesRecordSchema,
  readRecord,
  SESSION_FORMAT_VERSION,
  type GraphRecord,
  type SessionRecord,
} from './schema';

/** One save: the session record, the open graph's notes and articles and, when the graph changed, the graph. */
export interface SessionWrite {
  session: SessionRecord;
  /** The open graph's notes; absent while they are still being read. */
  notes?: { graphKey: string; notes: readonly Note[] };
  /** The articles added to the open graph, when they changed. */
  articles?: { graphKey: string; saved: SavedArticles };
  /** The imported graph now open (replacing any other kept), null for the bundled corpus, absent: unchanged. */
  graph?: GraphRecord | null;
}

/**
 * Writes a save in one transaction: either all of it is stored or none of it. Every write here
 * commits as soon as its requests are made (`commit()`), without waiting for the page to hear back:
 * a save made as the page is left would otherwise be dropped with the page (Chromium aborts a
 * transaction whose page is gone before it asked to commit).
 */
export async function writeSession(db: SessionDb, write: SessionWrite): Promise<void> {
  const tx = db.transaction(['session', 'graphs', 'notes'], 'readwrite');
  const done = tx.done;
  const puts: Promise<unknown>[] = [tx.objectStore('session').put(write.session, CURRENT)];
  if (write.graph !== undefined) {
    // Only the open graph is kept: an imported graph can be large, and reopening it is the person's call.
    const graphs = tx.objectStore('graphs');
    puts.push(graphs.clear());
    if (write.graph) puts.push(graphs.put(write.graph, write.graph.key));
  }
  if (write.notes) puts.push(writeNotesIn(tx.objectStore('notes'), write.notes.graphKey, write.notes.notes));
  if (write.articles)
    puts.push(writeArticlesIn(tx.objectStore('session'), write.articles.graphKey, write.articles.saved));
  tx.commit();
  await Promise.all([...puts, done]);
}

/** Writes the articles of one graph (another graph's, when it is being replaced). */
export async function writeArticles(db: SessionDb, graphKey: string, saved: SavedArticles): Promise<void> {
  const tx = db.transaction('session', 'readwrite');
  const put = writeArticlesIn(tx.store, graphKey, saved);
  tx.commit();
  await Promise.all([put, tx.done]);
}

/** Writes the notes of one graph (another graph's, when it is being replaced). */
export async function writeNotes(db: SessionDb, graphKey: string, notes: readonly Note[]): Promise<void> {
  const tx = db.transaction('notes', 'readwrite');
  const put = writeNotesIn(tx.store, graphKey, notes);
  tx.commit();
  await Promise.all([put, tx.done]);
}

/** The two operations notes need from the notes store, in whichever transaction it was opened. */
interface NotesStore {
  put(value: unknown, key: string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

function writeNotesIn(store: NotesStore, graphKey: string, notes: readonly Note[]) {
  if (notes.length === 0) return store.delete(graphKey);
  return store.put({ version: SESSION_FORMAT_VERSION, graphKey, notes: [...notes] }, graphKey);
}

/**
 * The stored notes of a graph. A record that cannot be read is deleted (it would fail again on
 * every start) and its reason returned.
 */
export async function readNotes(
  db: SessionDb,
  graphKey: string,
): Promise<{ notes: Note[]; problem: string | null }> {
  const raw = await db.get('notes', graphKey);
  if (raw === undefined) return { notes: [], problem: null };
  const read = readRecord(notesRecordSchema, raw, 'notes record');
  if (read.ok && read.value.graphKey === graphKey) return { notes: read.value.notes, problem: null };
  await db.delete('notes', graphKey);
  return { notes: [], problem: read.ok ? 'the notes record belongs to another graph' : read.reason };
}

/** Forgets the saved session and any kept graph (notes of other graphs stay). */
export async function clearSession(db: SessionDb): Promise<void> {
  const tx = db.transaction(['session', 'graphs'], 'readwrite');
  await Promise.all([tx.objectStore('session').delete(CURRENT), tx.objectStore('graphs').clear(), tx.done]);
}
