import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
import type { KnownEntity } from './types';

const existing: KnownEntity[] = [
  { id: 'kim-jong-un', type: 'actor', kind: 'person', label: 'Kim Jong Un', aliases: [], existing: true },
  { id: 'north-korea', type: 'actor', kind: 'state', label: 'North Korea', aliases: [], existing: true },
  { id: 'south-korea', type: 'actor', kind: 'state', label: 'South Korea', aliases: [], existing: true },
  { id: 'seoul', type: 'place', kind: 'city', label: 'Seoul', aliases: [], existing: true },
];

function rel(text: string) {
  const r = ingestText(text, { existing });
  return {
    r,
    triples: r.relations.map(
      (x) => `${x.source} ${x.relation} ${x.target}${x.modality ? ` (${x.modality})` : ''}`,
    ),
  };
}

describe('entity linking', () => {
  it('links spelling variants, surnames and capitals acting as governments', () => {
    const text =
      'Kim Jong-un spoke in Seoul on Monday. Kim smiled. Later Seoul said it would reply to the North.';
    const { r } = rel(text);
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    expect(byId.get('kim-jong-un')?.mentions.map((m) => [m.text, m.reason])).toEqual([
      ['Kim Jong-un', 'variant'],
      ['Kim', 'surname'],
    ]);
    expect(byId.get('seoul')?.mentions.map((m) => m.text)).toEqual(['Seoul']);
    expect(byId.get('south-korea')?.mentions.map((m) => [m.start, m.reason])).toEqual([
      [text.lastIndexOf('Seoul'), 'metonym'],
    ]);
    expect(byId.get('north-korea')?.mentions.map((m) => m.text)).toEqual(['the North']);
  });

  it('proposes new people and organizations with the words that name them', () => {
    const text = 'Lee Jong-joo, a spokeswoman at the Unification Ministry, said talks would go on.';
    const { r, triples } = rel(text);
    const lee = r.entities.find((e) => e.label === 'Lee Jong-joo');
    expect(lee).toMatchObject({ type: 'actor', kind: 'person', existing: false });
    expect(r.entities.find((e) => e.id === 'unification-ministry')?.type).toBe('actor');
    expect(triples).toContain('lee-jong-joo spokesperson of unification-ministry');
  });
});

describe('people named after their title', () => {
  const people = (text: string) =>
    rel(text)
      .r.entities.filter((e) => e.kind === 'person')
      .map((e) => `${e.label}${e.existing ? '' : ' (new)'}`);

  it('finds the name after a title of several words, or an office "of" something', () => {
    expect(
      people(
        'North Korean Vice Foreign Minister Pak Myong-ho met Chinese Foreign Minister Wang Yi in Beijing.',
      ),
    ).toEqual(['Pak Myong-ho (new)', 'Wang Yi (new)']);
    expect(people('U.S. Secretary of State Marco Rubio spoke.')).toEqual(['Marco Rubio (new)']);
    expect(rel('Pak Myong-ho met Wang Yi in Beijing.').triples).toContain('pak-myong-ho met with wang-yi');
  });

  it('reads "Kevin Kim" as a person of his own, not as the known Kim; "On Monday Kim" stays the known one', () => {
    const kim: KnownEntity = { ...existing[0]!, aliases: ['Kim'] };
    const named = (text: string) =>
      ingestText(text, { existing: [kim] })
        .entities.filter((e) => e.kind === 'person')
        .map((e) => `${e.label}${e.existing ? '' : ' (new)'}`);
    expect(named('U.S. Ambassador Kevin Kim met with officials.')).toEqual(['Kevin Kim (new)']);
    expect(named('On Monday Kim said talks would go on.')).toEqual(['Kim Jong Un']);
    expect(named('Chairman Kim said talks would go on.')).toEqual(['Kim Jong Un']);
  });
});

describe('clauses and the sides of a pair', () => {
  it('reads "the two Koreas" as North and South Korea, and stops a relation at ", when"', () => {
    const china: KnownEntity = {
      id: 'china',
      type: 'actor',
      kind: 'state',
      label: 'China',
      aliases: [],
      existing: true,
    };
    const hanoi: KnownEntity = {
      id: 'hanoi',
      type: 'place',
      kind: 'city',
      label: 'Hanoi',
      aliases: [],
      existing: true,
    };
    const text =
      'China praised China. China warned North Korea. South Korea said little. ' +
      'The two Koreas have not held formal talks since 2019, when a summit between Kim Jong Un and Donald Trump in Hanoi collapsed.';
    const r = ingestText(text, { existing: [...existing, china, hanoi] });
    const last = r.relations.filter((x) => x.evidence.start >= text.indexOf('The two Koreas'));
    const triples = last.map(
      (x) => `${x.source} ${x.relation} ${x.target}${x.modality ? ` (${x.modality})` : ''}`,
    );
    expect(triples).toContain('north-korea met with south-korea (negated)');
    expect(triples.some((t) => t.startsWith('china'))).toBe(false);
    // The Koreas met neither Kim nor Trump: the summit's two did.
    expect(triples.some((t) => /korea met (?:with|at) (?:kim-jong-un|donald-trump)/.test(t))).toBe(false);
    expect(triples).toContain('kim-jong-un met with donald-trump');
    // "in Hanoi" is where the summit was, not the government of a state.
    expect(r.entities.find((e) => e.id === 'hanoi')?.mentions).toHaveLength(1);
  });
});

describe('places named by a word for a place', () => {
  it('reads "Akasaka Palace", "Capella Hotel" and "Mount Kumgang" as places, not people', () => {
    const kinds = (text: string) => ingestText(text).entities.map((e) => `${e.label}: ${e.type} ${e.kind}`);
    expect(kinds('The two leaders met at Akasaka Palace.')).toContain('Akasaka Palace: place building');
    expect(kinds('The summit was held at the Capella Hotel.')).toContain('Capella Hotel: place building');
    expect(kinds('Tours to Mount Kumgang were suspended.')).toContain('Mount Kumgang: place mountain');
  });
});

describe('descriptions of nodes the graph has', () => {
  it('shows "the powerful sister of Kim Jong Un" as a merge into the node so named, not as a new entity', () => {
    const sister: KnownEntity = {
      id: 'sister-of-kim-jong-un',
      type: 'actor',
      kind: 'person',
      label: 'Sister of Kim Jong Un (unnamed in text)',
      aliases: [],
      existing: true,
    };
    const r = ingestText('On Sunday, the powerful sister of North Korean leader Kim Jong Un warned Seoul.', {
      existing: [...existing, sister],
    });
    const e = r.entities.find((x) => x.id === 'sister-of-kim-jong-un');
    expect(e).toMatchObject({ existing: true, label: 'Sister of Kim Jong Un (unnamed in text)' });
    expect(e?.mentions.map((m) => m.reason)).toEqual(['description']);
  });
});

describe('ends named only by an adjective', () => {
  it('lists the state "South Korean President Moon" stands on, with those words as its mention', () => {
    const text = 'South Korean President Moon Jae-in praised the plan.';
    const { r, triples } = rel(text);
    expect(triples).toContain('moon-jae-in leader of south-korea');
    const south = r.entities.find((e) => e.id === 'south-korea');
    expect(south?.label).toBe('South Korea');
    expect(south?.mentions.map((m) => [m.text, m.reason])).toEqual([['South Korean', 'metonym']]);
  });

  it('does so for a state the graph lacks, which then has what it needs to become a node', () => {
    const text = 'Chinese President Xi Jinping arrived.';
    const { r, triples } = rel(text);
    expect(triples).toContain('xi-jinping leader of china');
    expect(r.entities.find((e) => e.id === 'china')).toMatchObject({ label: 'China', existing: false });
  });
});

describe('relation patterns', () => {
  it('reads "threatened to suspend" as a threat, not a suspension', () => {
    const { triples } = rel('North Korea threatened to suspend the family reunions with South Korea.');
    expect(triples).toContain('north-korea threatened south-korea');
    expect(triples.some((t) => t.includes('suspended'))).toBe(false);
  });

  it('reads "did not threaten to suspend" as no suspension, even when the threat has no target', () => {
    const { triples } = rel(
      'North Korean leader Kim Jong Un spoke. Kim did not threaten to suspend the talks.',
    );
    expect(triples.some((t) => t.includes('suspended'))).toBe(false);
    expect(rel('Kim Jong Un suspended the talks.').triples).toContain('kim-jong-un suspended talks');
  });

  it('keeps negation and plans', () => {
    expect(rel('North Korea did not cut off ties with South Korea.').triples).toEqual([
      'north-korea cut ties with south-korea (negated)',
    ]);
    expect(rel('South Korea will restore the hotline with North Korea.').triples).toEqual([
      'south-korea restored ties with north-korea (planned)',
    ]);
  });

  it('reads titles and possessives as roles', () => {
    expect(rel('North Korean leader Kim Jong Un arrived.').triples).toContain(
      'kim-jong-un leader of north-korea',
    );
  });

  it('returns evidence spans that lie in the text and contain both ends', () => {
    const text =
      'On Monday, South Korea\u2019s Defense Ministry said Seoul\u00a0blamed North Korea for the attack.';
    const { r } = rel(text);
    expect(r.relations.length).toBeGreaterThan(0);
    for (const x of r.relations) {
      expect(x.evidence.start).toBeGreaterThanOrEqual(0);
      expect(x.evidence.end).toBeLessThanOrEqual(text.length);
      const src = r.entities.find((e) => e.id === x.source);
      expect(src?.mentions.some((m) => m.start >= x.evidence.start && m.end <= x.evidence.end) ?? true).toBe(
        true,
      );
    }
    expect(rel(text).triples).toContain('south-korea blamed north-korea');
  });
});
