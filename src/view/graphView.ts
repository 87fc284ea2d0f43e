import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset, KnowledgeGraph } from '../model/dataset';
import type { Selection } from '../model/selection';
import { nodeImportance, unavailableMetric, type SizeMetric } from '../model/metrics';
import { DEFAULT_LAYOUT, type LayoutId, type Theme } from '../model/viewSettings';
import { nodeTypesOf } from '../model/nodeTypes';
import { toElements } from './elements';
import { nodeSizeData } from './nodeLook';
import { createLayoutRunner, fitTargets, fitViewport } from './layouts/layoutRunner';
import { CANVAS_PALETTES } from './palette';
import { buildStylesheet, FONT_FAMILY } from './stylesheet';
import { highlight } from './highlight';
import { canvasTextMeasure, keepLabelsReadable, updateLabelDetail } from './labelDetail';
import { labelObstacles } from './labelObstacles';
import { followContainerSize, frameElements } from './camera';
import { moveCamera, zoomCamera } from './motion';
import { applyVisibility } from './visibility';
import type { Display } from '../model/neighbourhood';
import { applyFocusClasses, applyPins, frameFocus, framedElements } from './focus';
import { createHoverTracker, type HoverTracker } from './hover';
import { bindScalePointer } from './scalePointer';
import { applyNoted } from './notes';
import { applyMarked } from './marked';
import { LARGE_ZOOM, READABLE_LABELS_ELEMENTS, SMALL_ZOOM, isLargeGraph, rendererOptions } from './scale';
import { createPreviewSurface, type PreviewSurface } from './previewSurface';
import { addInSlices, type SliceAdd } from './sliceAdd';
import { createNeighbourhoodOverlay, type NeighbourhoodOverlay } from './neighbourhoodOverlay';
import { createEdgeLayer, type EdgeLayer } from './edgeLayer';
import { filePositions, hasFilePositions } from '../model/filePositions';

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
  /** A large graph is being added a slice at a time: the fraction added so far, null once all are in. */
  onLoading?(progress: { added: number; total: number } | null): void;
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
  /**
   * A canvas over the view for the first picture of a graph being opened (previewSurface.ts),
   * replacing any earlier one. It stays until a large graph is all in the view, a small graph is
   * drawn, or `endPreview` (the open failed or was cancelled).
   */
  beginPreview(): PreviewSurface | null;
  endPreview(): void;
  destroy(): void;
}

declare global {
  interface Window {
    /** The Cytoscape core, for end-to-end tests (canvas nodes are not in the DOM). */
    cy?: Core;
  }
}

/** How long the view rests after a pan before its labels are placed again, in ms. */
const PAN_REST_MS = 120;

/** A metric the graph's size allows (metrics.ts), else relations (degree). */
const usableMetric = (graph: KnowledgeGraph, metric: SizeMetric): SizeMetric =>
  unavailableMetric(graph, metric) === null ? metric : 'degree';

function createCore(container: HTMLElement, large: boolean): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: large ? LARGE_ZOOM.min : SMALL_ZOOM.min,
    maxZoom: large ? LARGE_ZOOM.max : SMALL_ZOOM.max,
    wheelSensitivity: 0.3,
    // Shift-drag draws a box (dragging alone pans); Cytoscape's own selection stays off
    // (autounselectify): the store holds the multi-selection, reported through `onBoxMark`.
    boxSelectionEnabled: true,
    selectionType: 'additive',
    autounselectify: true,
    // At scale a press on a node would lift it onto Cytoscape's drag layer, which redraws every
    // element; nodes stay put (a drag pans) and a click stays cheap.
    autoungrabify: large,
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
  // At scale: the selection and hover layer, and the edges (not Cytoscape elements there).
  let overlay: NeighbourhoodOverlay | null = null;
  let edges: EdgeLayer | null = null;
  let hover = bindCore(cy);
  const stopFollowingSize = followContainerSize(container, () => cy);
  // A large graph being added in slices (sliceAdd.ts): emphasis and marks wait for the last slice.
  let loading: SliceAdd | null = null;

  /** Binds the pointer to a new core; returns its hover tracker. */
  function bindCore(cy: Core): HoverTracker {
    const o = overlay;
    if (o)
      return bindScalePointer(cy, {
        onNode: (node, shift) =>
          shift && handlers.onToggleMark
            ? handlers.onToggleMark(node.id())
            : handlers.onSelect({ kind: 'node', id: node.id() }),
        onBackground: (shift) => {
          if (!shift) handlers.onSelect(null);
        },
        onExpand: (node) => handlers.onExpand?.(node.id()),
        onBox: (nodes) => {
          if (nodes.length > 0) handlers.onBoxMark?.(nodes.map((n) => n.id()));
        },
        onHover: (node) => o.setHovered(node),
      });
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
    // After a pan, labels are placed again for what came into view (and so that none is left cut at
    // an edge or under the toolbar): once the view rests, not on every frame of the drag, and not
    // when a zoom frame already placed them where the view came to rest.
    cy.on('pan', () => {
      if (large) return;
      clearTimeout(panRest);
      panRest = setTimeout(() => {
        const { x, y } = cy.pan();
        if (placedAt.zoom !== cy.zoom() || placedAt.x !== x || placedAt.y !== y) refreshLabels();
      }, PAN_REST_MS);
    });
    return createHoverTracker(cy);
  }

  let current: Selection | null = null;
  let display: Display | null = null;
  // Inside a focus or along paths a selection marks its neighbourhood without fading the rest:
  // they already narrow the view, and fading would undo them.
  // At scale only the neighbourhood is marked (no fading of the rest): restyling tens of
  // thousands of elements per click is what makes a naive page slow.
  // At scale the neighbourhood is drawn on an overlay instead (neighbourhoodOverlay.ts).
  const emphasise = () => {
    if (overlay) overlay.setSelection(current, (id) => display?.shown.edges.has(id) ?? true);
    else highlight(cy, current, !display?.inside && !display?.path);
  };
  const measure = canvasTextMeasure(FONT_FAMILY);
  // Where the view was when labels were last placed.
  let placedAt = { zoom: 0, x: 0, y: 0 };
  const refreshLabels = () => {
    if (large) return;
    updateLabelDetail(cy, measure, labelObstacles(container, layouts.guideTextBoxes()));
    placedAt = { zoom: cy.zoom(), ...cy.pan() };
  };

  // View settings, kept so that a new dataset is shown with them too.
  let graph: KnowledgeGraph | null = null;
  let layoutId: LayoutId = DEFAULT_LAYOUT;
  let sizeBy: SizeMetric = 'degree';
  let theme: Theme = 'light';
  let importance: ReadonlyMap<string, number> = new Map();
  let zoom = { target: 1, until: 0 };
  let detailFrame = 0;
  let panRest: ReturnType<typeof setTimeout> | undefined;
  let preview: PreviewSurface | null = null;
  const endPreview = () => {
    preview?.remove();
    preview = null;
  };
  let layouts = createLayoutRunner(cy, container, CANVAS_PALETTES[theme], refreshLabels, large);
  const placeNodes = (g: KnowledgeGraph, animate: boolean) =>
    layouts.run(
      layoutId,
      { graph: g, importance, selection: current, aspect: cy.width() / cy.height() },
      animate && !large,
    );

  /** A new core (and what is bound to it) when the graph's size class differs from the current one. */
  // A large graph always gets a fresh core: dropping the old one is cheaper than removing its elements.
  const switchSizeClass = (next: boolean, g: KnowledgeGraph) => {
    if (next === large && !next) return;
    large = next;
    loading?.cancel();
    loading = null;
    layouts.destroy();
    hover.destroy();
    overlay?.destroy();
    edges?.destroy();
    edges = null;
    cy.destroy();
    cy = createCore(container, large);
    overlay = large ? createNeighbourhoodOverlay(cy, g, CANVAS_PALETTES[theme]) : null;
    layouts = createLayoutRunner(cy, container, CANVAS_PALETTES[theme], refreshLabels, large);
    hover = bindCore(cy);
  };

  // What the store last asked to be shown, applied again once a large graph is all in.
  let marked: ReadonlySet<string> = new Set();
  let pinned: readonly string[] = [];
  let noted: ReadonlySet<string> = new Set();
  const applyState = () => {
    edges?.setDisplay(display);
    applyVisibility(cy, display?.shown ?? null);
    applyFocusClasses(cy, display);
    applyMarked(cy, marked);
    applyPins(cy, pinned);
    applyNoted(cy, noted);
    emphasise();
    hover.refresh();
  };

  /**
   * A large graph's nodes go in a slice at a time (sliceAdd.ts), placed where the file or
   * ForceAtlas2 put them (or by the layout once all are in); then they are framed, drawn, and the
   * edges are drawn on their own layer (edgeLayer.ts). Panning and zooming wait for the last slice.
   */
  const addLarge = (g: KnowledgeGraph, started: number) => {
    const nodes = toElements(g, importance, false);
    const positions = layoutId === 'positions' && hasFilePositions(g) ? filePositions(g) : null;
    if (positions) for (const n of nodes) n.position = positions.get(n.data.id!) ?? { x: 0, y: 0 };
    cy.userPanningEnabled(false);
    cy.userZoomingEnabled(false);
    loading = addInSlices(cy, nodes, {
      onProgress: (added, total) => handlers.onLoading?.({ added, total }),
      onDone: () => {
        loading = null;
        cy.userPanningEnabled(true);
        cy.userZoomingEnabled(true);
        if (positions) layouts.frameInPlace();
        else placeNodes(g, false);
        // After framing: the layer draws at once rather than waiting for the view to settle.
        edges = createEdgeLayer(cy, g, CANVAS_PALETTES[theme]);
        // The first picture goes once the frame with the whole graph (nodes and edge layer) is painted.
        cy.one('render', () => requestAnimationFrame(endPreview));
        applyState();
        handlers.onLoading?.(null);
        performance.measure('view:all-added', { start: started, detail: { nodes: g.order, edges: g.size } });
      },
    });
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
      switchSizeClass(isLargeGraph(graph.order, graph.size), graph);
      keepLabelsReadable(cy, graph.order + graph.size <= READABLE_LABELS_ELEMENTS);
      importance = nodeImportance(graph, usableMetric(graph, sizeBy));
      cy.style()
        .fromJson(buildStylesheet(CANVAS_PALETTES[theme], nodeTypesOf(graph), large))
        .update();
      if (large) {
        addLarge(graph, started);
        return;
      }
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toElements(dataset.graph, importance));
      });
      placeNodes(graph, false);
      // A first picture (a graph of over a thousand elements from a file) stays until this is painted.
      cy.one('render', () => requestAnimationFrame(endPreview));
      emphasise();
      refreshLabels();
      // For performance tools and the benchmark's profile script (bench/profile.ts).
      performance.measure('view:set-dataset', { start: started, detail: { nodes: graph.order } });
    },
    setSelection(selection) {
      current = selection;
      if (loading) return;
      emphasise();
      hover.refresh();
      refreshLabels();
      if (selection) frameElements(cy, cy.$('.focus, .neighbour').not('.filtered-out'));
    },
    setDisplay(next, frame = false) {
      display = next;
      if (loading) return;
      edges?.setDisplay(next);
      applyVisibility(cy, next?.shown ?? null);
      applyFocusClasses(cy, next);
      emphasise();
      hover.refresh();
      refreshLabels();
      if (frame) frameFocus(cy, framedElements(cy, next));
    },
    setMarked(ids) {
      marked = ids;
      if (!loading) applyMarked(cy, ids);
    },
    setPinned(ids) {
      pinned = ids;
      if (!loading) applyPins(cy, ids);
    },
    setNoted(ids) {
      noted = ids;
      if (!loading) applyNoted(cy, ids);
    },
    fit() {
      // A large graph being added is framed when its last slice is in.
      if (loading) return;
      // Frames what the filters leave visible as a layout does (fitView.ts): room for the toolbar
      // and the legend, and a handful of nodes not blown up to fill the screen.
      const viewport = fitViewport(cy, fitTargets(cy, large), []);
      if (viewport) moveCamera(cy, viewport, 300);
    },
    runLayout(id, apply = true) {
      layoutId = id;
      if (graph && apply && !loading) placeNodes(graph, true);
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
      overlay?.setPalette(palette);
      edges?.setPalette(palette);
    },
    zoomBy(factor) {
      // Quick successive clicks compound from where the running zoom is heading, not from mid-flight.
      const from = performance.now() < zoom.until ? zoom.target : cy.zoom();
      const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), from * factor));
      zoom = { target: level, until: performance.now() + 200 };
      const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.stop(true, false);
      zoomCamera(cy, level, renderedPosition, 200);
    },
    beginPreview() {
      endPreview();
      preview = createPreviewSurface(container, theme);
      return preview;
    },
    endPreview,
    destroy() {
      stopFollowingSize();
      endPreview();
      loading?.cancel();
      layouts.destroy();
      hover.destroy();
      overlay?.destroy();
      edges?.destroy();
      cancelAnimationFrame(detailFrame);
      clearTimeout(panRest);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
