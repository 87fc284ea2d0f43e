import { describe, expect, it } from 'vitest';
import { compileCorpus, type CorpusInput } from './compile';

// A tiny article with the typography of the real ones: curly quotes, a non-breaking space.
const TEXT = [
  'Site header: Kim Jong Un merch on sale!',
  '',
  'Moon Jae-In said on Wednesday that he would talk to North Korea’s leader Kim Jong Un.',
  'Seoul blamed a North Korean torpedo for the sinking.\u00a0Later, “Kim” met Moon at Panmunjom.',
  'Kim Jong Un praised Moon.',
  '',
  'Advertisements',
].join('\n');

const ENTITIES = `
- id: kim-jong-un
  type: actor
  kind: person
  label: Kim Jong Un
  aliases: [Kim]
- id: moon-jae-in
  type: actor
  label: Moon Jae-In
  aliases: [Moon]
- id: north-korea
  type: actor
  label: North Korea
- id: south-korea
  type: actor
  label: South Korea
- id: panmunjom
  type: place
  label: Panmunjom
`;

const article = (relations: string, extra = '') => `
source:
  id: test-article
  title: Test
  publisher: Test Wire
  published: "2018-01-10"
  file: sources/test.txt
body:
  - from: "Moon Jae-In said on Wednesday"
    to: "Kim Jong Un praised Moon."
mentions:
  - node: south-korea
    quote: "Seoul blamed"
    text: Seoul
${extra}
relations:
${relations}
`;

const OK_RELATIONS = `
  - source: kim-jong-un
    relation: leader of
    target: north-korea
    quote: "North Korea's leader Kim Jong Un"
  - source: kim-jong-un
    relation: met at
    target: panmunjom
    quote: 'Later, "Kim" met Moon at Panmunjom.'
  - source: kim-jong-un
    relation: praised
    target: moon-jae-in
    quote: Kim Jong Un praised Moon.
`;

function input(articleYaml: string, entities = ENTITIES): CorpusInput {
  return {
    entities: { path: 'entities.yaml', content: entities },
    articles: [{ path: 'articles/test.yaml', content: articleYaml }],
    readText: (file) => (file === 'sources/test.txt' ? TEXT : undefined),
  };
}

function errorsOf(articleYaml: string, entities = ENTITIES) {
  const result = compileCorpus(input(articleYaml, entities));
  if (result.ok) throw new Error('expected the compile to fail');
  return result.errors;
}

describe('compileCorpus', () => {
  it('resolves quotes typed with straight quotes and spaces to offsets in the original text', () => {
    const result = compileCorpus(input(article(OK_RELATIONS)));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const edges = result.data.edges;
    expect(edges.map((e) => e.id)).toEqual([
      'kim-jong-un--leader-of--north-korea',
      'kim-jong-un--met-at--panmunjom',
      'kim-jong-un--praised--moon-jae-in',
    ]);
    const metAt = edges[1]?.evidence[0];
    expect(metAt && TEXT.slice(metAt.start, metAt.end)).toBe('Later, “Kim” met Moon at Panmunjom.');
    const leader = edges[0]?.evidence[0];
    expect(leader && TEXT.slice(leader.start, leader.end)).toBe('North Korea’s leader Kim Jong Un');
  });

  it('finds mentions by name inside the body only, longest name first, explicit ones winning', () => {
    const result = compileCorpus(input(article(OK_RELATIONS)));
    if (!result.ok) throw new Error('compile failed');
    const named = (id: string) =>
      result.data.nodes.find((n) => n.id === id)?.mentions?.map((m) => TEXT.slice(m.start, m.end));
    // "Kim Jong Un merch" in the site header is furniture: not a mention.
    expect(named('kim-jong-un')).toEqual(['Kim Jong Un', 'Kim', 'Kim Jong Un']);
    expect(named('moon-jae-in')).toEqual(['Moon Jae-In', 'Moon', 'Moon']);
    expect(named('south-korea')).toEqual(['Seoul']);
    expect(named('north-korea')).toEqual(['North Korea']);
  });

  it('merges the same relation stated in several articles into one edge with all passages', () => {
    const second = article(OK_RELATIONS).replace('id: test-article', 'id: test-article-2');
    const result = compileCorpus({
      ...input(article(OK_RELATIONS)),
      articles: [
        { path: 'a.yaml', content: article(OK_RELATIONS) },
        { path: 'b.yaml', content: second },
      ],
    });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.data.edges).toHaveLength(3);
    expect(result.data.edges[0]?.evidence.map((e) => e.source)).toEqual(['test-article', 'test-article-2']);
  });

  it('is deterministic', () => {
    const a = compileCorpus(input(article(OK_RELATIONS)));
    const b = compileCorpus(input(article(OK_RELATIONS)));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('fails with file and line when a quote is missing', () => {
    const errors = errorsOf(
      article(`${OK_RELATIONS}
  - source: kim-jong-un
    relation: threatened
    target: south-korea
    quote: Kim threatened Seoul with fire`),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'articles/test.yaml', line: 34 });
    expect(errors[0]?.message).toMatch(/quote not found.*Kim threatened Seoul/);
  });

  it('fails when a quote is ambiguous', () => {
    const errors = errorsOf(
      article(`
  - source: kim-jong-un
    relation: praised
    target: moon-jae-in
    quote: Moon`),
    );
    expect(errors[0]?.message).toMatch(/ambiguous.*occurs 3 times/);
    expect(errors[0]?.line).toBe(21);
  });

  it('fails when an edge names an unknown node, relation or wrong endpoint types', () => {
    const errors = errorsOf(
      article(`
  - source: kim-jong-un
    relation: leader of
    target: kim-yo-jong
    quote: Kim Jong Un praised Moon.
  - source: panmunjom
    relation: leader of
    target: north-korea
    quote: Kim Jong Un praised Moon.
  - source: kim-jong-un
    relation: adored
    target: moon-jae-in
    quote: Kim Jong Un praised Moon.`),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'unknown node "kim-yo-jong"',
      '"leader of" runs from an actor to an actor: "panmunjom" is a place',
      '"adored" is not in the relation vocabulary (src/model/vocabulary.ts)',
    ]);
    expect(errors.map((e) => e.line)).toEqual([20, 23, 27]);
  });

  it('fails when two nodes claim the same alias', () => {
    const entities = `${ENTITIES}
- id: kim-yo-jong
  type: actor
  label: Kim Yo Jong
  aliases: [Kim]
`;
    const errors = errorsOf(article(OK_RELATIONS), entities);
    expect(
      errors.some((e) => e.file === 'entities.yaml' && /"Kim" is claimed by two nodes/.test(e.message)),
    ).toBe(true);
  });

  it('fails when evidence lies outside the body', () => {
    const errors = errorsOf(
      article(`
  - source: kim-jong-un
    relation: praised
    target: moon-jae-in
    quote: Kim Jong Un merch`),
    );
    expect(errors[0]?.message).toMatch(/outside the article body/);
  });

  it('fails when a node is never mentioned', () => {
    const entities = `${ENTITIES}
- id: hanoi
  type: place
  label: Hanoi
`;
    const errors = errorsOf(article(OK_RELATIONS), entities);
    expect(errors).toEqual([
      { file: 'entities.yaml', line: 21, message: expect.stringMatching(/"hanoi" is never named/) },
    ]);
  });

  it('reports schema problems with their line', () => {
    const errors = errorsOf(
      article(OK_RELATIONS).replace('published: "2018-01-10"', 'published: "2018-13-01"'),
    );
    expect(errors[0]).toMatchObject({ line: 6 });
    expect(errors[0]?.message).toMatch(/source\.published: must be an ISO 8601 date/);
  });
});

describe('compileCorpus consistency checks', () => {
  it('refuses one relation stated with two modalities', () => {
    const planned = article(OK_RELATIONS)
      .replace('id: test-article', 'id: test-article-2')
      .replace(
        '    relation: praised\n    target: moon-jae-in\n',
        '    relation: praised\n    target: moon-jae-in\n    modality: planned\n',
      );
    const result = compileCorpus({
      ...input(article(OK_RELATIONS)),
      articles: [
        { path: 'a.yaml', content: article(OK_RELATIONS) },
        { path: 'b.yaml', content: planned },
      ],
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.file, e.message])).toEqual([
      ['b.yaml', expect.stringMatching(/stated elsewhere as fact but here as planned/)],
    ]);
  });

  it('refuses overlapping explicit mentions', () => {
    const errors = errorsOf(
      article(OK_RELATIONS).replace(
        'mentions:\n',
        'mentions:\n  - node: north-korea\n    quote: "Seoul blamed a"\n    text: Seoul blamed\n',
      ),
    );
    expect(errors[0]?.message).toMatch(/overlaps another explicit mention \(of "north-korea"\)/);
  });
});
