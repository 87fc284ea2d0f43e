import type { Collection, Core, StylesheetJson } from 'cytoscape';
import type { Display } from '../model/neighbourhood';
import { moveCamera } from './motion';
import type { CanvasPalette } from './palette';
import { setClass } from './classes';

/**
 * Marks what a focus and a traced path do to the shown graph, in one batch: `outside-focus` on
 * what a fade-mode focus leaves out (in hide mode it is not shown at all), `on-path` on the
 * elements of the shortest paths and `off-path` on every other one. Null clears them.
 */
export function applyFocusClasses(cy: Core, display: Display | null): void {
  const inside = display?.inside ?? null;
  const path = display?.path ?? null;
  if (inside === null && path === null) {
    // The common case, cheap on a large graph: only elements that carry a class are touched.
    cy.batch(
      () => void cy.$('.outside-focus, .on-path, .off-path').removeClass('outside-focus on-path off-path'),
    );
    return;
  }
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      setClass(n, 'outside-focus', inside !== null && !inside.nodes.has(id));
      setClass(n, 'on-path', path !== null && path.nodes.has(id));
      setClass(n, 'off-path', path !== null && !path.nodes.has(id));
    });
    cy.edges().forEach((e) => {
      const id = e.id();
      setClass(e, 'outside-focus', inside !== null && !inside.edges.has(id));
      setClass(e, 'on-path', path !== null && path.edges.has(id));
      setClass(e, 'off-path', path !== null && !path.edges.has(id));
    });
  });
}

/** The elements a new focus or path should bring into view: the paths, else the focus; empty without either. */
export function framedElements(cy: Core, display: Display | null): Collection {
  const part = display?.path ?? display?.inside;
  if (!part) return cy.collection();
  return cy.elements().filter((e) => (e.isNode() ? part.nodes : part.edges).has(e.id()));
}

/** Room kept around a framed focus or path, in screen px: the toolbar and the focus banner sit at the top. */
const FRAME_ROOM = { top: 110, right: 40, bottom: 50, left: 40 };
/** A handful of nodes need not fill the screen. */
const MAX_FRAME_ZOOM = 1.4;

/**
 * Eases the camera to frame a new focus or new paths below the banner over the graph. Unlike a
 * selection's framing it always moves: the person just asked to look at exactly these elements.
 */
export function frameFocus(cy: Core, eles: Collection, duration = 350): void {
  const width = cy.width() - FRAME_ROOM.left - FRAME_ROOM.right;
  const height = cy.height() - FRAME_ROOM.top - FRAME_ROOM.bottom;
  if (eles.empty() || width <= 0 || height <= 0) return;
  const box = eles.boundingBox();
  const fit = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1), MAX_FRAME_ZOOM);
  const zoom = Math.max(cy.minZoom(), Math.min(fit, cy.maxZoom()));
  const pan = {
    x: FRAME_ROOM.left + width / 2 - (zoom * (box.x1 + box.x2)) / 2,
    y: FRAME_ROOM.top + height / 2 - (zoom * (box.y1 + box.y2)) / 2,
  };
  cy.stop(true, true);
  moveCamera(cy, { zoom, pan }, duration);
}

/**
 * Locks pinned nodes where they are (layouts and drags cannot move a locked node) and marks them
 * with the `pinned` class; unlocks every other node.
 */
export function applyPins(cy: Core, pinned: readonly string[]): void {
  const ids = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = ids.has(n.id());
      setClass(n, 'pinned', pin);
      if (pin) n.lock();
      else n.unlock();
    });
  });
}

/**
 * Styles for hover, focus, paths and pins. They come after the selection's styles in the sheet:
 * a path or a fade-mode focus overrides what a selection emphasises, and a pin always shows.
 */
export function focusStyles(palette: CanvasPalette): StylesheetJson {
  const onPath = { 'z-index': 30, 'font-weight': 'bold' } as const;
  return [
    // Hover: the hovered node's neighbourhood stands out, more lightly than a selection does.
    { selector: '.hover-dim', style: { opacity: 0.35 } },
    { selector: 'node.hover-neighbour', style: { label: 'data(label)', 'z-index': 9 } },
    {
      selector: 'edge.hover-neighbour',
      style: { width: 1.8, 'line-color': palette.edgeHighlight, 'target-arrow-color': palette.edgeHighlight },
    },
    // A fade-mode focus: the rest stays in view, dimmed, and unlabelled.
    { selector: '.outside-focus', style: { opacity: Math.min(0.3, palette.fadedOpacity * 2), label: '' } },
    { selector: '.off-path', style: { opacity: palette.fadedOpacity, label: '' } },
    {
      selector: 'node.on-path',
      style: { ...onPath, label: 'data(label)', 'border-width': 4, 'border-color': palette.focus },
    },
    {
      selector: 'edge.on-path',
      style: {
        ...onPath,
        label: 'data(caption)',
        width: 3.5,
        'line-color': palette.focus,
        'target-arrow-color': palette.focus,
        color: palette.label,
      },
    },
    // Whatever else applies, the hovered node says what it is.
    { selector: 'node.hover', style: { label: 'data(label)', opacity: 1, 'border-width': 3, 'z-index': 40 } },
    { selector: 'edge.hover', style: { label: 'data(caption)', opacity: 1, width: 3, 'z-index': 40 } },
    // A pin: a dashed ring just outside the node, clear of the border that selection and paths use.
    {
      selector: 'node.pinned',
      style: {
        'outline-width': 2.5,
        'outline-style': 'dashed',
        'outline-color': palette.focus,
        'outline-offset': 3,
      },
    },
  ];
}
