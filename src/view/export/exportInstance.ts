import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { KnowledgeGraph } from '../../model/dataset';
import type { Visibility } from '../../model/filters';
import { edgeElement } from '../elements';
import { EDGE_FONT } from '../labelDetail';
import { buildStylesheet } from '../stylesheet';
import { CANVAS_PALETTES, type CanvasPalette } from '../palette';

/** What the picture's ground is: the light or the dark theme's, or none. */
export const EXPORT_BACKGROUNDS = ['light', 'dark', 'transparent'] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];

export const exportPalette = (background: ExportBackground): CanvasPalette =>
  background === 'dark' ? CANVAS_PALETTES.dark : CANVAS_PALETTES.light;

/**
 * The export's own look on top of the app's stylesheet: labels at their own size (not the screen
 * zoom's), on one line so each name is one text, relation labels only when asked. Which labels are
 * drawn, and where, is decided by placeExportLabels (the screen's rules), through the classes.
 */
function exportStyles(edgeLabels: boolean): StylesheetJson {
  return [
    { selector: 'node', style: { 'text-wrap': 'none', 'font-size': 'data(fontSize)' } },
    { selector: 'edge', style: edgeLabels ? { 'font-size': EDGE_FONT } : { label: '' } },
  ];
}

/**
 * Copies the scope's nodes from the on-screen graph (their data, type classes and positions), and
 * makes its edges from the model: a large graph's edges are not Cytoscape elements on screen.
 */
function scopeElements(source: Core, graph: KnowledgeGraph, scope: Visibility): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  source.nodes().forEach((n) => {
    if (!scope.nodes.has(n.id())) return;
    const classes = n.classes().filter((c) => c.startsWith('type-'));
    out.push({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() }, classes });
  });
  graph.forEachEdge((id, attrs, s, t) => {
    if (scope.edges.has(id) && scope.nodes.has(s) && scope.nodes.has(t))
      out.push(edgeElement(id, attrs, s, t));
  });
  return out;
}

/**
 * Runs `draw` on a second Cytoscape holding only the scope, with the app's stylesheet and the
 * on-screen positions, in a detached off-screen container, then destroys it: the graph on screen
 * is never touched, so it never flickers.
 */
export async function withExportInstance<T>(
  source: Core,
  scope: Visibility,
  look: {
    background: ExportBackground;
    edgeLabels: boolean;
    types: readonly string[];
    graph: KnowledgeGraph;
  },
  draw: (cy: Core) => Promise<T> | T,
): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: '800px',
    height: '600px',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const stylesheet = [
    ...(buildStylesheet(exportPalette(look.background), look.types) as unknown[]),
    ...(exportStyles(look.edgeLabels) as unknown[]),
  ] as StylesheetJson;
  const cy = cytoscape({
    container,
    style: stylesheet,
    elements: scopeElements(source, look.graph, scope),
    layout: { name: 'preset', fit: false },
    autounselectify: true,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
  });
  try {
    return await draw(cy);
  } finally {
    cy.destroy();
    container.remove();
  }
}
