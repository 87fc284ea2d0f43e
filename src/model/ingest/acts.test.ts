// Unit tests of events named by the verb that does them ("blew up the office", "shot dead a
// tourist"), on invented sentences, not corpus or dev-set sentences.
import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
import type { KnownEntity } from './types';

const existing: KnownEntity[] = [
  { id: 'north-korea', type: 'actor', kind: 'state', label: 'North Korea', aliases: [], existing: true },
  { id: 'south-korea', type: 'actor', kind: 'state', label: 'South Korea', aliases: [], existing: true },
  { id: 'kcna', type: 'actor', kind: 'news-agency', label: 'KCNA', aliases: [], existing: true },
  {
    id: 'rail-depot',
    type: 'place',
    kind: 'facility',
    label: 'Sinuiju rail depot',
    aliases: ['rail depot'],
    existing: true,
  },
  { id: 'ferry', type: 'actor', kind: 'ship', label: 'Sewol ferry', aliases: [], existing: true },
  {
    id: 'ferry-sinking',
    type: 'event',
    kind: 'sinking',
    label: 'Sinking of the Sewol ferry (2014)',
    aliases: [],
    existing: true,
  },
];
const read = (text: string) => ingestText(text, { existing });
const triples = (text: string) => read(text).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
const events = (text: string) =>
  read(text)
    .entities.filter((e) => e.type === 'event')
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('acts named by their verb', () => {
  it('reads "X blew up <place>" as a demolition X carried out, held at the place', () => {
    const text = 'North Korea blew up the rail depot on Tuesday.';
    expect(events(text)).toEqual(['demolition-of-sinuiju-rail-depot: blew up']);
    expect(triples(text)).toEqual(
      expect.arrayContaining([
        'north-korea carried out demolition-of-sinuiju-rail-depot',
        'demolition-of-sinuiju-rail-depot held at rail-depot',
      ]),
    );
  });

  it('takes later words for the same act, and "the blast", as that event', () => {
    const text =
      'North Korea blew up the rail depot on Tuesday. Officials said the North demolished the two-story building at noon. KCNA confirmed the demolition. The blast was heard miles away.';
    expect(events(text)).toEqual([
      'demolition-of-sinuiju-rail-depot: blew up | demolished | the demolition | The blast',
    ]);
    // A news agency confirming an event reports it; it does not agree to it.
    expect(triples(text)).toContain('kcna reported demolition-of-sinuiju-rail-depot');
    expect(triples(text)).not.toContain('kcna agreed to demolition-of-sinuiju-rail-depot');
  });

  it('links an act on something a known event names to that event, by verb or by noun', () => {
    expect(events('South Korea vowed revenge for sinking the Sewol ferry.')).toEqual([
      'ferry-sinking: sinking',
    ]);
    expect(events('Officials discussed the Sewol ferry sinking.')).toEqual(['ferry-sinking: sinking']);
  });

  it('reads the victim an actor is, but not a state: a state is attacked, not a victim', () => {
    expect(triples('North Korea sank the Sewol ferry.')).toEqual(
      expect.arrayContaining(['north-korea carried out ferry-sinking', 'ferry victim of ferry-sinking']),
    );
    const t = triples('North Korea shelled South Korea in March.');
    expect(t).not.toContain('south-korea victim of shelling-of-south-korea');
    expect(t).toContain('north-korea carried out shelling-of-south-korea');
  });

  it('reads the agent of a passive act, and leaves a noun or an intransitive verb alone', () => {
    expect(triples('The island was shelled by North Korea in 2010.')).toContain(
      'north-korea carried out shelling',
    );
    expect(events('The sinking shocked South Korea.')).toEqual(['sinking: The sinking']);
    expect(events('The old ferry sank near the coast.')).toEqual([]);
    expect(triples('The old ferry sank near the coast.')).toEqual([]);
  });

  it('keeps a new clause\'s subject apart: ", and his parliament voted to abolish"', () => {
    const t = triples('Kim called South Korea an enemy, and his parliament voted to abolish the agencies.');
    expect(t.filter((x) => x.includes('abolition'))).toEqual([]);
  });

  it('reads "test-fired" alone as a weapons test, and "the launch of X" as a launch of its own', () => {
    const text =
      "On Sunday North Korea test-fired what it said was a new solid-fuel intermediate-range missile. In November, the North's launch of a spy satellite angered Seoul.";
    expect(events(text)).toEqual(['weapons-test: test-fired', 'launch-of-spy-satellite: launch']);
    expect(triples(text)).toContain('north-korea participated in weapons-test');
  });

  it('reads an intransitive "sank" as the sinking already named, and where it happened', () => {
    const known: KnownEntity[] = [
      ...existing,
      { id: 'jeju', type: 'place', kind: 'island', label: 'Jeju Island', aliases: [], existing: true },
    ];
    const r = ingestText(
      'Officials discussed the Sewol ferry sinking. The ferry capsized and sank near Jeju Island.',
      {
        existing: known,
      },
    );
    expect(r.entities.filter((e) => e.type === 'event').map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['sinking', 'sank'],
    ]);
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'ferry-sinking held at jeju',
    );
    // With no sinking named before, "sank" alone names nothing.
    expect(events('The old ferry sank near the coast.')).toEqual([]);
  });
});

describe('acts named in words', () => {
  it("reads a headline's bare object, and stops an object at its line", () => {
    const r = read('North Korea blows up liaison office\n\nNorth Korea on Tuesday blew up the office.');
    const acts = r.entities.filter((e) => e.kind === 'demolition');
    expect(acts.map((e) => `${e.label}: ${e.mentions.map((m) => m.text).join('|')}`)).toEqual([
      'Demolition of liaison office: blows up|blew up',
    ]);
  });

  it('names an act by the words of what it was done to when no name is there', () => {
    const r = read('North Korea demolished the four-story building in the town.');
    expect(r.entities.find((e) => e.kind === 'demolition')?.label).toBe('Demolition of four-story building');
  });
});
