/// <reference lib="webworker" />
import type { GraphData } from '../model/schema';
import type { PreviewTarget } from '../view/previewDraw';
import { drawFirstPicture } from './firstPicture';
import type { ImportMessage, WorkerMessage } from './importProtocol';
import { runImport } from './runImport';

// One import per worker: the page terminates the worker to cancel, and starts a new one each time.
// The page hands over a canvas for a large graph's first picture when its view exists (before or
// after the result is ready); the worker draws it as soon as it has both, before posting the
// result when it can, and again when the view changes size, until the page terminates it.
const post = (message: ImportMessage) => self.postMessage(message);
let target: PreviewTarget | null = null;
let data: GraphData | null = null;
let drawing: Promise<void> = Promise.resolve();

const draw = () => {
  drawing = drawing.then(async () => {
    if (!target || !data) return;
    const drawn = await drawFirstPicture(data, target);
    if (drawn) post({ kind: 'preview', ...drawn, drawnAt: performance.timeOrigin + performance.now() });
  });
  return drawing;
};

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if ('source' in message) {
    runImport(message, post)
      .then(async (result) => {
        if (result.ok) {
          data = result.data;
          // The page's canvas may have arrived while the import ran: take it before drawing.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await draw();
        }
        post({ kind: 'done', result });
      })
      .catch((error: unknown) =>
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
  } else if (message.kind === 'canvas') {
    target = message.target;
    void draw();
  } else if (target) {
    target = { ...target, width: message.width, height: message.height };
    void draw();
  }
};
