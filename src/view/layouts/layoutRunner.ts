import type { Collection, Core, LayoutOptions, Position } from 'cytoscape';
import type { LayoutId } from '../../model/viewSettings';
import { LABEL_WRAP } from '../labelDetail';
import type { CanvasPalette } from '../palette';
import { withSeededRandom } from '../seededRandom';
import { createGuideOverlay } from './guides';
import { LAYOUTS } from './registry';
import type { LayoutContext, LayoutGuide } from './types';

/** Seed of the random start of randomized layouts (fcose), so a layout always draws the same picture. */
export const LAYOUT_SEED = 20140212;
/** How long positions and the camera take to move to a new layout, in ms. */
export const LAYOUT_DURATION = 500;
/** Room around a fitted layout, in screen px: more at the top for the toolbar, at the bottom for the legend. */
const PADDING = { top: 56, right: 36, bottom: 44, left: 36 };
/** Room for guide texts that end at their anchor (band names on the left), in screen px. */
const GUIDE_MARGIN = 90;
/** Room for labels around the nodes' boxes, in model units (with the padding, about half a wrapped label across, a line below). */
const LABEL_ROOM = { x: LABEL_WRAP / 5, below: 26 };
/** A fitted layout is not blown up beyond this zoom: a handful of nodes need not fill the screen. */
const MAX_FIT_ZOOM = 1.6;

export interface LayoutRunner {
  /** Places the nodes with layout `id` and fits them in view, animated or at once. */
  run(id: LayoutId, context: LayoutContext, animate: boolean): void;
  /** Frames the nodes where they already are (a large graph added with its positions), without a layout. */
  frameInPlace(): void;
  setPalette(palette: CanvasPalette): void;
  destroy(): void;
}

interface Viewport {
  zoom: number;
  pan: Position;
}

/**
 * The zoom and pan that frame `eles` at their current positions (with their labels), and the
 * guide anchors, leaving room for guide texts on the left. Undefined in a headless or empty view.
 */
export function fitViewport(
  cy: Core,
  eles: Collection,
  guides: readonly LayoutGuide[],
): Viewport | undefined {
  const width = cy.width();
  const height = cy.height();
  if (!(width > 0 && height > 0) || eles.empty()) return undefined;
  // Node boxes plus room for their labels (below, up to LABEL_WRAP wide), rather than the labels
  // drawn now: which labels show depends on the zoom this is computing.
  const bb = eles.boundingBox({ includeLabels: false });
  let { x1, x2, y1, y2 } = {
    x1: bb.x1 - LABEL_ROOM.x,
    x2: bb.x2 + LABEL_ROOM.x,
    y1: bb.y1,
    y2: bb.y2 + LABEL_ROOM.below,
  };
  for (const g of guides) {
    x1 = Math.min(x1, g.x);
    x2 = Math.max(x2, g.x);
    y1 = Math.min(y1, g.y);
    y2 = Math.max(y2, g.y);
  }
  const left = PADDING.left + (guides.some((g) => g.align === 'end') ? GUIDE_MARGIN : 0);
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(
      (width - left - PADDING.right) / Math.max(x2 - x1, 1),
      (height - PADDING.top - PADDING.bottom) / Math.max(y2 - y1, 1),
      MAX_FIT_ZOOM,
      cy.maxZoom(),
    ),
  );
  return {
    zoom,
    pan: {
      x: (width + left - PADDING.right - zoom * (x1 + x2)) / 2,
      y: (height + PADDING.top - PADDING.bottom - zoom * (y1 + y2)) / 2,
    },
  };
}

/**
 * Runs layouts from the registry. Every layout is computed synchronously (seeded), then, when
 * animated, nodes are put back and tweened to their new places while the camera moves to frame
 * them, so all layouts animate the same way whatever engine computed them. `onSettled` runs when
 * nodes are at rest (label placement depends on positions).
 */
export function createLayoutRunner(
  cy: Core,
  container: HTMLElement,
  palette: CanvasPalette,
  onSettled: () => void,
  large = false,
): LayoutRunner {
  const guides = createGuideOverlay(cy, container, palette);
  let generation = 0;
  // The benchmark (bench/run.ts) and performance tools read this mark: positions are final.
  const settled = () => {
    onSettled();
    performance.mark('layout-settled', { detail: { nodes: cy.nodes().length } });
  };

  return {
    run(id, context, animate) {
      const run = ++generation;
      const nodes = cy.nodes();
      cy.stop(true, false);
      nodes.stop(true, false);
      const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }] as const));
      const plan = LAYOUTS[id].plan(cy, context);
      withSeededRandom(LAYOUT_SEED, () =>
        cy.layout({ ...plan.options, animate: false, fit: false } as LayoutOptions).run(),
      );
      const planGuides = plan.guides ?? [];
      // Hidden (filtered-out) elements do not count in the frame.
      const shown = cy.elements().not('.filtered-out');
      // In a large graph the nodes' box is enough (edges lie between nodes) and spares computing
      // every edge's geometry before the first frame.
      const framed = shown.empty() ? cy.elements() : shown;
      const viewport = fitViewport(
        cy,
        large ? (framed.nodes() as unknown as Collection) : framed,
        planGuides,
      );
      guides.show(planGuides);
      if (!animate || !viewport) {
        if (viewport) cy.viewport(viewport);
        settled();
        return;
      }
      const after = new Map(nodes.map((n) => [n.id(), { ...n.position() }] as const));
      nodes.positions((n) => before.get(n.id()) ?? n.position());
      const options = { duration: LAYOUT_DURATION, easing: 'ease-in-out-cubic' as const };
      nodes.forEach((n) => {
        n.animate({ position: after.get(n.id()) ?? n.position() }, options);
      });
      cy.animation({ ...viewport, ...options })
        .play()
        .promise()
        .then(() => {
          if (run === generation) settled();
        });
    },
    frameInPlace() {
      ++generation;
      cy.stop(true, false);
      guides.show([]);
      const viewport = fitViewport(cy, cy.nodes() as unknown as Collection, []);
      if (viewport) cy.viewport(viewport);
      settled();
    },
    setPalette(next) {
      guides.setPalette(next);
    },
    destroy() {
      guides.destroy();
    },
  };
}
