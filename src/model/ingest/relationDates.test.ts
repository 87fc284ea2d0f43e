import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
import { applyReview, effectiveRelation, newReview, relationProblem } from './review';
import { datesIn, relationDate } from './relationDates';
import { buildDataset } from '../dataset';
import type { KnownEntity } from './types';

const existing: KnownEntity[] = [
  { id: 'north-korea', type: 'actor', kind: 'state', label: 'North Korea', aliases: [], existing: true },
  { id: 'south-korea', type: 'actor', kind: 'state', label: 'South Korea', aliases: [], existing: true },
  { id: 'japan', type: 'actor', kind: 'state', label: 'Japan', aliases: [], existing: true },
];
// Published on a Sunday.
const published = '2022-03-06';
const dated = (text: string, pub: string | undefined = published) =>
  ingestText(text, { existing, ...(pub ? { published: pub } : {}) }).relations.map(
    (r) => `${r.source} ${r.relation} ${r.target}${r.date ? ` @${r.date}` : ''}`,
  );

describe('datesIn', () => {
  it('reads written dates at day, month and year precision', () => {
    expect(
      datesIn('talks on march 3, 2022 and 4 april 2021, in may 2020, in 2019 (1950-53)').map((d) => d.date),
    ).toEqual(['2022-03-03', '2021-04-04', '2020-05', '2019']);
  });

  it('counts weekdays and "last month" back from the publication date', () => {
    expect(datesIn('on sunday', published).map((d) => d.date)).toEqual(['2022-03-06']);
    expect(datesIn('last sunday', published).map((d) => d.date)).toEqual(['2022-02-27']);
    expect(datesIn('on tuesday', published).map((d) => d.date)).toEqual(['2022-03-01']);
    expect(datesIn('yesterday', published).map((d) => d.date)).toEqual(['2022-03-05']);
    expect(datesIn('last month', published).map((d) => d.date)).toEqual(['2022-02']);
    expect(datesIn('on tuesday')).toEqual([]);
  });

  it('counts forward for what is planned, and for "next" and "tomorrow"', () => {
    expect(datesIn('on tuesday', published, true).map((d) => d.date)).toEqual(['2022-03-08']);
    expect(datesIn('on sunday', published, true).map((d) => d.date)).toEqual(['2022-03-06']);
    expect(datesIn('next sunday', published).map((d) => d.date)).toEqual(['2022-03-13']);
    expect(datesIn('tomorrow', published).map((d) => d.date)).toEqual(['2022-03-07']);
    expect(datesIn('next month', published).map((d) => d.date)).toEqual(['2022-04']);
    expect(datesIn('on february 2', published, true).map((d) => d.date)).toEqual(['2023-02-02']);
  });

  it('gives "on December 30" the year before when that day is after publication', () => {
    expect(datesIn('on december 30', published).map((d) => d.date)).toEqual(['2021-12-30']);
    expect(datesIn('on february 2', published).map((d) => d.date)).toEqual(['2022-02-02']);
  });
});

describe('relation dates', () => {
  it('dates a relation by its sentence, relative days from the publication date', () => {
    expect(dated('North Korea warned Japan on Tuesday.')).toContain('north-korea warned japan @2022-03-01');
    expect(dated('In 2019 North Korea praised South Korea.')).toContain(
      'north-korea praised south-korea @2019',
    );
  });

  it('dates a planned relation on the weekday to come, not the one past', () => {
    expect(dated('North Korea will meet Japan on Tuesday.')).toContain(
      'north-korea met with japan @2022-03-08',
    );
    expect(dated('North Korea and Japan agreed to restore ties on Friday.')).toContain(
      'north-korea restored ties with japan @2022-03-11',
    );
  });

  it('takes the date nearest the trigger when the sentence has two', () => {
    expect(dated('After talks in 2018 broke down, North Korea warned Japan on January 4, 2022.')).toContain(
      'north-korea warned japan @2022-01-04',
    );
  });

  it('falls back on an earlier date in the same paragraph, never another paragraph', () => {
    const text = 'On Friday tensions rose.\nNorth Korea warned Japan.\n\nSouth Korea praised Japan.';
    expect(dated(text)).toEqual(
      expect.arrayContaining(['north-korea warned japan @2022-03-04', 'south-korea praised japan']),
    );
  });

  it('does not date a relation by a year in a relative clause after its passage', () => {
    expect(dated('North Korea warned Japan, which had sent troops in 2016.')).toEqual([
      'north-korea warned japan',
    ]);
    expect(dated('In 2016 North Korea warned Japan, which had sent troops.')).toEqual([
      'north-korea warned japan @2016',
    ]);
  });

  it('leaves standing relations and undated sentences undated', () => {
    expect(dated('North Korea warned Japan.')).toEqual(['north-korea warned japan']);
    expect(
      relationDate(
        'X is leader of Y in 2019.',
        { start: 0, end: 25 },
        { relation: 'leader of', trigger: { start: 2, end: 4 } },
      ),
    ).toBeUndefined();
  });
});

describe('editing a relation date in the review', () => {
  const text = 'North Korea warned Japan on Tuesday.';
  const base = buildDataset(
    { sources: [], nodes: existing.map(({ existing: _e, ...n }) => ({ ...n, aliases: [] })), edges: [] },
    new Map(),
  );
  const review = newReview(
    { id: 'a1', title: 'T', publisher: 'P', published, text },
    ingestText(text, { existing, published }),
  );
  const warned = review.relations[0]!;

  it('keeps the date on the edge (its id too, as the corpus compiler does)', () => {
    const out = applyReview(base, { ...review, decisions: { [warned.id]: 'accepted' } });
    expect(out.graph.getEdgeAttribute('north-korea--warned--japan--2022-03-01', 'date')).toBe('2022-03-01');
  });

  it('lets the person change or clear it, and refuses a malformed one', () => {
    const edit = (date: string) => ({ ...review, edits: { [warned.id]: { date } } });
    expect(effectiveRelation(edit('2022-02'), warned).date).toBe('2022-02');
    expect(effectiveRelation(edit(''), warned).date).toBeUndefined();
    expect(relationProblem(edit('March'), effectiveRelation(edit('March'), warned))).toMatch(
      /not YYYY-MM-DD/,
    );
    const cleared = applyReview(base, { ...edit(''), decisions: { [warned.id]: 'accepted' } });
    expect(cleared.graph.hasEdge('north-korea--warned--japan')).toBe(true);
  });
});

describe('relations to an event', () => {
  it('are left undated: the event carries the date', () => {
    const text = 'On Tuesday North Korea and Japan resumed the fisheries talks.';
    const r = ingestText(text, { existing, published });
    const part = r.relations.filter((x) => x.relation === 'participated in');
    expect(part.length).toBeGreaterThan(0);
    expect(part.map((x) => x.date)).toEqual(part.map(() => undefined));
  });
});
