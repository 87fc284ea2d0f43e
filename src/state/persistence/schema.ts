import { z } from 'zod';
import '../../model/zodConfig';

/**
 * What is stored, and in which shape. Every record carries `version`: a record written by another
 * version of Dossier is recognised as such and set aside rather than misread. Raise the version
 * (and say what changed) whenever a record's shape changes.
 */
export const SESSION_FORMAT_VERSION = 1;

/** The storage key of the bundled corpus; imported graphs are keyed by a fingerprint of their data. */
export const BUNDLED_GRAPH_KEY = 'bundled:korea';

const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled') }),
  z.object({ kind: z.literal('file'), name: z.string(), format: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string(), format: z.string() }),
]);

const version = z.literal(SESSION_FORMAT_VERSION);

/** The one "current session" record: which graph is open and how it is looked at. */
export const sessionRecordSchema = z.object({
  version,
  /** `BUNDLED_GRAPH_KEY`, or the key of a record in the graphs store. */
  graphKey: z.string().min(1),
  origin: originSchema,
  /** The view as the URL query string (selection, filters, hidden nodes, focus, layout, sizing). */
  view: z.string(),
  /** Pinned node ids. */
  pinned: z.array(z.string()),
  savedAt: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** An imported graph, as its self-contained graph-data bundle (JSON text), validated on reopening. */
export const graphRecordSchema = z.object({ version, key: z.string().min(1), json: z.string() });
export type GraphRecord = z.infer<typeof graphRecordSchema>;

const noteSchema = z.object({
  target: z.object({ kind: z.enum(['node', 'edge']), id: z.string() }),
  text: z.string(),
  updated: z.number(),
});

/** The person's notes on one graph (kept per graph, so opening another graph does not lose them). */
export const notesRecordSchema = z.object({
  version,
  graphKey: z.string().min(1),
  notes: z.array(noteSchema),
});
export type NotesRecord = z.infer<typeof notesRecordSchema>;

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Validates a stored record: a different `version` is "another version of Dossier", any other
 * mismatch is damage, named by its first bad field.
 */
export function readRecord<T>(schema: z.ZodType<T>, raw: unknown, what: string): ReadResult<T> {
  const stored =
    typeof raw === 'object' && raw !== null && 'version' in raw
      ? (raw as { version: unknown }).version
      : null;
  if (typeof stored === 'number' && stored !== SESSION_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `the ${what} was saved by another version of Dossier (format ${stored}, this one reads ${SESSION_FORMAT_VERSION})`,
    };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return { ok: false, reason: `the ${what} is damaged (${first?.message ?? 'unreadable'}${where})` };
}
