import { describe, expect, it } from 'vitest';
import { bundledCorpusForTests } from './testCorpus';
import { knownExcept, scoreSource } from './evaluate';
import { ingestText } from './pipeline';

// Every span the pipeline proposes on the five bundled articles is a real passage of the body.
describe('ingest on the bundled corpus', () => {
  const { data, texts } = bundledCorpusForTests();
  for (const source of data.sources) {
    it(`proposes only valid spans inside the body of ${source.id}`, () => {
      const text = texts.get(source.id) ?? '';
      const body = source.body ?? [];
      const result = ingestText(text, { existing: knownExcept(data, source.id), body });
      const inBody = (s: { start: number; end: number }) =>
        body.some((b) => s.start >= b.start && s.end <= b.end);
      expect(result.relations.length).toBeGreaterThan(3);
      for (const r of result.relations) {
        expect(inBody(r.evidence)).toBe(true);
        expect(r.trigger.start).toBeGreaterThanOrEqual(r.evidence.start);
        expect(r.confidence).toBeGreaterThan(0);
      }
      for (const e of result.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const score = scoreSource(data, source.id, result);
      expect(score.invalidSpans).toBe(0);
      expect(score.entities.found).toBeGreaterThan(score.entities.gold / 2);
    });
  }
});
