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
import { applyNoted } from './notes';
import { applyMarked } from './marked';

cytoscape.use(fcose);

export interface GraphViewHandlers {
  /** A click on a node, an edge, or the background (null). */
  onSelect(selection: Selection | null): void;
  /** A double click on a node: its neighbours join the focus. */
  onExpand?(id: string): void;
  /** A shift-click on a node: it joins or leaves the multi-selection. */
  onToggleMark?(id: string): void;
  /** A shift-drag box: the nodes in it join the multi-selection. */
  onBoxMark?(ids: string[]): void;
}

export interface GraphView {
  readonly cy: Core;
  setDataset(dataset: Dataset): void;
  setSelection(selection: Selection | null): void;
  /** Marks the multi-selection. */
  setMarked(ids: ReadonlySet<string>): void;
  /** Shows what filters, focus and traced paths leave (null: all); `frame` brings the focus or paths into view. */
  setDisplay(display: Display | null, frame?: boolean): void;
  /** Locks these nodes where they are, marked as pinned; unlocks the others. */
  setPinned(ids: readonly string[]): void;
  /** Marks the nodes that carry one of the person's notes. */
  setNoted(ids: ReadonlySet<string>): void;
  fit(): void;
  /**
   * Places the nodes with a layout (animated unless no graph is shown yet), then fits them in view.
   * `apply: false` only records the choice for the next dataset (a new graph is about to replace this one).
   */
  runLayout(id: LayoutId, apply?: boolean): void;
  /** Sizes nodes and their labels by a metric, without moving them (`apply: false`: for the next dataset). */
  setSizeBy(metric: SizeMetric, apply?: boolean): void;
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
    // Shift-drag draws a box (dragging alone pans); Cytoscape's own selection stays off
    // (autounselectify): the store holds the multi-selection, reported through `onBoxMark`.
    boxSelectionEnabled: true,
    selectionType: 'additive',
    autounselectify: true,
  });
  window.cy = cy;

  const shift = (event: cytoscape.EventObject) =>
    (event.originalEvent as MouseEvent | undefined)?.shiftKey === true;
  cy.on('tap', 'node, edge', (event) => {
    const target = event.target as cytoscape.SingularElementArgument;
    if (target.isNode() && shift(event) && handlers.onToggleMark) handlers.onToggleMark(target.id());
    else handlers.onSelect({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
  });
  cy.on('tap', (event) => {
    // A shift-click on the background is a box that did not grow: it keeps the multi-selection.
    if (event.target === cy && !shift(event)) handlers.onSelect(null);
  });
  // 'box' fires once per element in the box, so the ids are gathered and reported once.
  let boxed: string[] = [];
  cy.on('box', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    if (!node.visible()) return;
    if (boxed.length === 0)
      queueMicrotask(() => {
        const ids = boxed;
        boxed = [];
        handlers.onBoxMark?.(ids);
      });
    boxed.push(node.id());
  });
  // Cytoscape calls any two quick taps a double tap, even on two nodes (quick shift-clicks that
  // mark several): only two taps on the same node, without shift, expand it.
  const taps: [string | null, string | null] = [null, null];
  cy.on('tap', (event) => {
    taps.shift();
    taps.push(event.target === cy ? null : (event.target as cytoscape.SingularElementArgument).id());
  });
  cy.on('dbltap', 'node', (event) => {
    const id = (event.target as cytoscape.NodeSingular).id();
    if (!shift(event) && taps[0] === id) handlers.onExpand?.(id);
  });

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
    setMarked(ids) {
      applyMarked(cy, ids);
    },
    setPinned(ids) {
      applyPins(cy, ids);
    },
    setNoted(ids) {
      applyNoted(cy, ids);
    },
    fit() {
      // Frames what the filters leave visible (the whole graph when they leave nothing).
      const shown = cy.elements().not('.filtered-out');
      cy.animate({ fit: { eles: shown.empty() ? cy.elements() : shown, padding: 40 } }, { duration: 300 });
    },
    runLayout(id, apply = true) {
      layoutId = id;
      if (graph && apply) placeNodes(graph, true);
    },
    setSizeBy(metric, apply = true) {
      sizeBy = metric;
      if (!graph || !apply) return;
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
