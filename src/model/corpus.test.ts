import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileCorpusFromDisk,
  GRAPH_JSON,
  readSourceTexts,
  serializeGraph,
} from '../../scripts/corpusFiles';
import type { CorpusData as GraphData } from './schema';
import { validateGraphData } from './validate';
import { relationDescriptor } from './vocabulary';

// Tests of the bundled corpus itself: the committed graph.json against its authoring files and texts.
let committed: GraphData;
let texts: Map<string, string>;

beforeAll(() => {
  committed = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as GraphData;
  texts = readSourceTexts(committed);
});

describe('the bundled corpus', () => {
  it('is up to date with graph-data/authoring (run `npm run build:graph` when this fails)', () => {
    const compiled = compileCorpusFromDisk();
    if (!compiled.ok)
      throw new Error(compiled.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
    expect(readFileSync(GRAPH_JSON, 'utf8')).toBe(serializeGraph(compiled.data));
  });

  it('passes the schema and cross-reference checks against its texts', () => {
    const result = validateGraphData(committed, texts);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has five verbatim sources and every span inside its text and non-empty', () => {
    expect(committed.sources).toHaveLength(5);
    const spans = [
      ...committed.edges.flatMap((e) => e.evidence),
      ...committed.nodes.flatMap((n) => n.mentions ?? []),
    ];
    for (const span of spans) {
      const text = texts.get(span.source);
      expect(text, span.source).toBeDefined();
      expect(span.end).toBeLessThanOrEqual(text?.length ?? 0);
      expect(text?.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
    }
  });

  it('backs every edge with evidence inside its article body, and names every node', () => {
    const bodies = new Map(committed.sources.map((s) => [s.id, s.body ?? []]));
    for (const edge of committed.edges) {
      expect(edge.evidence.length, edge.id).toBeGreaterThan(0);
      for (const span of edge.evidence) {
        const inBody = (bodies.get(span.source) ?? []).some(
          (b) => span.start >= b.start && span.end <= b.end,
        );
        expect(inBody, `${edge.id} evidence at ${span.source}:${span.start}`).toBe(true);
      }
    }
    for (const node of committed.nodes) expect(node.mentions?.length ?? 0, node.id).toBeGreaterThan(0);
  });

  it('uses only the relation vocabulary, with endpoint types it allows', () => {
    const types = new Map(committed.nodes.map((n) => [n.id, n.type]));
    for (const edge of committed.edges) {
      const d = relationDescriptor(edge.relation);
      expect(d, edge.relation).toBeDefined();
      expect(d?.from, edge.id).toContain(types.get(edge.source));
      expect(d?.to, edge.id).toContain(types.get(edge.target));
    }
  });

  it('is the size a careful reading gives, with the relations the card asks for', () => {
    expect(committed.nodes.length).toBeGreaterThanOrEqual(80);
    expect(committed.edges.length).toBeGreaterThanOrEqual(120);
    const relations = new Set(committed.edges.map((e) => e.relation));
    for (const r of ['met at', 'threatened', 'suspended']) expect(relations).toContain(r);
  });

  it('keeps one node per real-world thing', () => {
    const named = (name: string) =>
      committed.nodes.filter((n) => n.label === name || n.aliases.includes(name));
    for (const [a, b] of [
      ['Kim Jong Un', 'Kim Jong-un'],
      ['Kim Jong Un', 'Kim Jong-Un'],
      ['Panmunjom', 'Panmunjon'],
    ] as const) {
      expect(named(a)).toHaveLength(1);
      expect(named(a)[0]?.id).toBe(named(b)[0]?.id);
    }
  });
});
