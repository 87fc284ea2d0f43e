import { openUrl } from './openGraph';

// Read when this module loads, before the URL sync rewrites the address with the view's own parameters.
const requested = new URLSearchParams(location.search).get('graph');

/** Opens `?graph=<same-origin URL>` once, after the first render. */
export function openGraphFromAddress(): void {
  if (requested) void openUrl(requested);
}
