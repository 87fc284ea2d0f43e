import type { Theme } from '../model/viewSettings';
import type { PreviewTarget } from './previewDraw';

/** The canvas a large graph's first picture is drawn on, over the view until the graph is in it. */
export interface PreviewSurface {
  /** What to hand the import worker (its canvas is transferred with the message). */
  target: PreviewTarget;
  /** The worker has drawn: the picture is showing. */
  drawn(): void;
  /** Told the view's new size while the picture shows (the worker draws it again to fit). */
  onResize: ((width: number, height: number) => void) | null;
  /** Told once, when the picture is taken away. */
  onRemove: (() => void) | null;
  remove(): void;
}

/**
 * A canvas over the view whose drawing is handed to the import worker (`transferControlToOffscreen`),
 * so the first picture of a large graph (previewScene.ts) shows while the page builds the model and
 * adds the nodes to Cytoscape a slice at a time, and its drawing costs the page nothing. Null where
 * the browser cannot hand a canvas to a worker, or the view has no size.
 */
export function createPreviewSurface(container: HTMLElement, theme: Theme): PreviewSurface | null {
  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  const { width, height } = size();
  if (
    !(width > 0 && height > 0) ||
    typeof HTMLCanvasElement.prototype.transferControlToOffscreen !== 'function'
  )
    return null;
  const element = document.createElement('canvas');
  element.className = 'graph-preview';
  element.setAttribute('aria-hidden', 'true');
  element.width = width;
  element.height = height;
  // Over the container, before the controls that follow it; not inside it, where a new Cytoscape
  // core (a large graph gets one) would clear it away. Never scaled: after a resize the old picture
  // shows as it was until the worker has drawn the new one.
  const place = () =>
    Object.assign(element.style, {
      position: 'absolute',
      left: `${container.offsetLeft}px`,
      top: `${container.offsetTop}px`,
      width: `${container.clientWidth}px`,
      height: `${container.clientHeight}px`,
      objectFit: 'none',
      objectPosition: '0 0',
      pointerEvents: 'none',
    });
  place();
  container.after(element);
  // The view changes size when the new graph replaces the old one (a timeline strip goes or comes).
  let last = { width, height };
  const observer = new ResizeObserver(() => {
    const now = size();
    if (now.width === last.width && now.height === last.height) return;
    last = now;
    place();
    if (now.width > 0 && now.height > 0) surface.onResize?.(now.width, now.height);
  });
  observer.observe(container);
  const surface: PreviewSurface = {
    target: { canvas: element.transferControlToOffscreen(), width, height, theme },
    drawn() {
      container.setAttribute('data-preview', 'drawn');
    },
    onResize: null,
    onRemove: null,
    remove() {
      observer.disconnect();
      element.remove();
      container.removeAttribute('data-preview');
      const told = surface.onRemove;
      surface.onRemove = null;
      told?.();
    },
  };
  return surface;
}
