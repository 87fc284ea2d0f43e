import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../authoring/compile';
import { ingestText } from './pipeline';
import { guessMeta, toAuthoring, uniqueQuote } from './authoringForm';
import { htmlToText } from './htmlText';

const text = readFileSync(join(import.meta.dirname, 'fixtures', '2019-06-30-dmz-meeting.txt'), 'utf8');

describe('authoring form', () => {
  it('grows a quote until it occurs once', () => {
    const t = 'Kim met Moon. Kim met Trump.';
    const r = uniqueQuote(t, { start: 0, end: 7 });
    expect(r && t.slice(r.start, r.end)).toBe('Kim met Moon.');
  });

  it('guesses title and date from the text', () => {
    expect(guessMeta(text)).toEqual({
      title: 'Trump meets Kim at the DMZ',
      published: '2019-06-30',
    });
  });

  it("guesses a date written the wire services' way", () => {
    expect(guessMeta('Talks resume\n\nSEOUL, Nov. 4, 2025 (Yonhap) -- The two Koreas met.')).toEqual({
      title: 'Talks resume',
      published: '2025-11-04',
      publisher: 'Yonhap News Agency',
    });
  });

  it('writes YAML that the corpus compiler accepts, with the proposed relations as edges', () => {
    const body = { start: 0, end: text.trimEnd().length };
    const result = ingestText(text, { body: [body] });
    const meta = {
      id: 'dmz',
      title: 'Trump meets Kim',
      publisher: 'Test',
      published: '2019-06-30',
      file: 'dmz.txt',
    };
    const form = toAuthoring(result, meta, body, new Map());
    const compiled = compileCorpus({
      entities: { path: 'entities.yaml', content: form.entities },
      articles: [{ path: 'dmz.yaml', content: form.article }],
      readText: (f) => (f === 'dmz.txt' ? text : undefined),
    });
    if (!compiled.ok)
      throw new Error(compiled.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
    const edges = compiled.data.edges.map((e) => `${e.source} ${e.relation} ${e.target}`);
    expect(edges).toContain('moon-jae-in praised donald-trump');
    expect(edges).toContain('kim-jong-un leader of north-korea');
    const us = compiled.data.nodes.find((n) => n.id === 'united-states');
    expect(us?.aliases).toEqual(['U.S.']);
    expect(us?.mentions?.map((m) => text.slice(m.start, m.end))).toEqual(['U.S.']);
    for (const e of compiled.data.edges)
      for (const ev of e.evidence ?? []) expect(ev.end).toBeGreaterThan(ev.start);
  });

  it('reads HTML as text, never as markup', () => {
    expect(htmlToText('<p>Seoul &amp; Tokyo</p><script>alert(1)</script><p>met</p>')).toBe(
      'Seoul & Tokyo\n\nmet\n',
    );
  });
});
