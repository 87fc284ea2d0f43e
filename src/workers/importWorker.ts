/// <reference lib="webworker" />
import type { GraphData } from '../model/schema';
import type { PreviewTarget } from '../view/previewDraw';
import { hasFirstPicture } from '../view/previewScene';
import { isLargeGraph } from '../view/scale';
import { drawFirstPicture } from './firstPicture';
import type { ImportMessage, WorkerMessage } from './importProtocol';
import { runImport } from './runImport';

// One import per worker: the page terminates the worker to cancel, and starts a new one each time.
// The page hands over a canvas for the first picture of a graph of over a thousand elements when its view exists (a `?graph=`
// import starts before the page has rendered), or says it has none. The worker draws the picture
// as soon as it has both the graph and the canvas, and again when the view changes size, until the
// page terminates it. A ready result waits a little for a canvas that is coming: the picture is
// the first thing a person sees of a large graph, and the page needs seconds more to show the graph.
const CANVAS_WAIT_MS = 1500;
const post = (message: ImportMessage) => self.postMessage(message);
let target: PreviewTarget | null = null;
let canvasAnswered = () => {};
const canvasAnswer = new Promise<void>((resolve) => (canvasAnswered = resolve));
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
    // A graph without positions is drawn as ForceAtlas2 places it, a step at a time; the page's
    // canvas may arrive during the layout (the worker takes messages between steps).
    const layoutStep = async (forming: GraphData) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      data = forming;
      await draw();
    };
    runImport(message, post, layoutStep)
      .then(async (result) => {
        if (result.ok) {
          data = result.data;
          // Only a large graph's picture is worth holding the result for: a smaller one is drawn soon.
          if (hasFirstPicture(data) && isLargeGraph(data.nodes.length, data.edges.length))
            await Promise.race([canvasAnswer, new Promise((resolve) => setTimeout(resolve, CANVAS_WAIT_MS))]);
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
    canvasAnswered();
    void draw();
  } else if (target) {
    target = { ...target, width: message.width, height: message.height };
    void draw();
  }
};
