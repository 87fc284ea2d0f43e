import { openUrl } from './openGraph';

// Read when this module loads, before the URL sync rewrites the address with the view's own parameters.
const requested = new URLSearchParams(location.search).get('graph');

/** A same-origin address starts downloading at once, while the session is read (openUrl checks it again). */
function fetchEarly(address: string): Promise<Response> | undefined {
  try {
    const url = new URL(address, location.href);
    if (url.origin !== location.origin) return undefined;
    const response = fetch(url);
    // Failures are reported by openUrl when it awaits this.
    response.catch(() => undefined);
    return response;
  } catch {
    return undefined;
  }
}

const early = requested ? fetchEarly(requested) : undefined;

/**
 * Opens `?graph=<same-origin URL>` once. Called before the first render, so the import is under way
 * when the graph canvas first shows, and the bundled corpus is not drawn only to be replaced.
 */
export function openGraphFromAddress(): void {
  if (requested) void openUrl(requested, early);
}
