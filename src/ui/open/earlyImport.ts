import type { ImportMessage, ImportSource, WorkerMessage } from '../../workers/importProtocol';

/** The import of `?graph=` started before the app's own script: its worker and what it said so far. */
export interface EarlyImport {
  worker: Worker;
  source: ImportSource;
  /** Takes over the worker's messages: those already received first, in order. */
  adopt(handler: (message: ImportMessage) => void): void;
}

/**
 * Loaded by index.html as its own small script, ahead of the app's bundle: a `?graph=` file on
 * this site starts downloading, parsing and validating in the import worker while the browser
 * still loads, compiles and starts the app (hundreds of milliseconds on this kind of machine).
 * openGraph.ts `openUrl` checks the address again, reports problems and adopts the worker.
 */
function start(): EarlyImport | null {
  const address = new URLSearchParams(location.search).get('graph');
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  const source: ImportSource = {
    kind: 'url',
    href: url.href,
    name: decodeURIComponent(url.pathname.split('/').pop() || url.pathname),
    path: url.pathname,
  };
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
