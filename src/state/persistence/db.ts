import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'dossier';
/** The database's structure (its object stores); record shapes are versioned in schema.ts. */
const DB_VERSION = 1;

// Values are typed `unknown`: whatever was stored is validated when it is read (schema.ts).
interface SessionDbSchema extends DBSchema {
  session: { key: string; value: unknown };
  graphs: { key: string; value: unknown };
  notes: { key: string; value: unknown };
}

export type SessionDb = IDBPDatabase<SessionDbSchema>;
export const STORE_NAMES = ['session', 'graphs', 'notes'] as const;
/** The key of the one record in the session store. */
export const CURRENT = 'current';

/** How long opening the database may take before the app starts without it. */
const OPEN_TIMEOUT_MS = 4000;

function open(): Promise<SessionDb> {
  return openDB<SessionDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    },
  });
}

/**
 * Opens the session database. A database left by a newer version of Dossier (a higher version
 * number) cannot be opened by this one: it is deleted and created afresh, and `replaced` says so.
 * Rejects when IndexedDB is missing, refuses, or does not answer in time.
 */
export async function openSessionDb(): Promise<{ db: SessionDb; replaced: boolean }> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const attempt = async () => {
    try {
      return { db: await open(), replaced: false };
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'VersionError')) throw error;
      await deleteDB(DB_NAME);
      return { db: await open(), replaced: true };
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the browser’s storage did not answer')), OPEN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([attempt(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
