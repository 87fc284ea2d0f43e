import type { AttributeValue } from '../schema';
import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { XML_LIST_SEPARATOR } from './gexf';
import { columnsOf, edgeRecord, nodeRecord, type Appearance, type FlatRecord } from './records';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
/** Text as XML character data or attribute value; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"'\n\r\t]/g, (c) => XML_ESCAPES[c] ?? c);
}

type KeyType = 'boolean' | 'int' | 'double' | 'string';

/** The narrowest GraphML type holding every value of a key. */
function keyType(values: AttributeValue[]): KeyType {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v) && Math.abs(v as number) <= 0x7fffffff)
      ? 'int'
      : 'double';
  }
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

function declareKeys(records: FlatRecord[], first: string[], prefix: string): Key[] {
  return columnsOf(records, first)
    .filter((name) => records.some((r) => r[name] !== undefined))
    .map((name, i) => ({ id: `${prefix}${i}`, name, type: keyType(records.map((r) => r[name] ?? null)) }));
}

function dataLines(keys: Key[], record: FlatRecord): string[] {
  return keys
    .filter((k) => record[k.name] !== undefined && record[k.name] !== null)
    .map((k) => `      <data key="${k.id}">${escapeXml(String(record[k.name]))}</data>`);
}

function element(open: string, data: string[], tag: string): string {
  return data.length === 0 ? `    ${open}/>` : [`    ${open}>`, ...data, `    </${tag}>`].join('\n');
}

/**
 * The scope as GraphML (yEd, Cytoscape desktop, NetworkX): every field of `nodeRecord` and
 * `edgeRecord` as a typed `<key>`, edges directed unless the relation is undirected.
 * graphology-graphml only parses, hence this writer; its parser reads the output back.
 */
export function toGraphml(dataset: Dataset, scope: Visibility, look: Appearance = {}): string {
  const { graph } = dataset;
  const nodes = graph.filterNodes((id) => scope.nodes.has(id));
  const kept = new Set(nodes);
  const edges = graph.filterEdges((id, _a, s, t) => scope.edges.has(id) && kept.has(s) && kept.has(t));
  const nodeRecords = nodes.map((id) => nodeRecord(dataset, id, look));
  const edgeRecords = edges.map((id) => edgeRecord(dataset, id, XML_LIST_SEPARATOR));
  const nodeKeys = declareKeys(nodeRecords, ['label', 'type'], 'n');
  const edgeKeys = declareKeys(edgeRecords, ['relation'], 'e');
  // Mixed graphs default to undirected and mark each directed edge: graphology's reader (and
  // others) honour `directed="true"` but not `directed="false"`.
  const mixed = edges.some((id) => graph.getEdgeAttribute(id, 'undirected'));
  const keyLine = (scopeName: 'node' | 'edge') => (k: Key) =>
    `  <key id="${k.id}" for="${scopeName}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(keyLine('node')),
    ...edgeKeys.map(keyLine('edge')),
    `  <graph id="${escapeXml(dataset.title ?? 'G')}" edgedefault="${mixed ? 'undirected' : 'directed'}">`,
    ...nodes.map((id, i) =>
      element(`<node id="${escapeXml(id)}"`, dataLines(nodeKeys, nodeRecords[i]!), 'node'),
    ),
    ...edges.map((id, i) => {
      const directed = mixed && !graph.getEdgeAttribute(id, 'undirected') ? ' directed="true"' : '';
      const open = `<edge id="${escapeXml(id)}" source="${escapeXml(graph.source(id))}" target="${escapeXml(graph.target(id))}"${directed}`;
      return element(open, dataLines(edgeKeys, edgeRecords[i]!), 'edge');
    }),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
