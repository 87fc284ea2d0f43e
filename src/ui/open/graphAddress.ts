import { earlyImport } from './earlyImport';
import { openUrl } from './openGraph';

// Read when this module loads, before the URL sync rewrites the address with the view's own parameters.
const requested = new URLSearchParams(location.search).get('graph');

let markReady = () => {};
const ready = new Promise<void>((resolve) => (markReady = resolve));

// A `?graph=` file is downloaded, parsed and validated in the import worker (started by
// earlyImport.ts before this script) while the session is restored and the page renders; it replaces
// the open graph only after `openGraphFromAddress` (the session is in place, the guards registered).
if (requested) openUrl(requested, ready, earlyImport);

/**
 * Lets the graph opened from `?graph=<same-origin URL>` replace the open one once it is ready.
 * Called before the first render, so the bundled corpus is not drawn only to be replaced.
 */
export function openGraphFromAddress(): void {
  markReady();
}
