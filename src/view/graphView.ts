import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset, KnowledgeGraph } from '../model/dataset';
import type { Selection } from '../model/selection';
import { nodeImportance, type SizeMetric } from '../model/metrics';
import { DEFAULT_LAYOUT, type LayoutId, type Theme } from '../model/viewSettings';
import { nodeTypesOf } from '../model/nodeTypes';
import { nodeSizeData, toElements } from './elements';
import { createLayoutRunner } from './layouts/layoutRunner';
import { CANVAS_PALETTES } from './palette';
import { buildStylesheet, FONT_FAMILY } from './stylesheet';
import { highlight } from './highlight';
import { canvasTextMeasure, updateLabelDetail } from './labelDetail';
import { frameElements } from './camera';
import { applyVisibility } from './visibility';
import type { Display } from '../model/neighbourhood';
import { applyFocusClasses, applyPins, frameFocus, framedElements } from './focus';
import { createHoverTracker } from './hover';

cytoscape.use(fcose);

export interface GraphViewHandlers {
  /** A click on a node, an edge, or the background (null). */
  onSelect(selection: Selection | null): void;
  /** A double click on a node: its neighbours join the focus. */
  onExpand?(id: string): void;
}

export interface GraphView {
  readonly cy: Core;
  setDataset(dataset: Dataset): void;
  setSelection(selection: Selection | null): void;
  /** Shows what filters, focus and traced paths leave (null: all); `frame` brings the focus or paths into view. */
  setDisplay(display: Display | null, frame?: boolean): void;
  /** Locks these nodes where they are, marked as pinned; unlocks the others. */
  setPinned(ids: readonly string[]): void;
  fit(): void;
  /** Places the nodes with a layout (animated unless no graph is shown yet), then fits them in view. */
  runLayout(id: LayoutId): void;
  /** Sizes nodes and their labels by a metric, without moving them. */
  setSizeBy(metric: SizeMetric): void;
  setTheme(theme: Theme): void;
  /** Zooms about the centre of the view by `factor` (> 1 zooms in), with a short animation. */
  zoomBy(factor: number): void;
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
  cy.on('dbltap', 'node', (event) => handlers.onExpand?.((event.target as cytoscape.NodeSingular).id()));

  let current: Selection | null = null;
  let display: Display | null = null;
  // Inside a focus or along paths a selection marks its neighbourhood without fading the rest:
  // they already narrow the view, and fading would undo them.
  const emphasise = () => highlight(cy, current, !display?.inside && !display?.path);
  const hover = createHoverTracker(cy);
  const measure = canvasTextMeasure(FONT_FAMILY);
  const refreshLabels = () => updateLabelDetail(cy, measure);

  // View settings, kept so that a new dataset is shown with them too.
  let graph: KnowledgeGraph | null = null;
  let layoutId: LayoutId = DEFAULT_LAYOUT;
  let sizeBy: SizeMetric = 'degree';
  let theme: Theme = 'light';
  let importance: ReadonlyMap<string, number> = new Map();
  let zoom = { target: 1, until: 0 };
  const layouts = createLayoutRunner(cy, container, CANVAS_PALETTES.light, refreshLabels);
  const placeNodes = (g: KnowledgeGraph, animate: boolean) =>
    layouts.run(
      layoutId,
      { graph: g, importance, selection: current, aspect: cy.width() / cy.height() },
      animate,
    );

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
      graph = dataset.graph;
      importance = nodeImportance(graph, sizeBy);
      cy.style()
        .fromJson(buildStylesheet(CANVAS_PALETTES[theme], nodeTypesOf(graph)))
        .update();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toElements(dataset.graph, importance));
      });
      placeNodes(graph, false);
      emphasise();
      refreshLabels();
    },
    setSelection(selection) {
      current = selection;
      emphasise();
      hover.refresh();
      refreshLabels();
      if (selection) frameElements(cy, cy.$('.focus, .neighbour').not('.filtered-out'));
    },
    setDisplay(next, frame = false) {
      display = next;
      applyVisibility(cy, next?.shown ?? null);
      applyFocusClasses(cy, next);
      emphasise();
      hover.refresh();
      refreshLabels();
      if (frame) frameFocus(cy, framedElements(cy, next));
    },
    setPinned(ids) {
      applyPins(cy, ids);
    },
    fit() {
      // Frames what the filters leave visible (the whole graph when they leave nothing).
      const shown = cy.elements().not('.filtered-out');
      cy.animate({ fit: { eles: shown.empty() ? cy.elements() : shown, padding: 40 } }, { duration: 300 });
    },
    runLayout(id) {
      layoutId = id;
      if (graph) placeNodes(graph, true);
    },
    setSizeBy(metric) {
      sizeBy = metric;
      if (!graph) return;
      importance = nodeImportance(graph, metric);
      cy.batch(() => cy.nodes().forEach((n) => void n.data(nodeSizeData(importance.get(n.id()) ?? 0))));
      refreshLabels();
    },
    setTheme(next) {
      theme = next;
      const palette = CANVAS_PALETTES[next];
      cy.style()
        .fromJson(buildStylesheet(palette, graph ? nodeTypesOf(graph) : undefined))
        .update();
      container.style.background = palette.background;
      layouts.setPalette(palette);
    },
    zoomBy(factor) {
      // Quick successive clicks compound from where the running zoom is heading, not from mid-flight.
      const from = performance.now() < zoom.until ? zoom.target : cy.zoom();
      const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), from * factor));
      zoom = { target: level, until: performance.now() + 200 };
      const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.stop(true, false);
      cy.animate({ zoom: { level, renderedPosition } }, { duration: 200 });
    },
    destroy() {
      layouts.destroy();
      hover.destroy();
      cancelAnimationFrame(detailFrame);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
