/// <reference lib="webworker" />
import type { ImportMessage, ImportRequest } from './importProtocol';
import { runImport } from './runImport';

// One import per worker: the page terminates the worker to cancel, and starts a new one each time.
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  runImport(event.data, post).catch((error: unknown) =>
    post({
      kind: 'done',
      result: {
        ok: false,
        issues: [
          {
            path: '(import)',
            message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      },
    }),
  );
};
