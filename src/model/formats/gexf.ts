import type { DataIssue } from '../validate';
import { assemble, type RawEdge, type RawNode } from './assemble';
import type { ColumnChoice, ConvertResult } from './importTypes';
import { childElements, firstChild, originOf, parseXmlText, type XmlElement } from './xmlText';
import { asText } from './values';

interface AttributeDef {
  title: string;
  type: string;
  fallback?: unknown;
}

/** A GEXF attvalue as its declared type says (integer, double, boolean, …; lists stay text). */
function typed(type: string, value: string): unknown {
  switch (type.toLowerCase()) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

function attributeModel(graph: XmlElement, cls: 'node' | 'edge'): Map<string, AttributeDef> {
  const model = new Map<string, AttributeDef>();
  for (const block of childElements(graph, 'attributes')) {
    if ((block.getAttribute('class') ?? 'node') !== cls) continue;
    for (const a of childElements(block, 'attribute')) {
      const id = a.getAttribute('id') ?? '';
      const type = a.getAttribute('type') ?? 'string';
      const def: AttributeDef = { title: a.getAttribute('title') || id, type };
      const fallback = firstChild(a, 'default')?.textContent;
      if (fallback != null) def.fallback = typed(type, fallback);
      model.set(id, def);
    }
  }
  return model;
}

function vizColor(el: XmlElement): string | undefined {
  const hex = el.getAttribute('hex');
  if (hex) return hex.startsWith('#') ? hex : `#${hex}`;
  const [r, g, b, a] = ['r', 'g', 'b', 'a'].map((k) => el.getAttribute(k));
  if (!r || !g || !b) return undefined;
  return a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

/** label, weight, kind, start, declared attvalues (and defaults), then viz colour, position and size. */
function collect(el: XmlElement, model: Map<string, AttributeDef>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const key of ['label', 'weight', 'kind', 'start', 'end', 'pid']) {
    const v = el.getAttribute(key);
    if (v) attrs[key] = key === 'weight' ? Number(v) : v;
  }
  for (const block of childElements(el, 'attvalues')) {
    for (const av of childElements(block, 'attvalue')) {
      const id = av.getAttribute('for') ?? av.getAttribute('id') ?? '';
      const def = model.get(id);
      const title = def?.title ?? id;
      // A GEXF "label" attribute duplicates the element's label: the element's wins.
      if (title in attrs && title === 'label') continue;
      attrs[title] = typed(def?.type ?? 'string', av.getAttribute('value') ?? '');
    }
  }
  for (const def of model.values())
    if (!(def.title in attrs) && def.fallback !== undefined) attrs[def.title] = def.fallback;
  for (const child of childElements(el)) {
    switch (child.localName) {
      case 'color': {
        const c = vizColor(child);
        if (c) attrs.color = c;
        break;
      }
      case 'position':
        for (const k of ['x', 'y', 'z']) {
          const v = child.getAttribute(k);
          if (v) attrs[k] = Number(v);
        }
        break;
      case 'size': {
        const v = child.getAttribute('value');
        if (v) attrs.size = Number(v);
        break;
      }
      case 'thickness': {
        const v = child.getAttribute('value');
        if (v) attrs.thickness = Number(v);
        break;
      }
      case 'shape':
        if (child.getAttribute('value')) attrs.shape = child.getAttribute('value');
        break;
    }
  }
  return attrs;
}

/**
 * GEXF 1.1 to 1.3, in any namespace (Gephi's old `http://www.gephi.org/gexf` too): nodes, edges
 * (directed, undirected or mutual, per edge or by the graph's default), declared attributes with
 * their types and defaults, and `viz` colour, position and size. Dangling edges and duplicate ids
 * are kept for validation to name (with their line).
 */
export function convertGexf(text: string, name: string, columns?: ColumnChoice): ConvertResult {
  const xml = parseXmlText(text, name);
  if (!xml.ok) return xml;
  if (xml.root.localName !== 'gexf')
    return {
      ok: false,
      issues: [{ path: name, message: `not GEXF: the root element is <${xml.root.tagName}>` }],
    };
  const graph = firstChild(xml.root, 'graph');
  if (!graph) return { ok: false, issues: [{ path: name, message: 'GEXF without a <graph> element' }] };
  const defaultType = graph.getAttribute('defaultedgetype') || 'undirected';
  const nodeModel = attributeModel(graph, 'node');
  const edgeModel = attributeModel(graph, 'edge');
  const warnings: DataIssue[] = [];

  const nodes: RawNode[] = [];
  for (const block of childElements(graph, 'nodes')) {
    for (const el of childElements(block, 'node')) {
      const id = el.getAttribute('id') ?? '';
      nodes.push({ id, attrs: collect(el, nodeModel), origin: originOf(name, el) });
    }
  }
  const edges: RawEdge[] = [];
  for (const block of childElements(graph, 'edges')) {
    for (const el of childElements(block, 'edge')) {
      const type = el.getAttribute('type') || defaultType;
      const id = el.getAttribute('id');
      edges.push({
        ...(id ? { id } : {}),
        source: el.getAttribute('source') ?? '',
        target: el.getAttribute('target') ?? '',
        undirected: type !== 'directed',
        attrs: collect(el, edgeModel),
        origin: originOf(name, el),
      });
    }
  }
  const meta = firstChild(xml.root, 'meta');
  const title = meta && asText(firstChild(meta, 'title')?.textContent ?? undefined);
  return {
    ok: true,
    ...assemble(nodes, edges, { ...(title ? { title } : {}), ...(columns ? { columns } : {}), warnings }),
  };
}
