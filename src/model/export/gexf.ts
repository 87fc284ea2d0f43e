import { MultiGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { edgeRecord, nodeRecord, type Appearance, type FlatRecord } from './records';

/** Joins the passages of one relation in XML attribute values, where line breaks do not survive. */
export const XML_LIST_SEPARATOR = ' | ';

/** Colours GEXF's viz element can hold (the writer reads hex and rgb() only). */
const VIZ_COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|rgba?\([^)]*\))$/i;

function splitViz(record: FlatRecord) {
  const { label, x, y, size, color, ...attributes } = record;
  const viz: Record<string, number | string> = {};
  if (typeof x === 'number' && typeof y === 'number') Object.assign(viz, { x, y });
  if (typeof size === 'number') viz.size = size;
  if (typeof color === 'string' && VIZ_COLOR.test(color)) viz.color = color;
  else if (color !== undefined) attributes.color = color;
  return { label: String(label), attributes, viz };
}

/**
 * The scope as GEXF 1.3 (Gephi): node label, type, kind, description, dates, aliases, file
 * attributes, and the canvas position and colour as `viz`; edges with relation, date, modality,
 * the exact quoted passages and their articles. Undirected relations stay undirected.
 */
export function toGexf(dataset: Dataset, scope: Visibility, look: Appearance = {}): string {
  const { graph } = dataset;
  const out = new MultiGraph();
  for (const id of graph.nodes()) if (scope.nodes.has(id)) out.addNode(id, nodeRecord(dataset, id, look));
  graph.forEachEdge((id, attrs, source, target) => {
    if (!scope.edges.has(id) || !out.hasNode(source) || !out.hasNode(target)) return;
    const record = edgeRecord(dataset, id, XML_LIST_SEPARATOR);
    if (attrs.undirected) out.addUndirectedEdgeWithKey(id, source, target, record);
    else out.addDirectedEdgeWithKey(id, source, target, record);
  });
  return write(out, {
    version: '1.3',
    formatNode: (_key, attrs) => splitViz(attrs as FlatRecord),
    formatEdge: (_key, attrs) => {
      const { weight, relation, color, ...attributes } = attrs as FlatRecord;
      const viz = typeof color === 'string' && VIZ_COLOR.test(color) ? { color } : undefined;
      if (color !== undefined && !viz) attributes.color = color;
      return {
        label: String(relation),
        attributes: { relation, ...attributes },
        ...(typeof weight === 'number' ? { weight } : {}),
        ...(viz ? { viz } : {}),
      };
    },
  });
}
