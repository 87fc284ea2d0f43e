import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset, KnowledgeGraph } from '../model/dataset';
import type { Selection } from '../model/selection';
import { nodeImportance, unavailableMetric, type SizeMetric } from '../model/metrics';
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
import { isLargeGraph, rendererOptions } from './scale';

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
  /** The current core: a new one replaces it when a graph crosses LARGE_GRAPH_ELEMENTS (scale.ts). */
  readonly cy: Core;
  /** Large-graph mode (scale.ts) is on for the graph shown. */
  readonly large: boolean;
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

/** A metric the graph's size allows (metrics.ts), else relations (degree). */
const usableMetric = (graph: KnowledgeGraph, metric: SizeMetric): SizeMetric =>
  unavailableMetric(graph, metric) === null ? metric : 'degree';

function createCore(container: HTMLElement, large: boolean): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: large ? 0.02 : 0.1,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    // Shift-drag draws a box (dragging alone pans); Cytoscape's own selection stays off
    // (autounselectify): the store holds the multi-selection, reported through `onBoxMark`.
    boxSelectionEnabled: true,
    selectionType: 'additive',
    autounselectify: true,
    ...rendererOptions(large),
  });
  window.cy = cy;
  return cy;
}

/**
 * The one owner of Cytoscape. Created once per container; React code talks to it only through
 * this interface (set data, set selection, fit), and it reports clicks through the handlers.
 */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers): GraphView {
  // Renderer options are fixed when a core is created: a graph that crosses LARGE_GRAPH_ELEMENTS
  // gets a new core (createCore), with these handlers bound again.
  let large = false;
  let cy = createCore(container, large);
  let hover = createHoverTracker(cy, large);
  bindCore(cy);

  function bindCore(cy: Core): void {
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
    // Label level of detail follows the zoom, at most once per frame (small graphs only: large
    // ones cull labels in the stylesheet).
    cy.on('zoom', () => {
      if (detailFrame || large) return;
      detailFrame = requestAnimationFrame(() => {
        detailFrame = 0;
        refreshLabels();
      });
    });
  }

  let current: Selection | null = null;
  let display: Display | null = null;
  // Inside a focus or along paths a selection marks its neighbourhood without fading the rest:
  // they already narrow the view, and fading would undo them.
  // At scale only the neighbourhood is marked (no fading of the rest): restyling tens of
  // thousands of elements per click is what makes a naive page slow.
  const emphasise = () => highlight(cy, current, !large && !display?.inside && !display?.path);
  const measure = canvasTextMeasure(FONT_FAMILY);
  const refreshLabels = () => {
    if (!large) updateLabelDetail(cy, measure);
  };

  // View settings, kept so that a new dataset is shown with them too.
  let graph: KnowledgeGraph | null = null;
  let layoutId: LayoutId = DEFAULT_LAYOUT;
  let sizeBy: SizeMetric = 'degree';
  let theme: Theme = 'light';
  let importance: ReadonlyMap<string, number> = new Map();
  let zoom = { target: 1, until: 0 };
  let detailFrame = 0;
  let layouts = createLayoutRunner(cy, container, CANVAS_PALETTES[theme], refreshLabels, large);
  const placeNodes = (g: KnowledgeGraph, animate: boolean) =>
    layouts.run(
      layoutId,
      { graph: g, importance, selection: current, aspect: cy.width() / cy.height() },
      animate && !large,
    );

  /** A new core (and what is bound to it) when the graph's size class differs from the current one. */
  const switchSizeClass = (next: boolean) => {
    if (next === large) return;
    large = next;
    layouts.destroy();
    hover.destroy();
    cy.destroy();
    cy = createCore(container, large);
    hover = createHoverTracker(cy, large);
    layouts = createLayoutRunner(cy, container, CANVAS_PALETTES[theme], refreshLabels, large);
    bindCore(cy);
  };

  return {
    get cy() {
      return cy;
    },
    get large() {
      return large;
    },
    setDataset(dataset) {
      const started = performance.now();
      graph = dataset.graph;
      switchSizeClass(isLargeGraph(graph.order, graph.size));
      importance = nodeImportance(graph, usableMetric(graph, sizeBy));
      cy.style()
        .fromJson(buildStylesheet(CANVAS_PALETTES[theme], nodeTypesOf(graph), large))
        .update();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toElements(dataset.graph, importance));
      });
      placeNodes(graph, false);
      emphasise();
      refreshLabels();
      // For performance tools and the benchmark's profile script (bench/profile.ts).
      performance.measure('view:set-dataset', { start: started, detail: { nodes: graph.order } });
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
      const eles = shown.empty() ? cy.elements() : shown;
      if (!large) {
        cy.animate({ fit: { eles, padding: 40 } }, { duration: 300 });
        return;
      }
      // At scale the nodes' box without labels frames the same and spares measuring every label
      // and every edge's geometry.
      const box = eles.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
      const padding = 40;
      const level = Math.max(
        cy.minZoom(),
        Math.min(
          cy.maxZoom(),
          (cy.width() - 2 * padding) / Math.max(box.w, 1),
          (cy.height() - 2 * padding) / Math.max(box.h, 1),
        ),
      );
      const pan = {
        x: (cy.width() - level * (box.x1 + box.x2)) / 2,
        y: (cy.height() - level * (box.y1 + box.y2)) / 2,
      };
      cy.animate({ zoom: level, pan }, { duration: 300 });
    },
    runLayout(id, apply = true) {
      layoutId = id;
      if (graph && apply) placeNodes(graph, true);
    },
    setSizeBy(metric, apply = true) {
      sizeBy = metric;
      if (!graph || !apply) return;
      importance = nodeImportance(graph, usableMetric(graph, metric));
      cy.batch(() => cy.nodes().forEach((n) => void n.data(nodeSizeData(importance.get(n.id()) ?? 0))));
      refreshLabels();
    },
    setTheme(next) {
      theme = next;
      const palette = CANVAS_PALETTES[next];
      cy.style()
        .fromJson(buildStylesheet(palette, graph ? nodeTypesOf(graph) : undefined, large))
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
