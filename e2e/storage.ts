import type { Page } from '@playwright/test';

/** The app's IndexedDB stores (src/state/persistence/db.ts). */
export type StoreName = 'session' | 'graphs' | 'notes';

/** One stored record, read in the page the way the app stores it; undefined when absent. */
export async function storedRecord(page: Page, store: StoreName, key: string): Promise<unknown> {
  return page.evaluate(
    async ([storeName, recordKey]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        return await new Promise<unknown>((resolve, reject) => {
          const get = db.transaction(storeName).objectStore(storeName).get(recordKey);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        });
      } finally {
        db.close();
      }
    },
    [store, key] as const,
  );
}

/** Writes a record into the app's storage (after the app has created it), as junk or as a seeded session. */
export async function putRecord(page: Page, store: StoreName, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([storeName, recordKey, record]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(storeName, 'readwrite');
          tx.objectStore(storeName).put(record, recordKey);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    [store, key, value] as const,
  );
}

/**
 * Saves a session whose open graph is `doc` (an imported graph, as a graph-data bundle), the way
 * the app keeps one; the next visit reopens it through the restore path.
 */
export async function seedImportedGraph(page: Page, doc: unknown, name = 'seeded.json'): Promise<void> {
  const key = `graph:${name}`;
  await putRecord(page, 'graphs', key, { version: 1, key, json: JSON.stringify(doc) });
  await putRecord(page, 'session', 'current', {
    version: 1,
    graphKey: key,
    origin: { kind: 'file', name, format: 'json' },
    view: '',
    pinned: [],
    savedAt: 0,
  });
}
