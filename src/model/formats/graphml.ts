import { assemble, type RawEdge, type RawNode } from './assemble';
import type { ColumnChoice, ConvertResult } from './importTypes';
import { childElements, firstChild, originOf, parseXmlText, type XmlElement } from './xmlText';
import { asNumber, asText } from './values';

interface KeyDef {
  name: string;
  type: string;
  /** yEd's graphics blocks (`yfiles.type="nodegraphics"`): shape, position, colour and label. */
  yfiles?: string;
  fallback?: string;
}

function typed(type: string, value: string): unknown {
  switch (type) {
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return asNumber(value) ?? value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

function keyModel(root: XmlElement): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const k of childElements(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    const def: KeyDef = {
      name: k.getAttribute('attr.name') || id,
      type: k.getAttribute('attr.type') || 'string',
    };
    const yfiles = k.getAttribute('yfiles.type');
    if (yfiles) def.yfiles = yfiles;
    const fallback = firstChild(k, 'default')?.textContent;
    if (fallback != null) def.fallback = fallback;
    keys.set(id, def);
  }
  return keys;
}

/** yEd's `<y:ShapeNode>`: the label text, the centre of its geometry and its fill colour. */
function yedGraphics(block: XmlElement, attrs: Record<string, unknown>) {
  for (const shape of childElements(block)) {
    const geometry = firstChild(shape, 'Geometry');
    if (geometry) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => asNumber(geometry.getAttribute(k)));
      // yEd's y grows downwards; the model's positions (like Gephi's and sigma's) grow upwards.
      if (x !== undefined && y !== undefined)
        Object.assign(attrs, { x: x + (w ?? 0) / 2, y: -(y + (h ?? 0) / 2) });
    }
    const fill = firstChild(shape, 'Fill')?.getAttribute('color');
    if (fill) attrs.color = fill.length === 9 ? fill.slice(0, 7) : fill;
    const label = asText(
      firstChild(shape, 'NodeLabel')?.textContent?.trim() ??
        firstChild(shape, 'EdgeLabel')?.textContent?.trim(),
    );
    if (label !== undefined) attrs.label = label;
  }
}

function collect(el: XmlElement, keys: Map<string, KeyDef>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const data of childElements(el, 'data')) {
    const def = keys.get(data.getAttribute('key') ?? '');
    if (def?.yfiles) {
      if (def.yfiles === 'nodegraphics' || def.yfiles === 'edgegraphics') yedGraphics(data, attrs);
      continue;
    }
    attrs[def?.name ?? data.getAttribute('key') ?? 'data'] = typed(
      def?.type ?? 'string',
      data.textContent ?? '',
    );
  }
  for (const k of keys.values()) {
    if (k.fallback !== undefined && !(k.name in attrs) && !k.yfiles)
      attrs[k.name] = typed(k.type, k.fallback);
  }
  // Gephi writes colours as r, g, b columns; Cytoscape desktop names nodes with "name".
  const [r, g, b] = ['r', 'g', 'b'].map((c) => asNumber(attrs[c]));
  if (attrs.color === undefined && r !== undefined && g !== undefined && b !== undefined) {
    attrs.color = `rgb(${r},${g},${b})`;
    for (const c of ['r', 'g', 'b']) delete attrs[c];
  }
  return attrs;
}

/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX): `<key>` declarations with names, types and
 * defaults, `<data>` values, the graph's default edge direction and per-edge `directed`, and yEd's
 * graphics (label, position, fill colour). Only the first graph is read; nested graphs are flattened.
 */
export function convertGraphml(text: string, name: string, columns?: ColumnChoice): ConvertResult {
  const xml = parseXmlText(text, name);
  if (!xml.ok) return xml;
  if (xml.root.localName !== 'graphml')
    return {
      ok: false,
      issues: [{ path: name, message: `not GraphML: the root element is <${xml.root.tagName}>` }],
    };
  const graph = firstChild(xml.root, 'graph');
  if (!graph) return { ok: false, issues: [{ path: name, message: 'GraphML without a <graph> element' }] };
  const keys = keyModel(xml.root);
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  const walk = (g: XmlElement) => {
    const undirectedByDefault = g.getAttribute('edgedefault') === 'undirected';
    for (const el of childElements(g)) {
      if (el.localName === 'node') {
        nodes.push({ id: el.getAttribute('id') ?? '', attrs: collect(el, keys), origin: originOf(name, el) });
        for (const inner of childElements(el, 'graph')) walk(inner);
      } else if (el.localName === 'edge') {
        const directed = el.getAttribute('directed');
        const id = el.getAttribute('id');
        edges.push({
          ...(id ? { id } : {}),
          source: el.getAttribute('source') ?? '',
          target: el.getAttribute('target') ?? '',
          undirected: directed === null || directed === '' ? undirectedByDefault : directed === 'false',
          attrs: collect(el, keys),
          origin: originOf(name, el),
        });
      }
    }
  };
  walk(graph);
  return { ok: true, ...assemble(nodes, edges, columns ? { columns } : {}) };
}
