import type { Collection, Core, LayoutOptions } from 'cytoscape';
import type { LayoutId } from '../../model/viewSettings';
import { fitBox, type Viewport } from '../fitView';
import { prefersReducedMotion } from '../motion';
import type { CanvasPalette } from '../palette';
import { withSeededRandom } from '../seededRandom';
import { createGuideOverlay, type GuideBox } from './guides';
import { LAYOUTS } from './registry';
import type { LayoutContext, LayoutGuide } from './types';

/** Seed of the random start of randomized layouts (fcose), so a layout always draws the same picture. */
export const LAYOUT_SEED = 20140212;
/** How long positions and the camera take to move to a new layout, in ms. */
export const LAYOUT_DURATION = 500;

export interface LayoutRunner {
  /** Places the nodes with layout `id` and fits them in view, animated or at once. */
  run(id: LayoutId, context: LayoutContext, animate: boolean): void;
  /** Frames the nodes where they already are (a large graph added with its positions), without a layout. */
  frameInPlace(): void;
  /** The screen boxes of the guide texts shown now (timeline years, band names), for labels to avoid. */
  guideTextBoxes(): GuideBox[];
  setPalette(palette: CanvasPalette): void;
  destroy(): void;
}

/**
 * The zoom and pan that frame `eles` at their current positions (with room for their labels), and
 * the guide anchors. Undefined in a headless or empty view.
 */
export function fitViewport(
  cy: Core,
  eles: Collection,
  guides: readonly LayoutGuide[],
): Viewport | undefined {
  if (eles.empty()) return undefined;
  return fitBox(
    eles.boundingBox({ includeLabels: false }),
    guides,
    { width: cy.width(), height: cy.height() },
    { min: cy.minZoom(), max: cy.maxZoom() },
  );
}

/**
 * What a frame fits: the elements the filters leave shown (all of them when they leave none). In a
 * large graph only the nodes: their box is enough (edges lie between nodes) and spares computing
 * every edge's geometry.
 */
export function fitTargets(cy: Core, large: boolean): Collection {
  const shown = cy.elements().not('.filtered-out');
  const framed = shown.empty() ? cy.elements() : shown;
  return large ? (framed.nodes() as unknown as Collection) : framed;
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
      const viewport = fitViewport(cy, fitTargets(cy, large), planGuides);
      guides.show(planGuides);
      if (!animate || !viewport || prefersReducedMotion()) {
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
    guideTextBoxes: () => guides.textBoxes(),
    setPalette(next) {
      guides.setPalette(next);
    },
    destroy() {
      guides.destroy();
    },
  };
}
