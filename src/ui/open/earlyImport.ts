import type { ImportMessage, ImportSource, WorkerMessage } from '../../workers/importProtocol';

/** The import of `?graph=` started before the app's own script: its worker and what it said so far. */
type UrlSource = Extract<ImportSource, { kind: 'url' }>;

export interface EarlyImport {
  worker: Worker;
  source: UrlSource;
  /** Takes over the worker's messages: those already received first, in order. */
  adopt(handler: (message: ImportMessage) => void): void;
}

/** A same-origin file to open from an address, or what is wrong with the address. */
export type AddressSource = { ok: true; source: UrlSource; url: URL } | { ok: false; message: string };

/**
 * What `?graph=<address>` opens: a file on this site only (the app makes no requests elsewhere,
 * and its Content-Security-Policy would block them anyway).
 */
export function addressSource(address: string): AddressSource {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return { ok: false, message: `"${address}" is not a URL` };
  }
  if (url.origin !== location.origin)
    return {
      ok: false,
      message: `only files from this site (${location.origin}) open from the address; ${url.origin} is another site`,
    };
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
  return { ok: true, source: { kind: 'url', href: url.href, name, path: url.pathname }, url };
}

/**
 * Loaded by index.html as its own small script, ahead of the app's bundle: a `?graph=` file on
 * this site starts downloading, parsing and validating in the import worker while the browser
 * still loads, compiles and starts the app (hundreds of milliseconds on this kind of machine).
 * openGraph.ts `openUrl` checks the address again, reports problems and adopts the worker.
 */
function start(): EarlyImport | null {
  const address = new URLSearchParams(location.search).get('graph');
  const opened = address === null ? null : addressSource(address);
  if (!opened?.ok) return null;
  const { source } = opened;
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  const received: ImportMessage[] = [];
  let handler: ((message: ImportMessage) => void) | null = null;
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    if (handler) handler(event.data);
    else received.push(event.data);
  };
  worker.postMessage({ source } satisfies WorkerMessage);
  return {
    worker,
    source,
    adopt(next) {
      handler = next;
      for (const message of received.splice(0)) next(message);
    },
  };
}

export const earlyImport = start();
