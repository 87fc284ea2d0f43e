// Unit tests of the third pass (argument attachment, coreference, event parties, kinship), each on
// invented sentences, not corpus sentences.
import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
import { tokenize } from './tokenize';
import type { KnownEntity } from './types';

const state = (id: string, label: string): KnownEntity => ({
  id,
  type: 'actor',
  kind: 'state',
  label,
  aliases: [],
  existing: true,
});
const person = (id: string, label: string): KnownEntity => ({
  id,
  type: 'actor',
  kind: 'person',
  label,
  aliases: [],
  existing: true,
});
const existing: KnownEntity[] = [
  state('north-korea', 'North Korea'),
  state('south-korea', 'South Korea'),
  state('china', 'China'),
  state('japan', 'Japan'),
  person('wang-yi', 'Wang Yi'),
  person('moon-jae-in', 'Moon Jae-in'),
  person('kim-jong-un', 'Kim Jong Un'),
  person('kim-yo-jong', 'Kim Yo Jong'),
  { id: 'kaesong', type: 'place', kind: 'city', label: 'Kaesong', aliases: [], existing: true },
];
const lead = 'South Korea and North Korea traded messages on Monday. South Korea replied. ';
const run = (text: string) => ingestText(text, { existing });
const triples = (text: string) => run(text).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('argument attachment', () => {
  it('reads "is willing to" as active: only a participle after "is" makes a passive', () => {
    expect(triples('Japan is willing to talk to China.')).toContain('japan sought talks with china');
  });

  it('takes the person after a state\'s title as the target ("Japan\'s prime minister X")', () => {
    const t = triples("China is ready to talk to Japan's new prime minister Wang Yi.");
    expect(t).toContain('china sought talks with wang-yi');
    expect(t).not.toContain('china sought talks with japan');
  });

  it('reads "he" or "she" as the last person named', () => {
    expect(triples('Wang Yi arrived in Kaesong on Monday. He praised Japan.')).toContain(
      'wang-yi praised japan',
    );
  });

  it('does not take a name after a preposition and its title words as the subject', () => {
    const t = triples('A letter from Chinese Foreign Minister Wang Yi praised Japan.');
    expect(t).not.toContain('wang-yi praised japan');
  });

  it('reads "A and B met" as one meeting, and a state after "in" as the place, not the partner', () => {
    const t = triples('Wang Yi and Moon Jae-in met in Japan on Tuesday.');
    expect(t).toContain('wang-yi met with moon-jae-in');
    expect(t).not.toContain('moon-jae-in met with wang-yi');
    expect(t).not.toContain('wang-yi met with japan');
    expect(t).toEqual(expect.arrayContaining(['wang-yi met at japan', 'moon-jae-in met at japan']));
  });

  it('reads the agent of a passive that is a capital as its state', () => {
    expect(triples('The joint ferry tours were suspended by Seoul in 2009.')).toContain(
      'south-korea suspended joint-ferry-tours',
    );
  });

  it('reads what is responded to after "to", not the response after "with"', () => {
    expect(triples('Japan often responds to the missile tests with protests.')).toContain(
      'japan responded to missile-tests',
    );
    expect(triples('Japan responds with its own naval drills.')).toEqual([]);
  });

  it('does not read the purpose of talks ("talks to improve ties") as a new wish for talks', () => {
    const t = triples('China and Japan meet for a third day of talks to improve ties.');
    expect(t.filter((x) => x.includes('sought talks'))).toEqual([]);
    expect(t).toContain('china met with japan');
  });
});

describe('names and coreference', () => {
  it('links "President Moon" to the one known person with that surname, not an ambiguous "Kim"', () => {
    const r = run('President Moon praised Chairman Kim on Friday.');
    expect(r.entities.find((e) => e.id === 'moon-jae-in')?.mentions.map((m) => m.text)).toEqual(['Moon']);
    expect(r.entities.some((e) => e.id === 'kim-jong-un' || e.id === 'kim-yo-jong')).toBe(false);
  });

  it('lets a definite "the meeting" or "Friday\'s talks" take up the latest talks', () => {
    const r = run(
      "China and Japan opened high-level talks in Kaesong on Monday. The meeting ended early, and Friday's talks were calm.",
    );
    const talks = r.entities.find((e) => e.id === 'high-level-talks');
    expect(talks?.mentions.map((m) => m.text)).toEqual(['high-level talks', 'The meeting', 'talks']);
  });

  it('names a person by kinship and relates a sister to the person named', () => {
    const r = run('The younger sister of Wang Yi criticized Japan on Monday.');
    const sister = r.entities.find((e) => e.id === 'sister-of-wang-yi');
    expect(sister).toMatchObject({ type: 'actor', kind: 'person', label: 'Sister of Wang Yi' });
    expect(sister?.mentions.map((m) => m.text)).toEqual(['The younger sister']);
    const t = r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`);
    expect(t).toContain('sister-of-wang-yi sister of wang-yi');
  });

  it('classifies names headed by a place word or an institution with "of"', () => {
    const r = run('The ships sank in the Yellow Sea, said Daehan University of Marine Science.');
    expect(r.entities.find((e) => e.id === 'yellow-sea')?.type).toBe('place');
    expect(r.entities.find((e) => e.id === 'daehan-university-of-marine-science')).toMatchObject({
      type: 'actor',
      kind: 'organization',
    });
  });

  it('keeps "U.S." inside its sentence when a lower-case word follows', () => {
    const text = 'Then the North Korea-U.S. nuclear talks stalled. Japan waited.';
    expect(tokenize(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Then the North Korea-U.S. nuclear talks stalled.',
      'Japan waited.',
    ]);
  });
});

describe('events and their parties', () => {
  it('reads "A-B <event>" and "inter-Korean <event>" as their parties taking part', () => {
    const t = triples('The annual Japan-China maritime talks resumed on Monday.');
    expect(t).toEqual(
      expect.arrayContaining([
        'japan participated in maritime-talks',
        'china participated in maritime-talks',
      ]),
    );
    const k = triples(`${lead}Inter-Korean talks resumed in May.`);
    expect(k).toEqual(
      expect.arrayContaining([
        'south-korea participated in inter-korean-talks',
        'north-korea participated in inter-korean-talks',
      ]),
    );
  });

  it('reads "the rivals" as the two main states being rivals, once each way', () => {
    const t = triples(`${lead}The rivals talked again. Later the rivals met.`);
    expect(t.filter((x) => x.includes('rival of')).sort()).toEqual([
      'north-korea rival of south-korea',
      'south-korea rival of north-korea',
    ]);
  });

  it('reads sending athletes to an event as taking part, but not an offer to send them', () => {
    expect(triples('Japan will send athletes to the Asian Games.')).toContain(
      'japan participated in asian-games',
    );
    expect(triples('China offered to send athletes to the Asian Games.')).not.toContain(
      'china participated in asian-games',
    );
    expect(triples('China sent a letter to Wang Yi about the Asian Games.')).not.toContain(
      'china participated in asian-games',
    );
  });

  it('places an event whose participants are named first ("meetings between officials in P")', () => {
    expect(triples('It was the last of the meetings between senior officials in Kaesong.')).toContain(
      'meetings held at kaesong',
    );
  });
});

describe('appositions that name roles', () => {
  it('reads "X, <state>\'s <title>" and "X, the <demonym> <title>" as a role for the state', () => {
    const t = triples(
      "Ahn Min-gu, Japan's special representative for maritime affairs, met Boris Novak, the Chinese deputy envoy for trade.",
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'ahn-min-gu official of japan',
        'boris-novak official of china',
        'ahn-min-gu met with boris-novak',
      ]),
    );
    // The state after the comma is not a second subject of "met".
    expect(t).not.toContain('japan met with boris-novak');
  });

  it('reads "X, head of the Y" and "X, director of the Y" without an article', () => {
    const t = triples(
      'Cho Hyun-woo, head of the Maritime Safety Bureau, spoke. Yang Mi-ra, director of the Coastal Research Institute, agreed.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'cho-hyun-woo leader of maritime-safety-bureau',
        'yang-mi-ra official of coastal-research-institute',
      ]),
    );
  });

  it('reads "the <demonym> delegation, led by X" as X acting for the state', () => {
    expect(triples('The Japanese delegation, led by Ahn Min-gu, left early.')).toContain(
      'ahn-min-gu official of japan',
    );
  });
});

describe('capitals, descriptions and events in context', () => {
  it('reads a capital after "with" or "between" as its government, but not one after "in"', () => {
    const r = run('Japan wants better relations with Seoul, and its envoy arrived in Seoul on Monday.');
    const sk = r.entities.find((e) => e.id === 'south-korea');
    expect(sk?.mentions.map((m) => m.text)).toEqual(['Seoul']);
    expect(r.entities.find((e) => e.id === 'seoul')?.mentions.length).toBe(1);
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'japan sought talks with south-korea',
    );
  });

  it('takes up "the agents" as the agents described before, and reads "were later found in P"', () => {
    const r = run('In 1990 three Chinese agents entered Japan. The agents were later found in Kaesong.');
    const group = r.entities.find((e) => e.id === 'three-chinese-agents');
    expect(group?.mentions.map((m) => m.text)).toEqual(['three Chinese agents', 'The agents']);
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'three-chinese-agents captured in kaesong',
    );
  });

  it('reads "<place> at <place>" as one place inside the other', () => {
    expect(triples('They met in the old village of Kaesong at the Northern Border Zone.')).toContain(
      'kaesong located in northern-border-zone',
    );
  });

  it('reads a warning about an event as opposing it', () => {
    expect(triples('Japan warned the naval drills would raise tensions.')).toContain(
      'japan opposed naval-drills',
    );
  });

  it('does not take a gerund after a preposition for part of an event name', () => {
    const r = run('China could gain a lot by opening talks with Japan.');
    expect(r.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('finds the agent of a passive with an adverb before the participle', () => {
    expect(triples('The joint ferry tours were later suspended by Japan.')).toContain(
      'japan suspended joint-ferry-tours',
    );
  });
});

describe('noun phrases that state relations', () => {
  it('reads "<actor>\'s talks" or "<actor>\'s drills" as the owner taking part', () => {
    const t = triples("Japan's annual naval drills began, and China's talks with Japan stalled.");
    expect(t).toEqual(
      expect.arrayContaining(['japan participated in annual-naval-drills', 'china participated in talks']),
    );
  });

  it('reads "<actor> sanctions on <actor>" as a sanction, with modifiers between', () => {
    expect(triples("The UN's new sanctions against Japan began.")).toContain(
      'united-nations sanctioned japan',
    );
    expect(triples('China lifted the sanctions on Japan.')).not.toContain('china sanctioned japan');
    expect(triples('China eased economic sanctions against Japan.')).not.toContain('china sanctioned japan');
  });

  it('keeps a condition as a possibility', () => {
    const r = run('China will protest if Japan holds the naval drills.');
    const held = r.relations.find((x) => x.source === 'japan' && x.relation === 'participated in');
    expect(held?.modality).toBe('possible');
  });
});
