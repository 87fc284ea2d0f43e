import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { typeStyle } from '../palette';
import { FONT_FAMILY } from '../stylesheet';
import { exportPalette } from './exportInstance';
import type { ImagePlan, ImageRequest } from './imagePlan';
import { shapePath } from './shapes';

cytoscape.use(svgExtension);

const SVG_NS = 'http://www.w3.org/2000/svg';
type SvgCore = Core & { svg(options: { full: boolean; scale: number; maxWidth: number }): string };

/**
 * canvas2svg writes a label's halo (strokeText) and its letters (fillText) as two <text>s. Each
 * pair becomes one <text> that paints its stroke under its fill, so every label is one text.
 */
function mergeTextOutlines(root: Element): void {
  const texts = [...root.getElementsByTagName('text')];
  texts.forEach((halo, i) => {
    const letters = texts[i + 1];
    if (!letters || halo.getAttribute('fill') !== 'none' || !halo.hasAttribute('stroke')) return;
    const same = (name: string) => halo.getAttribute(name) === letters.getAttribute(name);
    if (
      halo.textContent !== letters.textContent ||
      !same('x') ||
      !same('y') ||
      halo.parentNode !== letters.parentNode
    ) {
      return;
    }
    for (const name of ['stroke', 'stroke-width', 'stroke-opacity']) {
      const value = halo.getAttribute(name);
      if (value !== null) letters.setAttribute(name, value);
    }
    letters.setAttribute('stroke-linejoin', 'round');
    letters.setAttribute('paint-order', 'stroke');
    halo.remove();
  });
}

function el(doc: Document, name: string, attrs: Record<string, string | number>): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * The picture as an SVG document: the graph as Cytoscape draws it (paths, and labels as text),
 * nested at its place in the layout, with the legend and caption as SVG shapes and text.
 * `mergeOutlines` makes each label one <text> (paint-order); the PDF keeps halo and letters apart,
 * as svg2pdf does not know paint-order.
 */
export function renderSvgDocument(
  cy: Core,
  request: ImageRequest,
  plan: ImagePlan,
  mergeOutlines = true,
): Document {
  const { layout, size, box } = plan;
  const palette = exportPalette(request.background);
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(size.width));
  root.setAttribute('height', String(size.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute('font-family', FONT_FAMILY);
  if (request.background !== 'transparent') {
    root.append(
      el(doc, 'rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: palette.background }),
    );
  }
  if (!cy.elements().empty()) {
    const drawn = new DOMParser().parseFromString(
      (cy as SvgCore).svg({ full: true, scale: 1, maxWidth: Number.MAX_VALUE }),
      'image/svg+xml',
    ).documentElement;
    if (mergeOutlines) mergeTextOutlines(drawn);
    const graph = el(doc, 'svg', {
      x: layout.graph.x,
      y: layout.graph.y,
      width: box.w,
      height: box.h,
      viewBox: `0 0 ${box.w} ${box.h}`,
      overflow: 'visible',
    });
    graph.setAttribute('class', 'graph');
    for (const child of [...drawn.childNodes]) graph.append(doc.importNode(child, true));
    root.append(graph);
  }
  const extras = el(doc, 'g', { class: 'legend-and-caption' });
  for (const sw of layout.swatches) {
    const style = typeStyle(request.types, sw.type, palette);
    extras.append(
      el(doc, 'path', {
        d: shapePath(style.shape, sw.cx, sw.cy, sw.size),
        fill: style.color,
        stroke: style.border,
        'stroke-width': 1.5,
      }),
    );
  }
  if (layout.dashed) {
    const { x1, x2, y } = layout.dashed;
    extras.append(
      el(doc, 'line', {
        x1,
        x2,
        y1: y,
        y2: y,
        stroke: palette.edgeHighlight,
        'stroke-width': 1.5,
        'stroke-dasharray': '5 3',
      }),
    );
  }
  for (const t of layout.texts) {
    const text = el(doc, 'text', {
      x: t.x,
      y: t.y,
      'font-size': t.px,
      fill: palette.label,
      ...(t.bold ? { 'font-weight': 'bold' } : {}),
    });
    text.textContent = t.text;
    extras.append(text);
  }
  if (extras.childNodes.length > 0) root.append(extras);
  return doc;
}

export function renderSvg(cy: Core, request: ImageRequest, plan: ImagePlan): Blob {
  const xml = new XMLSerializer().serializeToString(renderSvgDocument(cy, request, plan));
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`], { type: 'image/svg+xml' });
}
