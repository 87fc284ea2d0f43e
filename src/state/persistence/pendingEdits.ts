/**
 * Edits a field holds back from the store while the person types (a note is handed over after a
 * pause). Autosave flushes them before a save made as the page is hidden or left, so what was
 * typed in the last moment is stored with the rest instead of being lost with the page.
 */
const flushes = new Set<() => void>();

/** Registers a field's flush (it hands its held-back text to the store); returns the unregister. */
export function holdPendingEdit(flush: () => void): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Hands every held-back edit to the store. */
export function flushPendingEdits(): void {
  for (const flush of [...flushes]) flush();
}
