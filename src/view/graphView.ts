import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset } from '../model/dataset';
import type { Selection } from '../model/selection';
import { toElements } from './elements';
import { forceLayout, LAYOUT_SEED } from './layout';
import { buildStylesheet, FONT_FAMILY } from './stylesheet';
import { withSeededRandom } from './seededRandom';
import { highlight } from './highlight';
import { canvasTextMeasure, updateLabelDetail } from './labelDetail';
import { frameElements } from './camera';

cytoscape.use(fcose);

export interface GraphViewHandlers {
  /** A click on a node, an edge, or the background (null). */
  onSelect(selection: Selection | null): void;
}

export interface GraphView {
  readonly cy: Core;
  setDataset(dataset: Dataset): void;
  setSelection(selection: Selection | null): void;
  fit(): void;
  destroy(): void;
}

declare global {
  interface Window {
    /** The Cytoscape core, for end-to-end tests (canvas nodes are not in the DOM). */
    cy?: Core;
  }
}

/**
 * The one owner of Cytoscape. Created once per container; React code talks to it only through
 * this interface (set data, set selection, fit), and it reports clicks through the handlers.
 */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers): GraphView {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.1,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  window.cy = cy;

  cy.on('tap', 'node, edge', (event) => {
    const target = event.target as cytoscape.SingularElementArgument;
    handlers.onSelect({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
  });
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.onSelect(null);
  });

  let current: Selection | null = null;
  const measure = canvasTextMeasure(FONT_FAMILY);
  const refreshLabels = () => updateLabelDetail(cy, measure);

  // Label level of detail follows the zoom, at most once per frame.
  let detailFrame = 0;
  cy.on('zoom', () => {
    if (detailFrame) return;
    detailFrame = requestAnimationFrame(() => {
      detailFrame = 0;
      refreshLabels();
    });
  });

  return {
    cy,
    setDataset(dataset) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toElements(dataset.graph));
      });
      withSeededRandom(LAYOUT_SEED, () => cy.layout(forceLayout()).run());
      highlight(cy, current);
      refreshLabels();
    },
    setSelection(selection) {
      current = selection;
      highlight(cy, selection);
      refreshLabels();
      if (selection) frameElements(cy, cy.$('.focus, .neighbour'));
    },
    fit() {
      cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
    },
    destroy() {
      cancelAnimationFrame(detailFrame);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
