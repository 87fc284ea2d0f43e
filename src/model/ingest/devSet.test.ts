import { describe, expect, it } from 'vitest';
import { compileCorpusFromDisk, readSourceTexts } from '../../../scripts/corpusFiles';
import {
  compileDevSet,
  compileFreshSet,
  DEV_SET_DIR,
  FRESH_SET_DIR,
  mergeCorpora,
} from '../../../scripts/devSet';
import type { CorpusData, Span } from '../schema';
import { knownExcept } from './evaluate';

// The ingest dev set (fixtures/dev): four articles written for tuning, and the fresh set
// (fixtures/fresh): four written and annotated by another hand for measuring, both with hand-made
// gold in the bundled corpus's authoring form. Each must compile, point only at real passages, be
// dense enough to measure with, and name a thing the bundled corpus (or the dev set) also names
// exactly as it does there.
function compiled(result: ReturnType<typeof compileCorpusFromDisk>): CorpusData {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.data;
}

const SETS = [
  { name: 'dev', compile: compileDevSet, dir: DEV_SET_DIR, maxWords: 600, earlier: [] as CorpusData[] },
  {
    name: 'fresh',
    compile: compileFreshSet,
    dir: FRESH_SET_DIR,
    maxWords: 650,
    earlier: [compiled(compileDevSet())],
  },
];

describe.each(SETS)('the ingest $name set', ({ compile, dir, maxWords, earlier }) => {
  const dev = compiled(compile());
  // The bundled corpus, and for the fresh set the dev set too: what a shared node must match.
  const bundled = earlier.reduce(mergeCorpora, compiled(compileCorpusFromDisk()));
  const texts = readSourceTexts(dev, dir);

  it(`compiles to four articles of 350-${maxWords} words, none of them an article of another set`, () => {
    expect(dev.sources).toHaveLength(4);
    for (const s of dev.sources) {
      expect(bundled.sources.map((b) => b.id)).not.toContain(s.id);
      const words = (texts.get(s.id) ?? '').split(/\s+/).filter(Boolean).length;
      expect(words, s.id).toBeGreaterThanOrEqual(350);
      expect(words, s.id).toBeLessThanOrEqual(maxWords);
    }
  });

  it('puts every edge evidence and every mention inside its source text and body', () => {
    const spans: Span[] = [...dev.edges.flatMap((e) => e.evidence), ...dev.nodes.flatMap((n) => n.mentions)];
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const text = texts.get(span.source);
      const source = dev.sources.find((s) => s.id === span.source);
      expect(text, span.source).toBeDefined();
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text?.length ?? 0);
      expect((text ?? '').slice(span.start, span.end).trim()).not.toBe('');
      const inBody = (source?.body ?? []).some((b) => span.start >= b.start && span.end <= b.end);
      expect(inBody, `${span.source} ${span.start}-${span.end}`).toBe(true);
    }
  });

  it('has at least 20 gold relations per article', () => {
    for (const s of dev.sources) {
      const relations = dev.edges.filter((e) => e.evidence.some((sp) => sp.source === s.id));
      expect(relations.length, s.id).toBeGreaterThanOrEqual(20);
    }
  });

  it('gives a node the bundled corpus also has the same type, kind, label, aliases and date', () => {
    const shared = dev.nodes.filter((n) => bundled.nodes.some((b) => b.id === n.id));
    expect(shared.length).toBeGreaterThan(10);
    const form = (n: CorpusData['nodes'][number]) => ({
      type: n.type,
      kind: n.kind,
      label: n.label,
      aliases: n.aliases,
      date: n.date,
    });
    for (const n of shared) expect(form(n), n.id).toEqual(form(bundled.nodes.find((b) => b.id === n.id)!));
  });

  it('knows, for one of its articles, the earlier sets’ nodes and its other articles’ nodes, not its own', () => {
    const merged = mergeCorpora(bundled, dev);
    const [first] = dev.sources;
    const known = new Set(knownExcept(merged, first?.id ?? '').map((k) => k.id));
    expect(known.has('north-korea')).toBe(true);
    expect(known.has('kim-jong-un')).toBe(true);
    const inBundled = (id: string) => bundled.nodes.some((b) => b.id === id);
    const onlyHere = dev.nodes.filter(
      (n) => !inBundled(n.id) && n.mentions.every((m) => m.source === first?.id),
    );
    expect(onlyHere.length).toBeGreaterThan(0);
    for (const n of onlyHere) expect(known.has(n.id), n.id).toBe(false);
    // a node of the bundled corpus is known even when only this dev article names it among the dev ones
    const bundledHere = dev.nodes.filter(
      (n) => inBundled(n.id) && n.mentions.every((m) => m.source === first?.id),
    );
    for (const n of bundledHere) expect(known.has(n.id), n.id).toBe(true);
  });
});
