import type { Dataset } from '../../model/dataset';
import { loadGraphDocument } from '../../model/load';
import type { DatasetOrigin } from '../datasetSlice';
import type { Note } from '../notesSlice';
import { CURRENT, type SessionDb } from './db';
import { clearSession, readNotes } from './records';
import { BUNDLED_GRAPH_KEY, graphRecordSchema, readRecord, sessionRecordSchema } from './schema';

/** The graph to open: the bundled corpus, or an imported graph kept in storage. */
export type RestoredGraph =
  { kind: 'bundled' } | { kind: 'stored'; key: string; dataset: Dataset; origin: DatasetOrigin };

export interface RestoredSession {
  graph: RestoredGraph;
  /** The saved view as a URL query string; null when nothing was saved (or it was set aside). */
  view: string | null;
  pinned: string[];
  notes: Note[];
  /**
   * What was set aside (and cleared) and why: the whole session (the app starts fresh) or only the
   * notes of the open graph. Null when all went well.
   */
  problem: { scope: 'session' | 'notes'; reason: string } | null;
}

const notesProblem = (reason: string | null): RestoredSession['problem'] =>
  reason === null ? null : { scope: 'notes', reason };

const MAX_LISTED_ISSUES = 2;

/** Reads the kept graph back; it must still pass the loader's validation to be opened. */
async function readGraph(
  db: SessionDb,
  key: string,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; reason: string }> {
  const raw = await db.get('graphs', key);
  if (raw === undefined) return { ok: false, reason: 'the saved graph is missing' };
  const record = readRecord(graphRecordSchema, raw, 'saved graph');
  if (!record.ok) return record;
  let doc: unknown;
  try {
    doc = JSON.parse(record.value.json);
  } catch (error) {
    return { ok: false, reason: `the saved graph is not valid JSON (${(error as Error).message})` };
  }
  const loaded = loadGraphDocument(doc, () => undefined);
  if (loaded.ok) return loaded;
  const listed = loaded.issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const rest = loaded.issues.length - listed.length;
  return {
    ok: false,
    reason: `the saved graph no longer opens: ${listed.join('; ')}${rest > 0 ? ` and ${rest} more` : ''}`,
  };
}

/**
 * Reads the saved session: the graph, view, pins and notes. What cannot be used (a damaged record,
 * one from another version, a kept graph that no longer validates) is cleared, so it does not fail
 * again, and the session starts fresh on the bundled corpus with `problem` saying why. Rejects
 * only when the storage itself throws.
 */
export async function restoreSession(db: SessionDb): Promise<RestoredSession> {
  const fresh = async (problem: string | null): Promise<RestoredSession> => {
    const notes = await readNotes(db, BUNDLED_GRAPH_KEY);
    return {
      graph: { kind: 'bundled' },
      view: null,
      pinned: [],
      notes: notes.notes,
      problem: problem === null ? notesProblem(notes.problem) : { scope: 'session', reason: problem },
    };
  };
  const raw = await db.get('session', CURRENT);
  if (raw === undefined) return fresh(null);
  const session = readRecord(sessionRecordSchema, raw, 'saved session');
  if (!session.ok) {
    await clearSession(db);
    return fresh(session.reason);
  }
  const { graphKey, origin, view, pinned } = session.value;
  let graph: RestoredGraph = { kind: 'bundled' };
  if (graphKey !== BUNDLED_GRAPH_KEY) {
    const stored = await readGraph(db, graphKey);
    if (!stored.ok) {
      await clearSession(db);
      return fresh(stored.reason);
    }
    graph = { kind: 'stored', key: graphKey, dataset: stored.dataset, origin };
  }
  const notes = await readNotes(db, graphKey);
  return { graph, view, pinned, notes: notes.notes, problem: notesProblem(notes.problem) };
}
