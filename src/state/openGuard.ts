/**
 * Asked before anything replaces the open graph (opening a file, a URL, the bundled corpus): a
 * guard may ask the person (e.g. "replace the graph and its unsaved notes?") and say no. Opening
 * code awaits `mayReplaceDataset()`; features with something to lose register a guard.
 */
export type OpenGuard = () => boolean | Promise<boolean>;

const guards = new Set<OpenGuard>();

/** Registers a guard; returns its removal. */
export function registerOpenGuard(guard: OpenGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** True when every guard agrees to replacing the open graph. */
export async function mayReplaceDataset(): Promise<boolean> {
  for (const guard of guards) if (!(await guard())) return false;
  return true;
}
