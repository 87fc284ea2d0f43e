// Unit tests of the rules added for recall (participation, pairs, event names and places, titles,
// state agents, agreeing, pronouns), each on invented sentences, not corpus sentences.
import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
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
const city = (id: string, label: string): KnownEntity => ({
  id,
  type: 'place',
  kind: 'city',
  label,
  aliases: [],
  existing: true,
});
const event = (id: string, label: string, kind: string, aliases: string[] = []): KnownEntity => ({
  id,
  type: 'event',
  kind,
  label,
  aliases,
  existing: true,
});
const organization = (id: string, label: string): KnownEntity => ({
  id,
  type: 'actor',
  kind: 'organization',
  label,
  aliases: [],
  existing: true,
});
// The people and places the later rules' sentences name.
const KIM = person('kim', 'Kim Jong Un');
const MOON = person('moon', 'Moon Jae-in');
const US: KnownEntity = { ...state('united-states', 'United States'), aliases: ['U.S.'] };
const existing: KnownEntity[] = [
  state('north-korea', 'North Korea'),
  state('south-korea', 'South Korea'),
  state('china', 'China'),
  { id: 'wang-yi', type: 'actor', kind: 'person', label: 'Wang Yi', aliases: [], existing: true },
  { id: 'kaesong', type: 'place', kind: 'city', label: 'Kaesong', aliases: [], existing: true },
  { id: 'japan', type: 'actor', kind: 'state', label: 'Japan', aliases: [], existing: true },
];
// Names both states first, so that "the two sides" has two states to stand for.
const lead = 'South Korea and North Korea traded messages on Monday. South Korea replied. ';
/** A result's relations as "source relation target". */
const triplesOf = (result: ReturnType<typeof ingestText>) =>
  result.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
/** The relations read from `text` knowing `known`, as "source relation target". */
const relationsOf = (text: string, known: readonly KnownEntity[] = existing) =>
  triplesOf(ingestText(text, { existing: [...known] }));
const triples = (text: string) => relationsOf(text);
// The states above and the people and the U.S. the later rules' sentences name.
const WITH_PEOPLE = [...existing, KIM, MOON, US];

describe('event participation', () => {
  it('reads "the two sides in <event>" as both states taking part', () => {
    const t = triples(`${lead}Last week both sides in the border negotiations agreed on a date.`);
    expect(t).toEqual(
      expect.arrayContaining([
        'south-korea participated in border-negotiations',
        'north-korea participated in border-negotiations',
      ]),
    );
  });

  it('reads "<event> began between the two Koreas" as both taking part, but only for an event noun', () => {
    const t = triples(
      `${lead}In 1999 a brief naval argument broke out between North and South Korean patrol boats.`,
    );
    // "argument" is not an event noun; the drills are.
    expect(t.filter((x) => x.includes('participated in'))).toEqual([]);
    const d = triples(`${lead}Military drills began between the two Koreas in the spring.`);
    expect(d).toEqual(
      expect.arrayContaining([
        'south-korea participated in military-drills',
        'north-korea participated in military-drills',
      ]),
    );
  });

  it('reads starting, resuming or extending an event as taking part in it', () => {
    expect(triples('China resumed the stalled trade talks on Friday.')).toContain(
      'china participated in trade-talks',
    );
    expect(triples('Japan extended the joint drills by a week.')).toContain(
      'japan participated in joint-drills',
    );
    // The verb must govern the event's words, not a clause that mentions them.
    expect(triples('China continued to say that the trade talks were useful.')).not.toContain(
      'china participated in trade-talks',
    );
  });

  it('orders an elided pair as the text does: "North and South Korea" is North first', () => {
    expect(triples(`${lead}North and South Korea met on Tuesday.`)).toContain(
      'north-korea met with south-korea',
    );
  });
});

describe('event places, event names and possessive titles', () => {
  it('finds where an event took place through a short description of the place', () => {
    expect(triples('The working-level talks took place near the old town of Kaesong.')).toContain(
      'working-level-talks held at kaesong',
    );
    // A demonym names a state, not the place of the event.
    expect(
      triples('North Korea held talks at a Chinese border town.').some((x) => x.endsWith('held at china')),
    ).toBe(false);
  });

  it('types a capitalised name headed by an event noun as an event', () => {
    const r = ingestText('Japan will host the Asian Winter Games next year.', { existing });
    expect(r.entities.find((e) => e.label === 'Asian Winter Games')).toMatchObject({
      type: 'event',
      kind: 'sports-event',
    });
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'japan hosted asian-winter-games',
    );
  });

  it('reads "<state>\'s <adjective> <title> <person>" as a role in that state', () => {
    expect(triples("China's veteran foreign minister Wang Yi arrived.")).toContain(
      'wang-yi official of china',
    );
  });

  it('does not read the noun "sanctions" as the verb', () => {
    expect(triples('China and Japan disagree about the sanctions on North Korea.')).not.toContain(
      'japan sanctioned north-korea',
    );
  });
});

describe('states acting through their officials, and agreeing', () => {
  it('reads "Japanese officials want to discuss <event>" as the state proposing it', () => {
    expect(triples('Japanese officials want to discuss new fisheries talks.')).toContain(
      'japan proposed new-fisheries-talks',
    );
    // A demonym before anything else stays a description: no relation from "a Japanese tourist".
    expect(triples('A Japanese tourist wants to discuss the fisheries talks.')).not.toContain(
      'japan proposed fisheries-talks',
    );
  });

  it('reads "signed" and "settled on" as agreeing, but not the noun "sign"', () => {
    expect(triples('China signed the trade agreement on Monday.')).toContain(
      'china agreed to trade-agreement',
    );
    expect(triples('Japan and China settled on a summit.')).toEqual(
      expect.arrayContaining(['japan agreed to summit', 'china agreed to summit']),
    );
    expect(triples('China held talks, a sign of the new agreement.')).not.toContain(
      'china agreed to new-agreement',
    );
  });
});

describe('pronoun subjects', () => {
  it('reads "It" as the last state named before, "They" as the last actors named together', () => {
    const t = triples(
      'North Korea fired missiles on Sunday. It warned Japan on Monday. South Korea and Japan held a meeting. They praised China.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea warned japan',
        'south-korea praised china',
        'japan praised china',
      ]),
    );
    expect(t).not.toContain('north-korea praised china');
  });

  it('never reads a person as "it"', () => {
    expect(triples('Wang Yi arrived. It warned Japan.')).toEqual([]);
  });
});

describe('unnamed people, reciprocity, victims and perpetrators', () => {
  it('proposes people described by nationality as new actors', () => {
    const r = ingestText(
      'Two Japanese fishermen and a Chinese student were detained; 12 North Koreans fled.',
      {
        existing,
      },
    );
    const found = r.entities.filter((e) => e.type === 'actor' && !e.existing).map((e) => [e.label, e.kind]);
    expect(found).toEqual([
      ['Two Japanese fishermen', 'group'],
      ['Chinese student', 'person'],
      ['12 North Koreans', 'group'],
    ]);
    // A year is not a count: "in 1999 a Chinese student" names one student.
    expect(ingestText('In 1999 a Chinese student left.', { existing }).entities.map((e) => e.label)).toEqual([
      'Chinese student',
    ]);
  });

  it('reads "A and B threatened each other" both ways, whatever comes after', () => {
    expect(triples('China and Japan threatened each other over two Japanese fishermen.')).toEqual(
      expect.arrayContaining(['china threatened japan', 'japan threatened china']),
    );
  });

  it('finds the victims and the perpetrator of a violent event', () => {
    const t = triples(
      'The bombing that killed 12 Japanese tourists shocked Japan. The shooting of a Chinese student by a North Korean soldier followed.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        '12-japanese-tourists victim of bombing',
        // "The shooting of a Chinese student": named by whom it was done to.
        'chinese-student victim of shooting-of-chinese-student',
        'north-korean-soldier carried out shooting-of-chinese-student',
      ]),
    );
    // Talks have no victims.
    expect(triples('The talks of two Chinese students went well.')).toEqual([]);
  });
});

describe('apposition', () => {
  it('reads a kinship description set beside a name as that person, not an unnamed relative', () => {
    const text = 'Days after Ri Sol Ju, the sister of leader Pak Chol, warned the South, talks ended.';
    const result = ingestText(text, { existing });
    const ri = result.entities.find((e) => e.label === 'Ri Sol Ju');
    expect(ri?.mentions.map((m) => [m.text, m.reason])).toEqual([
      ['Ri Sol Ju', 'new'],
      ['the sister', 'apposition'],
    ]);
    expect(result.entities.some((e) => e.label.startsWith('Sister of'))).toBe(false);
    expect(triples(text)).toContain('ri-sol-ju sister of pak-chol');
    // Without the name beside it, the description still names an unnamed relative.
    expect(triples('The sister of leader Pak Chol warned the South.')).toContain(
      'sister-of-pak-chol sister of pak-chol',
    );
  });
});

describe('subjects and objects', () => {
  it('reads two subjects without "with" as each other\'s other side', () => {
    expect(triples('Japan and South Korea agreed to restore ties.')).toEqual(
      expect.arrayContaining([
        'japan restored ties with south-korea',
        'south-korea restored ties with japan',
      ]),
    );
    // With "with", the object is the one after it.
    expect(triples('Japan and South Korea restored ties with China.')).toEqual(
      expect.arrayContaining(['japan restored ties with china', 'south-korea restored ties with china']),
    );
  });

  it('keeps the person after a title with "of" as the subject', () => {
    const t = triples('U.S. Secretary of State Marco Rubio warned North Korea on Monday.');
    expect(t).toContain('marco-rubio warned north-korea');
    expect(t).not.toContain('united-states warned north-korea');
  });

  it('does not take a state for its unnamed leader ("praised the North\'s leader")', () => {
    expect(triples("Wang Yi praised the North's leader on Monday.")).toEqual([]);
    expect(triples('Wang Yi praised North Korea.')).toEqual(['wang-yi praised north-korea']);
  });

  it('reads "proposed talks with" as seeking talks, not as proposing the state', () => {
    expect(triples('Wang Yi proposed talks with North Korea.')).toEqual([
      'wang-yi sought talks with north-korea',
    ]);
  });

  it('links a Chinese surname to the full name written before, as for Korean names', () => {
    const result = ingestText('Chinese Premier Li Qiang met Wang Yi. Li praised Japan.', { existing });
    const li = result.entities.find((e) => e.label === 'Li Qiang');
    expect(li?.mentions.map((m) => [m.text, m.reason])).toEqual([
      ['Li Qiang', 'new'],
      ['Li', 'surname'],
    ]);
    expect(triples('Chinese Premier Li Qiang met Wang Yi. Li praised Japan.')).toContain(
      'li-qiang praised japan',
    );
  });
});

describe('words inside names and titles', () => {
  it('does not read the "in" of "Moon Jae-in" as where a meeting was', () => {
    const existingMoon: KnownEntity[] = [
      ...existing,
      { id: 'moon-jae-in', type: 'actor', kind: 'person', label: 'Moon Jae-in', aliases: [], existing: true },
      { id: 'pak-chol', type: 'actor', kind: 'person', label: 'Pak Chol', aliases: [], existing: true },
    ];
    const t = ingestText('In 2018, Pak Chol met Moon Jae-in, Wang Yi and others.', {
      existing: existingMoon,
    }).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
    expect(t).toContain('pak-chol met with moon-jae-in');
    expect(t.filter((r) => r.includes('met at'))).toEqual([]);
  });

  it('reads a prime minister as leading the state, a minister as holding a post in it', () => {
    expect(triples("Japan's Prime Minister Taro Sato praised China.")).toContain('taro-sato leader of japan');
    expect(triples("Japan's Foreign Minister Taro Sato praised China.")).toContain(
      'taro-sato official of japan',
    );
  });
});

describe('events named by their parties', () => {
  it('reads "Talks between the two Koreas" as an event both took part in, "any negotiations" as none', () => {
    expect(triples(`${lead}Talks between the two Koreas have stalled since 2019.`)).toEqual(
      expect.arrayContaining(['south-korea participated in talks', 'north-korea participated in talks']),
    );
    const none = ingestText(`${lead}Any negotiations between the two Koreas would help.`, { existing });
    expect(none.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('reads a missile launch as an event that can be condemned', () => {
    expect(triples('North Korea fired two missiles. Japan condemned the launch.')).toContain(
      'japan opposed missile-launch',
    );
  });
});

describe('coordination, appositions and nouns that look like verbs', () => {
  it('joins two subjects by "and" across a title, never by a comma alone', () => {
    const both = triples('Chinese Premier Li Qiang and North Korean leader Pak Chol signed a treaty.');
    expect(both).toEqual(expect.arrayContaining(['li-qiang agreed to treaty', 'pak-chol agreed to treaty']));
    const one = triples('After leaving North Korea, Wang Yi traveled to Japan.');
    expect(one).toContain('wang-yi visited japan');
    expect(one).not.toContain('north-korea visited japan');
  });

  it('reads a list of three subjects as three', () => {
    expect(triples('China, Japan and South Korea held joint drills in May.')).toEqual(
      expect.arrayContaining([
        'china participated in joint-drills',
        'japan participated in joint-drills',
        'south-korea participated in joint-drills',
      ]),
    );
  });

  it('reads "China, North Korea\'s main ally" as an alliance', () => {
    expect(triples("China, North Korea's main ally, said nothing.")).toContain('china ally of north-korea');
  });

  it('reads "greeted" as meeting, and "artillery shells" as no attack', () => {
    expect(triples('Wang Yi greeted Pak Chol at the airport.')).toContain('wang-yi met with pak-chol');
    expect(
      triples('North Korea sent artillery shells to China.').filter((r) => r.includes('attacked')),
    ).toEqual([]);
  });

  it('proposes no event the text says does not exist ("not a peace treaty")', () => {
    const r = ingestText('The war ended with an armistice, not a peace treaty.', { existing });
    expect(r.entities.map((e) => e.label)).not.toContain('Peace treaty');
  });
});

describe('datelines', () => {
  it('takes no subject or object from a wire dateline', () => {
    expect(triples('BEIJING (AP) — Officials met North Korean envoys on Monday.')).toEqual([]);
    expect(triples('SEOUL, Nov. 4 (Yonhap) -- South Korea praised Japan.')).toEqual([
      'south-korea praised japan',
    ]);
  });
});

describe('possessive pronouns', () => {
  it('reads "his government" as the state the last person named leads', () => {
    const text = 'South Korean President Lee Jun-ho spoke on Monday. His government urged the North to talk.';
    expect(triples(text)).toContain('south-korea demanded north-korea');
    // With no state said for him, nothing is guessed.
    expect(triples('Lee Jun-ho spoke on Monday. His government urged the North to talk.')).not.toContain(
      'south-korea demanded north-korea',
    );
  });
});

describe('capitals addressed, bylines, handshakes and compound nouns', () => {
  it('reads a capital a verb addresses as its government ("urged Pyongyang to")', () => {
    const withCapital: KnownEntity[] = [
      ...existing,
      { id: 'pyongyang', type: 'place', kind: 'city', label: 'Pyongyang', aliases: [], existing: true },
    ];
    const r = ingestText('Wang Yi welcomed the summit but urged Pyongyang to resolve the issue.', {
      existing: withCapital,
    });
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'wang-yi demanded north-korea',
    );
  });

  it('reads no person in a byline ("By a Staff Writer")', () => {
    const r = ingestText('By a Staff Writer\n\nWang Yi met Pak Chol.', { existing });
    expect(r.entities.map((e) => e.label)).not.toContain('Staff Writer');
  });

  it('reads shaking hands as meeting', () => {
    expect(triples('Wang Yi shook hands with North Korean leader Pak Chol.')).toContain(
      'wang-yi met with pak-chol',
    );
  });

  it('proposes no event for an event noun that only modifies another ("the nuclear test site")', () => {
    const r = ingestText('North Korea dismantled its nuclear test site.', { existing });
    expect(r.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('proposes no event for "how much sanctions relief", nor a quantity as part of a name', () => {
    const events = (text: string) =>
      ingestText(text, { existing })
        .entities.filter((e) => e.type === 'event')
        .map((e) => e.label);
    expect(events('The two sides failed to agree on how much sanctions relief the North would get.')).toEqual(
      [],
    );
    expect(events('North Korea has staged many missile tests this year.')).toEqual(['Missile tests']);
  });
});

describe('one event after another', () => {
  it('reads "A came after B", "B led to A" and "A eased after B" in the order of events', () => {
    expect(triples('The summit came after the border clashes.')).toContain('summit followed border-clashes');
    expect(triples('The shooting led to the closure of the resort.')).toContain(
      'closure-of-resort followed shooting',
    );
    // What ends an event comes after it.
    expect(triples('The crisis eased after marathon talks.')).toContain('marathon-talks followed crisis');
    // A comma between them is another clause: nothing is read.
    expect(triples('The summit, after all, ended the crisis.').filter((t) => t.includes('followed'))).toEqual(
      [],
    );
  });
});

describe('roles, kin and places said in passing', () => {
  it('reads "the North\'s powerful National Defense Commission" as part of the state', () => {
    expect(triples("The North's powerful National Defense Commission dismissed the report.")).toContain(
      'national-defense-commission part of north-korea',
    );
  });

  it('reads "Moon\'s spokesman Yoon Young-chan" as speaking for the person', () => {
    const moon: KnownEntity = {
      id: 'moon-jae-in',
      type: 'actor',
      kind: 'person',
      label: 'Moon Jae-in',
      aliases: ['Moon'],
      existing: true,
    };
    const r = ingestText("Moon Jae-in arrived. Moon's spokesman Yoon Young-chan said so.", {
      existing: [...existing, moon],
    });
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'yoon-young-chan spokesperson of moon-jae-in',
    );
  });

  it('reads "X was accompanied by his sister, Y" as Y the sister of X', () => {
    expect(triples('Pak Chol was accompanied by his sister, Pak Mi Ran.')).toContain(
      'pak-mi-ran sister of pak-chol',
    );
  });

  it('reads "the North Korean city of Kaesong" as in the state, and what is there as in the city', () => {
    const t = triples('They opened a liaison office in the North Korean city of Kaesong.');
    expect(t).toContain('kaesong located in north-korea');
    expect(t).not.toContain('liaison-office located in north-korea');
  });

  it('reads "N. Korea" as North Korea and setting foot somewhere as a visit', () => {
    expect(triples('Wang Yi vowed N. Korea would pay. Wang Yi set foot in Japan.')).toContain(
      'wang-yi visited japan',
    );
    expect(ingestText('Lee vows N. Korea will pay.', { existing }).entities.map((e) => e.id)).toContain(
      'north-korea',
    );
  });

  it('reads an object "it" as the state that opened the clause before, and ", and" as no list', () => {
    const t = triples(
      'Last year, North Korea launched missiles capable of reaching Japan, and Wang Yi threatened it with sanctions.',
    );
    expect(t).toContain('wang-yi threatened north-korea');
    expect(t).not.toContain('japan threatened north-korea');
    expect(t).not.toContain('wang-yi threatened japan');
  });
});

describe("relative clauses, possessors and one's own side", () => {
  it('takes no subject from a relative clause closed before the verb, nor a target after its comma', () => {
    const t = triples('Wang Yi, who met Pak Chol in 2018, had urged Japan to talk.');
    expect(t).toContain('wang-yi demanded japan');
    expect(t).not.toContain('pak-chol demanded japan');
    expect(t.filter((r) => r.includes('met at'))).toEqual([]);
  });

  it('takes no possessor as subject ("supports South Korea\'s efforts and urged")', () => {
    const t = triples("China said it supports South Korea's efforts and urged the North to refrain.");
    expect(t).not.toContain('south-korea demanded north-korea');
    // "South Korea's military said" is the state acting.
    expect(triples("South Korea's military warned the North.")).toContain('south-korea warned north-korea');
  });

  it('does not read a person warning their own state', () => {
    const t = triples(
      'South Korean President Lee Jun-ho spoke. He warned that Seoul would retaliate if the North attacked.',
    );
    expect(t).toContain('lee-jun-ho warned north-korea');
    expect(t).not.toContain('lee-jun-ho warned south-korea');
  });

  it('knows whom a person serves from the sentence itself, before the sentence is done', () => {
    const t = triples(
      'North Korean Foreign Minister Choe Son Hui threatened that Pyongyang would take fiercer measures if Washington went on.',
    );
    expect(t).toContain('choe-son-hui official of north-korea');
    expect(t).toContain('choe-son-hui threatened united-states');
    expect(t).not.toContain('choe-son-hui threatened north-korea');
  });

  it('does not link "Kim Tae-young" to an earlier Kim', () => {
    const r = ingestText('Kim Jong Un spoke. Defense Minister Kim Tae-young said so.', { existing });
    expect(r.entities.find((e) => e.label === 'Kim Jong Un')?.mentions.map((m) => m.text)).toEqual([
      'Kim Jong Un',
    ]);
    expect(r.entities.map((e) => e.label)).toContain('Kim Tae-young');
  });

  it('reads "the South\'s border island of Yeonpyeong", "a meeting of the Workers\' Party", "a summit with President X"', () => {
    const withIsland: KnownEntity[] = [
      ...existing,
      { id: 'yeonpyeong', type: 'place', kind: 'island', label: 'Yeonpyeong', aliases: [], existing: true },
    ];
    const r = ingestText("Shells fell near the South's border island of Yeonpyeong.", {
      existing: withIsland,
    });
    expect(r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`)).toContain(
      'yeonpyeong located in south-korea',
    );
    const t = triples(
      "Pak Chol spoke at a year-end meeting of the ruling Workers' Party. Pak Chol's second summit with President Wang Yi failed.",
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'workers-party hosted year-end-meeting',
        'wang-yi participated in second-summit',
      ]),
    );
  });
});

describe('capitals acting after an adverb or when prompted, and launches of a state', () => {
  const withCapitals: KnownEntity[] = [
    ...existing,
    { id: 'seoul', type: 'place', kind: 'city', label: 'Seoul', aliases: [], existing: true },
  ];
  const read = (text: string) =>
    ingestText(text, { existing: withCapitals }).relations.map(
      (r) => `${r.source} ${r.relation} ${r.target}`,
    );

  it('reads "Seoul partially suspended the deal" and "prompting Seoul to stage drills" as the government', () => {
    expect(read('North Korea signed a deal in 2018. Seoul partially suspended the deal.')).toContain(
      'south-korea suspended deal',
    );
    const t = read('North Korea fired shells, prompting Seoul to stage live-fire drills of its own.');
    expect(t).toContain('south-korea participated in live-fire-drills');
    expect(t).not.toContain('north-korea participated in live-fire-drills');
  });

  it('reads "the North\'s launch of a satellite" as the North taking part in the launch', () => {
    expect(triples("Japan protested at the North's launch of a spy satellite.")).toContain(
      'north-korea participated in launch-of-spy-satellite',
    );
  });
});

describe('plural titles and events "also involving" a party', () => {
  it('reads "former South Korean presidents X" as a leader of the state', () => {
    expect(triples('He met former South Korean presidents Pak Chol and others.')).toContain(
      'pak-chol leader of south-korea',
    );
  });

  it('reads "four-way talks also involving China" as China taking part', () => {
    expect(triples('They proposed four-way talks also involving China.')).toContain(
      'china participated in four-way-talks',
    );
  });
});

describe('the pair as object', () => {
  it('reads "urged both sides" as urging each of the two states', () => {
    expect(triples(`${lead}China, the North's main ally, has urged both sides to show restraint.`)).toEqual(
      expect.arrayContaining(['china demanded south-korea', 'china demanded north-korea']),
    );
  });
});

describe('headline verbs and possessed triggers', () => {
  it('keeps a headline verb out of the event\'s name ("Putin and Kim sign defense pact"), not "year-end"', () => {
    const labels = (text: string) =>
      ingestText(text, { existing })
        .entities.filter((e) => e.type === 'event')
        .map((e) => e.label);
    expect(labels('Wang Yi and Pak Chol sign mutual defense pact in Beijing')).toEqual([
      'Mutual defense pact',
    ]);
    expect(labels('Pak Chol spoke at a year-end meeting.')).toEqual(['Year-end meeting']);
  });

  it('reads "Wang Yi\'s first visit to Japan" with the possessor as the visitor', () => {
    expect(triples("Talks were held during Wang Yi's first visit to Japan.")).toContain(
      'wang-yi visited japan',
    );
  });
});

describe('taking part in a gathering the clause names', () => {
  it('reads "X and Y agreed ... at the first summit" as both taking part, not a clause after "that"', () => {
    expect(triples('Wang Yi and Pak Chol agreed on Friday to work together at the first summit.')).toEqual(
      expect.arrayContaining([
        'wang-yi participated in first-summit',
        'pak-chol participated in first-summit',
      ]),
    );
    expect(triples('Wang Yi said during the talks that peace mattered.')).toContain(
      'wang-yi participated in talks',
    );
    expect(
      triples('Wang Yi said that Pak Chol would speak at the summit.').filter((t) => t.startsWith('wang-yi')),
    ).toEqual([]);
  });
});

describe('the home state of a wire story', () => {
  it('reads an unqualified minister in a story filed from Seoul as a minister of South Korea', () => {
    const withSeoul: KnownEntity[] = [
      ...existing,
      { id: 'seoul', type: 'place', kind: 'city', label: 'Seoul', aliases: [], existing: true },
    ];
    const read = (text: string) =>
      ingestText(text, { existing: withSeoul }).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
    const t = read('SEOUL, May 24 (Yonhap) -- South Korea acted. Defense Minister Kim Tae-young said so.');
    expect(t).toContain('kim-tae-young official of south-korea');
    // A president may be another state's; a story with no dateline has no home.
    expect(read('SEOUL, May 24 (Yonhap) -- South Korea acted. President Pak Chol said so.')).not.toContain(
      'pak-chol leader of south-korea',
    );
    expect(read('South Korea acted. Defense Minister Kim Tae-young said so.')).not.toContain(
      'kim-tae-young official of south-korea',
    );
  });
});

describe('title-case headlines, surnames after "to", delegations and dinners', () => {
  it('reads no new name from a title-case headline', () => {
    const r = ingestText("Seoul's Envoys Return From Pyongyang With a Summit Offer\n\nWang Yi spoke.", {
      existing,
    });
    expect(r.entities.filter((e) => e.kind === 'person').map((e) => e.label)).toEqual(['Wang Yi']);
  });

  it('reads "According to Chung" as the Chung named in full before, not a city', () => {
    const r = ingestText('Chung Eui-yong met Wang Yi. According to Chung, the talks went well.', {
      existing,
    });
    expect(r.entities.find((e) => e.label === 'Chung Eui-yong')?.mentions.map((m) => m.text)).toEqual([
      'Chung Eui-yong',
      'Chung',
    ]);
    expect(r.entities.some((e) => e.type === 'place' && e.label === 'Chung')).toBe(false);
  });

  it('reads "a South Korean delegation led by national security adviser X" and "dined with"', () => {
    const t = triples(
      'A South Korean delegation led by national security adviser Chung Eui-yong dined with North Korean leader Pak Chol.',
    );
    expect(t).toContain('chung-eui-yong official of south-korea');
    expect(triples('Wang Yi dined with Pak Chol on Monday.')).toContain('wang-yi met with pak-chol');
  });

  it('counts "South Korean" among the mentions that make the two main states', () => {
    const t = triples(
      'North Korea hosted a South Korean delegation. South Korean envoys and North Korea talked. China watched. The two sides agreed to hold a summit.',
    );
    expect(t).toEqual(
      expect.arrayContaining(['south-korea agreed to summit', 'north-korea agreed to summit']),
    );
    expect(t).not.toContain('china agreed to summit');
  });

  it('reads "a summit between Kim and President Moon" as both taking part', () => {
    expect(triples('They agreed to hold a summit between Pak Chol and President Wang Yi.')).toEqual(
      expect.arrayContaining(['pak-chol participated in summit', 'wang-yi participated in summit']),
    );
  });
});

describe('weapons fired or launched', () => {
  it('makes each firing an event its subject took part in, or carried out when shells were fired', () => {
    const text =
      'The North launched two ballistic missiles on Monday. On Friday, North Korea fired more than 200 artillery shells near the border.';
    const r = ingestText(text, { existing });
    expect(
      r.entities.filter((e) => e.type === 'event').map((e) => [e.id, e.kind, e.mentions[0]?.text]),
    ).toEqual([
      ['missile-launch', 'weapons-test', 'launched two ballistic missiles'],
      ['shelling', 'attack', 'fired more than 200 artillery shells'],
    ]);
    expect(triples(text)).toEqual(
      expect.arrayContaining([
        'north-korea participated in missile-launch',
        'north-korea carried out shelling',
      ]),
    );
    // A firing said in passing inside a longer phrase is not read.
    expect(ingestText('They fired warnings at ships and missiles.', { existing }).entities).toEqual([]);
  });
});

describe('indefinite events', () => {
  it('reads "a summit" as a summit not named before, "the summit" as the one named', () => {
    const r = ingestText(
      'The summit in April went well. Wang Yi attended a summit in May. The summit ended.',
      {
        existing,
      },
    );
    expect(
      r.entities.filter((e) => e.type === 'event').map((e) => [e.id, e.mentions.map((m) => m.text)]),
    ).toEqual([
      ['summit', ['The summit']],
      ['summit-2', ['a summit', 'The summit']],
    ]);
  });
});

describe('reported clauses and where events are held', () => {
  it('takes no subject across "said the military would"', () => {
    expect(
      triples('Wang Yi said the military would resume the joint drills.').filter((t) =>
        t.startsWith('wang-yi'),
      ),
    ).toEqual([]);
    expect(triples('Wang Yi resumed the joint drills.')).toContain('wang-yi participated in joint-drills');
  });

  it('holds no event at a possessor or "at" a state', () => {
    const t = triples(
      "North Korea fired 200 artillery shells near the South's island. Japan ended the deal in protest at the North.",
    );
    expect(t.filter((r) => r.includes('held at'))).toEqual([]);
    expect(triples('The drills in Japan ended.')).toContain('drills held at japan');
  });
});

describe('who met at a summit, and where', () => {
  it('reads "X\'s summit with President Y in P" as X meeting Y, the summit held in P', () => {
    const withHanoi: KnownEntity[] = [
      ...existing,
      { id: 'hanoi', type: 'place', kind: 'city', label: 'Hanoi', aliases: [], existing: true },
    ];
    const r = ingestText("Pak Chol's second summit with President Wang Yi collapsed in Hanoi.", {
      existing: withHanoi,
    }).relations.map((x) => `${x.source} ${x.relation} ${x.target}`);
    expect(r).toEqual(
      expect.arrayContaining([
        'pak-chol met with wang-yi',
        'wang-yi participated in second-summit',
        'second-summit held at hanoi',
      ]),
    );
  });

  it('reads "a meeting between X and President Y" as the two meeting', () => {
    expect(triples('They planned a meeting between Pak Chol and President Wang Yi.')).toContain(
      'pak-chol met with wang-yi',
    );
  });
});

describe('agreements, offices "of" something, and drills with a party somewhere', () => {
  it('reads the parties of an agreement as agreeing to it, not taking part', () => {
    const t = triples(`${lead}The broadcasts were halted in 2004 under a deal between the two Koreas.`);
    expect(t).toEqual(expect.arrayContaining(['south-korea agreed to deal', 'north-korea agreed to deal']));
    expect(t.filter((r) => r.includes('participated in deal'))).toEqual([]);
  });

  it('reads "U.S. Secretary of State X" as an official of the United States', () => {
    expect(triples('U.S. Secretary of State Hillary Clinton spoke in Beijing.')).toContain(
      'hillary-clinton official of united-states',
    );
  });

  it('reads "exercises with the United States in the Yellow Sea" as held there', () => {
    expect(
      triples('The South will stage joint exercises with the United States in the Yellow Sea.'),
    ).toContain('joint-exercises held at yellow-sea');
  });
});

describe('hosting a person', () => {
  it('reads "China, which had hosted Wang Yi twice" as his visit to China; hosting an event stays hosting', () => {
    expect(
      triples('China, which had hosted Wang Yi twice earlier in the year, praised the outcome.'),
    ).toContain('wang-yi visited china');
    expect(triples('Japan hosted the Winter Olympics in 2018.').filter((t) => t.includes('visited'))).toEqual(
      [],
    );
  });
});

describe('two people named together', () => {
  const people: KnownEntity[] = [...existing, KIM, MOON];
  const read = (text: string) =>
    ingestText(text, { existing: people }).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
  const lead = 'North Korean leader Kim Jong Un and South Korean President Moon Jae-in met on Friday. ';

  it('reads "the two leaders" and a "they" after it as the two people last named together', () => {
    expect(read(`${lead}At the end of the day the two leaders agreed to sign a peace treaty.`)).toEqual(
      expect.arrayContaining(['kim agreed to peace-treaty', 'moon agreed to peace-treaty']),
    );
    const t = read(
      `${lead}In a declaration, the two leaders said there will be no war. They agreed to sign a peace treaty.`,
    );
    expect(t).toEqual(expect.arrayContaining(['kim agreed to peace-treaty', 'moon agreed to peace-treaty']));
  });

  it('leaves "the two leaders" alone when no two people were named together', () => {
    const t = read('Kim Jong Un spoke on Friday. Later the two leaders agreed to sign a peace treaty.');
    expect(t.filter((x) => x.includes('peace-treaty'))).toEqual([]);
  });

  it('reads a second event the same verb governs after "and to"', () => {
    expect(read('China agreed to sign a peace treaty and to pursue three-way talks.')).toEqual(
      expect.arrayContaining(['china agreed to peace-treaty', 'china agreed to three-way-talks']),
    );
  });
});

describe('more verbs of the vocabulary', () => {
  const people: KnownEntity[] = [...existing, KIM, MOON];
  const read = (text: string) =>
    ingestText(text, { existing: people }).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

  it('reads crossing into a state as visiting it, but no one visits their own state', () => {
    const t = read(
      'North Korean leader Kim Jong Un and South Korean President Moon Jae-in met on Friday. Later the two men crossed together into North Korea.',
    );
    expect(t).toContain('moon visited north-korea');
    expect(t).not.toContain('kim visited north-korea');
  });

  it('reads "in protest at" an event as responding to it', () => {
    expect(read('South Korea suspended the deal in protest at the missile launch.')).toContain(
      'south-korea responded to missile-launch',
    );
  });

  it('reads wresting concessions from someone as a demand on them', () => {
    expect(read('Japan raised tensions to wrest concessions from China.')).toContain('japan demanded china');
  });
});

describe('diplomats, titles and travel', () => {
  const known: KnownEntity[] = [
    ...existing,
    US,
    city('washington', 'Washington'),
    city('seoul', 'Seoul'),
    city('pyongyang', 'Pyongyang'),
    KIM,
    MOON,
  ];
  const read = (text: string) => relationsOf(text, known);

  it('reads a title with its "for" and its modifiers: "U.S. Special Representative for North Korea X"', () => {
    const t = read(
      'U.S. Special Representative for North Korea Stephen Biegun met his South Korean counterpart, Lee Do-hoon, in Washington.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'stephen-biegun official of united-states',
        'stephen-biegun met with lee-do-hoon',
        'stephen-biegun met at washington',
      ]),
    );
    // The title's "for North Korea" is no subject of the meeting, nor is the counterpart's state its object.
    expect(t).not.toContain('united-states met with south-korea');
    expect(t).not.toContain('stephen-biegun met with south-korea');
  });

  it('reads "Seoul\'s top nuclear envoy, X" as an official of the state the capital stands for', () => {
    expect(read("Seoul's top nuclear envoy, Lee Do-hoon, flew to Washington on Monday.")).toEqual(
      expect.arrayContaining(['lee-do-hoon official of south-korea', 'lee-do-hoon visited washington']),
    );
  });

  it('reads arriving somewhere for a gathering as taking part in it, with the titled person it is with', () => {
    const t = read(
      'South Korean President Moon Jae-in arrived in Pyongyang on Tuesday for a three-day summit with North Korean leader Kim Jong Un.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'moon visited pyongyang',
        'moon participated in three-day-summit',
        'kim participated in three-day-summit',
      ]),
    );
    expect(t).not.toContain('north-korea participated in three-day-summit');
  });

  it('keeps a hyphened word after "for" in the event\'s name: "for working-level talks"', () => {
    const events = ingestText('North Korea has not answered the proposal for working-level talks.', {
      existing: known,
    }).entities.filter((e) => e.type === 'event');
    expect(events.map((e) => e.mentions[0]?.text)).toEqual(['working-level talks']);
  });
});

describe('analysis-style phrasing', () => {
  const known: KnownEntity[] = [
    ...existing,
    US,
    { id: 'panmunjom', type: 'place', kind: 'village', label: 'Panmunjom', aliases: [], existing: true },
    { id: 'korean-war', type: 'event', kind: 'war', label: 'Korean War', aliases: [], existing: true },
  ];
  const result = (text: string) => ingestText(text, { existing: known });
  const read = (text: string) => triplesOf(result(text));

  it("reads a capital's delegation or offer as its government's", () => {
    const e = result(
      "Pyongyang's delegation arrived on Monday. Pyongyang's offer of talks surprised Seoul.",
    ).entities;
    const north = e.find((x) => x.id === 'north-korea');
    expect(north?.mentions.map((m) => m.text)).toEqual(['Pyongyang', 'Pyongyang']);
  });

  it('reads "The talks, held at <place>" as where the talks were held', () => {
    expect(read('The talks, held at the border village of Panmunjom, lasted two days.')).toContain(
      'talks held at panmunjom',
    );
  });

  it('reads insisting that someone act as a demand on them', () => {
    expect(read('China has insisted that North Korea first take steps toward disarmament.')).toContain(
      'china demanded north-korea',
    );
  });

  it('does not take a noun described by "<participle> by" as the object of the verb before it', () => {
    const t = read('The two sides agreed to hold reunions of families separated by the Korean War.');
    expect(t.filter((x) => x.endsWith('korean-war'))).toEqual([]);
  });

  it('reads a plural event noun a past-tense verb takes as an event ("held talks")', () => {
    const t = read('South Korea and North Korea held talks on Friday.');
    expect(t).toEqual(
      expect.arrayContaining(['south-korea participated in talks', 'north-korea participated in talks']),
    );
    // "to resume talks" is only wished for: no event.
    const e = result('China wants to resume talks with Japan.').entities.filter((x) => x.type === 'event');
    expect(e).toEqual([]);
  });
});

describe('more names found', () => {
  const entities = (text: string) =>
    ingestText(text, { existing }).entities.map(
      (e) => `${e.type}/${e.kind} ${e.mentions.map((m) => m.text).join('|')}`,
    );

  it('finds unnamed people in a bare plural ("North Korean defectors") and takes "the defectors" up', () => {
    expect(
      entities(
        'Leaflets that North Korean defectors floated angered Pyongyang. The defectors vowed to go on.',
      ),
    ).toEqual(expect.arrayContaining(['actor/group North Korean defectors|The defectors']));
    // A singular needs its article: "said North Korean soldier" is no one.
    expect(entities('The North Korean soldier defected.').some((x) => x.startsWith('actor/person'))).toBe(
      false,
    );
  });

  it('finds places headed before their "of" and named after a word for their kind', () => {
    const e = entities(
      'He ordered the removal of the Arch of Reunification. The North shelled the border island of Yeonpyeong. Talks were held at the Peace House.',
    );
    expect(e).toEqual(
      expect.arrayContaining([
        'place/monument Arch of Reunification',
        'place/island Yeonpyeong',
        'place/building Peace House',
      ]),
    );
  });

  it('knows more states, with their adjectives and capitals', () => {
    expect(entities('Experts from Australia and Sweden joined Canadian officials.')).toEqual(
      expect.arrayContaining(['actor/state Australia', 'actor/state Sweden']),
    );
  });

  it('ends a verb\'s object search at a clause of its own ("before walking to X")', () => {
    const t = ingestText('Wang Yi crossed into Japan before walking to Kaesong.', { existing }).relations.map(
      (r) => `${r.source} ${r.relation} ${r.target}`,
    );
    expect(t).toContain('wang-yi visited japan');
    expect(t).not.toContain('wang-yi visited kaesong');
  });
});

describe('speeches and places in a city', () => {
  const known: KnownEntity[] = [...existing, person('lee', 'Lee Myung-bak'), city('seoul', 'Seoul')];
  const read = (text: string) => relationsOf(text, known);

  it('reads who gave the speech a sentence opens with, and where it was given from', () => {
    const t = read(
      'In a televised address from the War Memorial of Korea in central Seoul, Lee Myung-bak called for calm.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'lee participated in televised-address',
        'televised-address held at war-memorial-of-korea',
        'war-memorial-of-korea located in seoul',
      ]),
    );
    // "in central Seoul" is the city, not the government, whatever follows.
    expect(t).not.toContain('war-memorial-of-korea located in south-korea');
  });
});

describe('names with a suffix, possessors after a comma, two leaders of one summit', () => {
  const known: KnownEntity[] = [
    ...existing,
    {
      id: 'east-china-sea',
      type: 'place',
      kind: 'sea',
      label: 'East China Sea',
      aliases: [],
      existing: true,
    },
  ];
  const read = (text: string) => relationsOf(text, known);

  it('reads "Ferdinand Marcos Jr." as one person', () => {
    expect(read('Philippine President Ferdinand Marcos Jr. arrived in Kaesong on Tuesday.')).toEqual(
      expect.arrayContaining([
        'ferdinand-marcos-jr leader of philippines',
        'ferdinand-marcos-jr visited kaesong',
      ]),
    );
  });

  it('does not place a sea in the state whose ministry speaks after the comma', () => {
    expect(read("Ships entered waters in the East China Sea, Japan's Foreign Ministry said.")).not.toContain(
      'east-china-sea located in japan',
    );
  });

  it('reads "the two leaders" as the two people who took part in one summit', () => {
    const t = read(
      'Philippine President Ferdinand Marcos Jr. arrived in Kaesong for a summit with Prime Minister Fumio Kishida. Later the two leaders signed a defense pact.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'ferdinand-marcos-jr agreed to defense-pact',
        'fumio-kishida agreed to defense-pact',
      ]),
    );
  });
});

describe('offices every state has', () => {
  it('names "Japan\'s Foreign Ministry" and "China\'s Foreign Ministry" apart, and a bare one after as the last', () => {
    const e = ingestText(
      "Japan's Foreign Ministry protested. China's Foreign Ministry replied on Tuesday. The Foreign Ministry in Beijing said more.",
      { existing },
    ).entities.filter((x) => x.kind === 'organization');
    expect(e.map((x) => `${x.label}: ${x.mentions.length}`)).toEqual([
      'Foreign Ministry of Japan: 1',
      'Foreign Ministry of China: 2',
    ]);
  });
});

describe('who met where, and whom', () => {
  const read = (text: string) => relationsOf(text, WITH_PEOPLE);
  it('reads the other side of "met X in P" as meeting there too, and a state adjective with a title as its person', () => {
    const t = read('Wang Yi met North Korean official Kim Jong Un in New York last month.');
    expect(t).toEqual(
      expect.arrayContaining(['wang-yi met with kim', 'wang-yi met at new-york', 'kim met at new-york']),
    );
    expect(t).not.toContain('wang-yi met with north-korea');
  });

  it('reads the sides of "X\'s summit with Y in P" as meeting at P', () => {
    const t = read("Moon Jae-in's first summit with Kim Jong Un in the border city of Kaesong went well.");
    expect(t).toEqual(expect.arrayContaining(['moon met at kaesong', 'kim met at kaesong']));
  });

  it('does not read "a sitting U.S. president" as the United States met', () => {
    const t = read(
      'Moon Jae-in and Kim Jong Un met at the hotel, the first summit between a sitting U.S. president and a Chinese leader.',
    );
    expect(t).toContain('moon met with kim');
    expect(t).not.toContain('moon met with united-states');
  });

  it('reads an untitled two-word name after "in" as a place, not a person', () => {
    const e = ingestText('Talks were held in Port Moresby on Monday.', { existing }).entities;
    expect(e.find((x) => x.label === 'Port Moresby')).toMatchObject({ type: 'place', kind: 'city' });
  });

  it('reads "accusing" as blaming', () => {
    expect(read('North Korea hit back at Japan on Monday, accusing China of hostility.')).toContain(
      'north-korea blamed china',
    );
  });
});

describe('names that share a surname, and offices in lower case', () => {
  const LEE = { ...person('lee-myung-bak', 'Lee Myung-bak'), aliases: ['Lee'] };
  const KIM_ALIASED = { ...KIM, aliases: ['Kim'] };
  const result = (text: string) => ingestText(text, { existing: [...existing, LEE, KIM_ALIASED, US] });
  const read = (text: string) => triplesOf(result(text));

  it('reads "Lee Do-hoon" as a new person, and a later "Lee" as him, not the graph\'s Lee Myung-bak', () => {
    const r = result('Negotiator Lee Do-hoon arrived in Kaesong on Monday. Lee met Wang Yi there.');
    expect(r.entities.find((e) => e.label === 'Lee Do-hoon')?.mentions.map((m) => m.text)).toEqual([
      'Lee Do-hoon',
      'Lee',
    ]);
    expect(r.entities.find((e) => e.id === 'lee-myung-bak')).toBeUndefined();
  });

  it('keeps a bare "Kim" for the graph\'s Kim Jong Un when the text names him in full too', () => {
    const r = result('Kim Jong Un met his sister Kim Yo Jong in Kaesong. Kim said little.');
    const kim = r.entities.find((e) => e.id === 'kim');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
  });

  it('reads "his U.S. counterpart Sung Kim" as a person of his own', () => {
    const r = result('Wang Yi held talks with his U.S. counterpart Sung Kim on Monday.');
    expect(r.entities.map((e) => e.label)).toContain('Sung Kim');
    expect(r.entities.find((e) => e.id === 'kim')).toBeUndefined();
  });

  it('reads "Chinese Foreign Minister X" as an official of China', () => {
    expect(read('Chinese Foreign Minister Qin Gang spoke in Kaesong.')).toContain(
      'qin-gang official of china',
    );
  });

  it('reads "called on X to" as a demand, and "called on Monday" as none', () => {
    expect(read('Wang Yi called on North Korea to return to dialogue.')).toContain(
      'wang-yi demanded north-korea',
    );
    expect(read('Wang Yi called on Monday for North Korea to talk.')).not.toContain(
      'wang-yi demanded north-korea',
    );
  });

  it('names "North Korea\'s foreign ministry" for its state, and "the ministry" after it is that body', () => {
    const r = result(
      "North Korea's foreign ministry criticized the United States for its policy. The ministry said talks were over.",
    );
    const ministry = r.entities.find((e) => e.label === 'Foreign Ministry of North Korea');
    expect(ministry?.mentions.map((m) => m.text)).toEqual(['foreign ministry', 'ministry']);
    expect(read("North Korea's foreign ministry criticized the United States for its policy.")).toContain(
      'foreign-ministry-of-north-korea blamed united-states',
    );
  });
});

describe('where acts were done, and what came after what', () => {
  const read = (text: string) => relationsOf(text, WITH_PEOPLE);

  it('reads the places after an act verb as where it was done', () => {
    const t = read('North Korea blew up the office in the border town of Kaesong on Tuesday.');
    expect(t.filter((x) => x.endsWith('held at kaesong'))).toHaveLength(1);
  });

  it('reads "ended with" and "follows" between two events', () => {
    expect(read('The Korean War ended with an armistice in 1953.')).toContain(
      'armistice followed korean-war',
    );
    expect(read('The summit follows the drills.')).toContain('summit followed drills');
  });

  it('does not read "agreed to turn the armistice into a treaty" as agreeing to the armistice', () => {
    const t = read('Kim Jong Un and Moon Jae-in agreed to turn the armistice into a peace treaty.');
    expect(t).toContain('kim agreed to peace-treaty');
    expect(t).not.toContain('kim agreed to armistice');
  });
});

describe('wire phrasing: nouns that look like verbs, when before where, institutes', () => {
  const SEOUL = city('seoul', 'Seoul');
  const result = (text: string) => ingestText(text, { existing: [...existing, KIM, MOON, US, SEOUL] });
  const read = (text: string) => triplesOf(result(text));

  it('reads "rejected the demand" as no demand', () => {
    expect(
      read('South Korea rejected the demand from North Korea.').some((t) => t.includes('demanded')),
    ).toBe(false);
  });

  it('reads where an event is set after when ("scheduled for Feb. 20-25 at", "in years on Wednesday at")', () => {
    expect(
      read('The reunions of separated families, scheduled for Feb. 20-25 at Kaesong, went ahead.'),
    ).toContain('reunions-of-separated-families held at kaesong');
    expect(read('The two sides held their first talks in years on Wednesday at Kaesong.')).toContain(
      'first-talks held at kaesong',
    );
  });

  it('reads "University of North Korean Studies" as one institution', () => {
    const r = result('Yang Moo-jin, a professor at the University of North Korean Studies, said so.');
    expect(r.entities.map((e) => e.label)).toContain('University of North Korean Studies');
  });

  it('reads a capital after "calling on" as its government', () => {
    expect(read('North Korea spoke on Monday, calling on Seoul to stop.')).toContain(
      'north-korea demanded south-korea',
    );
  });
});

describe('subjects of participles and joined verbs, and people met in a list', () => {
  const read = (text: string) => relationsOf(text, WITH_PEOPLE);

  it('gives a participle after a comma the subject of its clause, not the last name', () => {
    const t = read(
      'U.S. Secretary of State Antony Blinken met Wang Yi in Kaesong on Friday, warning North Korea.',
    );
    expect(t).toContain('antony-blinken warned north-korea');
    expect(t).not.toContain('wang-yi warned north-korea');
  });

  it('reads "condemned X for" as blame, but not the "for" of another verb after it', () => {
    expect(read('China condemned the United States for its hostile policy.')).toContain(
      'china blamed united-states',
    );
    const t = read('China condemned the launch and called for a meeting with Japan and the United States.');
    expect(t.filter((r) => r.includes('blamed'))).toEqual([]);
  });

  it('gives a verb joined after a reported clause to the speaker', () => {
    const t = read('Wang Yi said Japan had no plans to attack China and accused North Korea of lying.');
    expect(t).toContain('wang-yi blamed north-korea');
    expect(t).not.toContain('china blamed north-korea');
  });

  it('reads "met X and French Foreign Minister Y" as meeting Y, and "Berlin, where he met" as meeting there', () => {
    const t = read(
      "Wang Yi flew to Berlin, where he met Germany's chancellor Olaf Scholz and French Foreign Minister Jean-Yves Le Drian.",
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'olaf-scholz leader of germany',
        'wang-yi met with olaf-scholz',
        'wang-yi met with jean-yves-le-drian',
        'wang-yi met at berlin',
        'olaf-scholz met at berlin',
      ]),
    );
    expect(t).not.toContain('wang-yi met with france');
  });
});

describe('two states named by adjectives, and a cabinet secretary at home', () => {
  const read = (text: string) => relationsOf(text);

  it('reads "Japanese and Chinese officials met" as both states meeting', () => {
    const t = read('Japanese and Chinese officials met in Kaesong last month.');
    expect(t).toEqual(
      expect.arrayContaining(['japan met with china', 'japan met at kaesong', 'china met at kaesong']),
    );
  });

  it('reads "Chief Cabinet Secretary X" in a story from Tokyo as an official of Japan', () => {
    const t = read(
      'TOKYO, March 3 (Wire) - Japan protested. Chief Cabinet Secretary Yoshimasa Hayashi spoke.',
    );
    expect(t).toContain('yoshimasa-hayashi official of japan');
  });
});

describe('launches, responses and who convened a meeting', () => {
  const read = (text: string) => relationsOf(text, WITH_PEOPLE);

  it('reads where a missile was fired into', () => {
    const t = read('North Korea fired a ballistic missile into the Yellow Sea on Thursday.');
    expect(t.some((x) => / held at yellow-sea$/.test(x))).toBe(true);
  });

  it('reads "came in response to" as following and answering the event', () => {
    const t = read('The launch came in response to the drills.');
    expect(t).toEqual(expect.arrayContaining(['launch followed drills', 'launch responded to drills']));
  });

  it('reads "convened a meeting" as hosting it', () => {
    expect(
      read('Moon Jae-in convened a meeting of the cabinet on Friday.').some((x) =>
        x.startsWith('moon hosted '),
      ),
    ).toBe(true);
  });
});

describe('companies and civic bodies', () => {
  it('reads "Samsung Electronics" as an organization, not a person', () => {
    const e = ingestText('Samsung Electronics said profits fell.', { existing }).entities;
    expect(e.find((x) => x.label === 'Samsung Electronics')).toMatchObject({
      type: 'actor',
      kind: 'organization',
    });
  });
});

describe('pronouns that own or join, invitations, thanks', () => {
  const result = (text: string) => ingestText(text, { existing: WITH_PEOPLE });
  const read = (text: string) => triplesOf(result(text));

  it('reads "his first meeting with X" as the last person named meeting X', () => {
    const t = read("Kim Jong Un's trip to Kaesong was his first meeting with Wang Yi.");
    expect(t).toEqual(expect.arrayContaining(['kim met with wang-yi', 'kim participated in first-meeting']));
  });

  it('reads "he and Kim signed" as both signing', () => {
    const t = read('Wang Yi visited Kaesong, where he and Kim Jong Un signed a defence treaty.');
    expect(t).toEqual(
      expect.arrayContaining(['wang-yi agreed to defence-treaty', 'kim agreed to defence-treaty']),
    );
  });

  it('keeps an invited visit only possible, and reads thanks as praise', () => {
    const r = result('Kim Jong Un thanked Wang Yi and invited him to visit Kaesong.');
    const visit = r.relations.find((x) => x.relation === 'visited');
    // The one invited would visit, not the host.
    expect(`${visit?.source} ${visit?.modality}`).toBe('wang-yi possible');
    expect(read('Kim Jong Un thanked Wang Yi.')).toContain('kim praised wang-yi');
    expect(read('Kim Jong Un gave his thanks to Wang Yi.').some((x) => x.includes('praised'))).toBe(false);
  });
});

describe('delegations, deputies and long institution names', () => {
  const result = (text: string) => ingestText(text, { existing });
  const read = (text: string) => triplesOf(result(text));

  it('reads "the North\'s team was led by X" and "delegation, headed by X" as officials of the state', () => {
    expect(read("The North's team was led by Pak Yong-il.")).toContain('pak-yong-il official of north-korea');
    expect(read('The South Korean delegation, headed by Chun Hae-sung, arrived.')).toContain(
      'chun-hae-sung official of south-korea',
    );
  });

  it('reads a vice chairman as an official, not the leader', () => {
    const t = read(
      'Pak Yong-il, vice chairman of the Committee for the Peaceful Reunification of the Country, spoke.',
    );
    expect(t).toContain('pak-yong-il official of committee-for-the-peaceful-reunification-of-the-country');
    expect(t.some((x) => x.includes('leader of'))).toBe(false);
  });
});

describe('a headline names people by surname first', () => {
  it('links surnames in the headline to the people the story names in full', () => {
    const r = ingestText(
      'Blinken meets Lavrov in Kaesong\n\nAntony Blinken met Sergei Lavrov in Kaesong on Friday.',
      { existing },
    );
    expect(r.entities.find((e) => e.label === 'Antony Blinken')?.mentions.map((m) => m.text)).toEqual([
      'Blinken',
      'Antony Blinken',
    ]);
    // A sentence that ends with a full stop is no headline: a surname before the full name stays alone.
    const body = ingestText('Blinken spoke. Antony Blinken met Sergei Lavrov.', { existing });
    expect(body.entities.find((e) => e.label === 'Antony Blinken')?.mentions.map((m) => m.text)).toEqual([
      'Antony Blinken',
    ]);
  });
});

describe('meetings said in passing', () => {
  const read = (text: string) => relationsOf(text, WITH_PEOPLE);

  it('reads "after meeting his counterpart, X" and "for talks with" as meetings', () => {
    expect(read('Wang Yi spoke after meeting his South Korean counterpart, Chung Eui-yong.')).toContain(
      'wang-yi met with chung-eui-yong',
    );
    expect(read('Wang Yi arrived in Kaesong for talks with North Korean officials.')).toContain(
      'wang-yi met with north-korea',
    );
    expect(read('The meeting ended.').some((t) => t.includes('met with'))).toBe(false);
  });
});

describe('a warning that names no one', () => {
  it("is aimed at the other of the story's two states, and only in a story about two", () => {
    const read = (text: string) => relationsOf(text);
    expect(read(`${lead}North Korea warned that a tragic scene would be seen.`)).toContain(
      'north-korea warned south-korea',
    );
    expect(
      read('North Korea warned that a tragic scene would be seen.').some((t) => t.includes('warned')),
    ).toBe(false);
    expect(read(`${lead}North Korea did not threaten to end the talks.`)).not.toContain(
      'north-korea threatened south-korea',
    );
  });
});

describe('the passage of a title after a state adjective', () => {
  it('starts at the adjective, not a fixed number of characters before the title', () => {
    const text = 'Mike Pompeo met American official Kim Yong Chol in Kaesong.';
    const r = ingestText(text, { existing: WITH_PEOPLE });
    const role = r.relations.find((x) => x.relation === 'official of' && x.target === 'united-states');
    expect(role && text.slice(role.evidence.start, role.evidence.end)).toBe(
      'American official Kim Yong Chol',
    );
  });
  it('knows every demonym the gazetteer knows ("Philippine President X", "the South Korean Defense Ministry")', () => {
    const text =
      'Philippine President Rodrigo Duterte met Kim Jong Un. The South Korean Defense Ministry said the talks went well.';
    const r = ingestText(text, { existing: WITH_PEOPLE });
    const evidence = (relation: string) => {
      const found = r.relations.find((x) => x.relation === relation);
      return found && `${found.target}: ${text.slice(found.evidence.start, found.evidence.end)}`;
    };
    expect(evidence('leader of')).toBe('philippines: Philippine President Rodrigo Duterte');
    expect(evidence('part of')).toBe('south-korea: South Korean Defense Ministry');
  });
});

describe('a host and the guests', () => {
  it('reads "X hosted Y and Z at P" as X meeting each, all of them at P, and "Japanese Prime Minister" as Japan\'s leader', () => {
    const t = relationsOf(
      'Wang Yi hosted South Korean President Moon Jae-in and Japanese Prime Minister Fumio Kishida at Kaesong on Friday.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'wang-yi met with moon',
        'wang-yi met with fumio-kishida',
        'wang-yi met at kaesong',
        'moon met at kaesong',
        'fumio-kishida met at kaesong',
        'fumio-kishida leader of japan',
      ]),
    );
  });

  it('keeps a state host as a visit', () => {
    expect(relationsOf('China, which had hosted Kim Jong Un twice, said nothing.', WITH_PEOPLE)).toContain(
      'kim visited china',
    );
  });
});

describe('headline clauses, counts and broadcasts', () => {
  it('starts a new clause at a semicolon, names a launch by what was launched, and reads broadcasts as an event', () => {
    const r = ingestText(
      "North Korea sends balloons; South Korea resumes loudspeaker broadcasts\n\nIt followed North Korea's launch of hundreds of balloons.",
      { existing: WITH_PEOPLE },
    );
    const t = r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`);
    expect(t).toContain('south-korea participated in loudspeaker-broadcasts');
    expect(t).not.toContain('north-korea participated in loudspeaker-broadcasts');
    expect(r.entities.map((e) => e.label)).toContain('Launch of balloons');
  });
});

describe('a passive with its place, and guesthouses', () => {
  it('reads "X ... was greeted at the airport by North Korean leader Kim" as Kim meeting X', () => {
    const t = relationsOf(
      'Wang Yi arrived in Kaesong on Thursday, the first such visit in years, and was greeted at the airport by North Korean leader Kim Jong Un.',
      WITH_PEOPLE,
    );
    expect(t).toContain('kim met with wang-yi');
    expect(t).not.toContain('kim met with north-korea');
  });

  it('reads "Kumsusan Guesthouse" as a building', () => {
    const e = ingestText('They held talks at the Kumsusan Guesthouse.', { existing }).entities;
    expect(e.find((x) => x.label === 'Kumsusan Guesthouse')).toMatchObject({
      type: 'place',
      kind: 'building',
    });
  });
});

describe('Korean names the surname list lacks', () => {
  it('reads a short surname and a hyphenated given name as a person ("Gil Jae-kyung")', () => {
    const r = ingestText('North Korea sent Gil Jae-kyung to the talks in Kaesong.', { existing });
    expect(r.entities.find((e) => e.label === 'Gil Jae-kyung')?.kind).toBe('person');
  });
  it('knows "Yun" as a surname, so a later "Yun" is Yun Byung-se, and a home state\'s title starts at its first word', () => {
    const text =
      'SEOUL, March 3 (Yonhap) -- Foreign Minister Yun Byung-se met Wang Yi on Monday. Yun said South Korea and China agreed.';
    const r = ingestText(text, { existing });
    const yun = r.entities.find((e) => e.label === 'Yun Byung-se');
    expect(yun?.mentions.map((m) => m.text)).toEqual(['Yun Byung-se', 'Yun']);
    const role = r.relations.find((x) => x.source === yun?.id && x.relation === 'official of');
    expect(role && `${role.target}: ${text.slice(role.evidence.start, role.evidence.end)}`).toBe(
      'south-korea: Foreign Minister Yun Byung-se',
    );
  });
});

describe('regret, speaking at an event, and where someone is', () => {
  it('reads expressed regret or concern at an event as opposing it', () => {
    const t = triples('Japan expressed serious concern about the missile launch. China expressed regret.');
    expect(t).toContain('japan opposed missile-launch');
    expect(t.filter((x) => x.startsWith('china '))).toEqual([]);
  });
  it('reads "told a cabinet meeting" and "said at a news conference" as taking part, not "told reporters"', () => {
    const t = relationsOf(
      'Moon Jae-in told a cabinet meeting on Tuesday that talks would resume. Wang Yi said at a party congress that China agreed. Kim Jong Un told reporters the summit went well.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'moon participated in cabinet-meeting',
        'wang-yi participated in party-congress',
      ]),
    );
    expect(t.filter((x) => x.startsWith('kim participated'))).toEqual([]);
  });
  it('does not take "the talks" for an earlier cabinet meeting', () => {
    const r = ingestText(
      'Moon Jae-in told a cabinet meeting on Tuesday that Seoul wanted peace. The talks will be held in Kaesong.',
      { existing: WITH_PEOPLE },
    );
    expect(r.entities.find((e) => e.label === 'Cabinet meeting')?.mentions.map((m) => m.text)).toEqual([
      'cabinet meeting',
    ]);
  });
  it('reads "X, who is in P" as X visiting P', () => {
    const t = relationsOf(
      'Wang Yi, who is in Kaesong for talks with Moon Jae-in, said the sides agreed.',
      WITH_PEOPLE,
    );
    expect(t).toContain('wang-yi visited kaesong');
  });
});

describe('people who discuss something together', () => {
  it('reads "A and B discussed" and "discussed X with B" between people as a meeting, not by phone, not between states', () => {
    const t = relationsOf(
      'Moon Jae-in and Kim Jong Un discussed the railways on Friday. Wang Yi discussed trade with Moon Jae-in in Kaesong. Kim Jong Un discussed the issue with Wang Yi by phone. South Korea and China discussed tariffs.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(expect.arrayContaining(['moon met with kim', 'wang-yi met with moon']));
    expect(t.filter((x) => /^kim met with wang-yi|^south-korea met with/.test(x))).toEqual([]);
  });
});

describe('a spy satellite story: longer names, new places, renouncing a pact, watching a launch', () => {
  const text =
    'The launch violated U.N. Security Council resolutions. U.S. National Security Council spokesperson Adrienne Watson condemned it. ' +
    'Kim Jong Un watched the launch. Kim later met Vladimir Putin at the Vostochny Cosmodrome. ' +
    'North Korea said it would no longer be bound by the 2018 military agreement and sent troops to the Military Demarcation Line.';
  const r = ingestText(text, { existing: WITH_PEOPLE });
  const kindOf = (label: string) => r.entities.find((e) => e.label === label)?.kind;
  const t = triplesOf(r);
  it('does not take "National Security Council" for the known "Security Council"', () => {
    expect(kindOf('National Security Council')).toBe('organization');
    expect(t).toContain('adrienne-watson spokesperson of national-security-council');
  });
  it('reads cosmodromes and demarcation lines as places', () => {
    expect(kindOf('Vostochny Cosmodrome')).toBe('site');
    expect(kindOf('Military Demarcation Line')).toBe('border-line');
  });
  it('reads "would no longer be bound by" an agreement as suspending it, and watching a launch as taking part', () => {
    expect(t).toEqual(
      expect.arrayContaining(['north-korea suspended 2018-military-agreement', 'kim participated in launch']),
    );
  });
  it('gives ", which oversaw" the name right before it, not the whole list', () => {
    const listed = relationsOf(
      'The deal was struck by South Korea, China and the Korea Tourism Organization, which oversaw the joint tours.',
    );
    expect(listed.filter((x) => x.includes('participated in joint-tours'))).toEqual([
      'korea-tourism-organization participated in joint-tours',
    ]);
  });
});

describe('two agents of a passive, and "their" event', () => {
  it('reads "was signed by A and B at their summit" as both agreeing, both taking part, and meeting', () => {
    const t = relationsOf(
      'The military agreement was signed by Moon Jae-in and Kim Jong Un at their summit in Kaesong.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'moon agreed to military-agreement',
        'kim agreed to military-agreement',
        'moon participated in summit',
        'kim participated in summit',
        'moon met with kim',
      ]),
    );
  });
});

describe('a verb joined by "and" after an object, and offers', () => {
  it('gives "... and signed" the first verb\'s subject, not its object', () => {
    const t = relationsOf('Kim Jong Un met Moon Jae-in in Kaesong and signed the peace accord.', WITH_PEOPLE);
    expect(t).toContain('kim agreed to peace-accord');
    expect(t).not.toContain('moon agreed to peace-accord');
  });
  it('gives it the pronoun that opens the clause ("he offered to meet Kim ... and proposed talks")', () => {
    const t = relationsOf(
      'Moon Jae-in spoke in Berlin. In the speech, he offered to meet Kim Jong Un "at any time" and proposed military talks.',
      WITH_PEOPLE,
    );
    expect(t).toContain('moon proposed military-talks');
    expect(t.filter((x) => x.startsWith('kim proposed'))).toEqual([]);
  });
  it('reads an offer to meet as a possible meeting, and proposes no person', () => {
    const r = ingestText('Moon Jae-in offered to meet Kim Jong Un.', { existing: WITH_PEOPLE });
    expect(r.relations.find((x) => x.relation === 'met with')?.modality).toBe('possible');
    expect(triplesOf(r)).not.toContain('moon proposed kim');
  });
});

describe('"People\'s" inside names', () => {
  it('reads "Korean People\'s Army" and "Supreme People\'s Assembly" whole, with plain ids', () => {
    const r = ingestText(
      "The Korean People's Army fired shells. The Supreme People's Assembly met in Pyongyang on Monday.",
      { existing },
    );
    const names = r.entities.filter((e) => e.kind === 'organization').map((e) => `${e.id}: ${e.label}`);
    expect(names).toEqual([
      "korean-peoples-army: Korean People's Army",
      "supreme-peoples-assembly: Supreme People's Assembly",
    ]);
  });
});

describe('bylines and the General Assembly', () => {
  it('reads no person in "By a Senior Fellow" or "Staff Reporter", and knows the U.N. General Assembly', () => {
    const r = ingestText(
      'Analysis | By a Senior Fellow\n\nBy Staff Reporter\n\nSpeaking at the U.N. General Assembly, Wang Yi praised Japan.',
      { existing: WITH_PEOPLE },
    );
    expect(r.entities.filter((e) => e.kind === 'person').map((e) => e.label)).toEqual(['Wang Yi']);
    expect(r.entities.map((e) => e.label)).toContain('UN General Assembly');
  });
});

describe('a family-reunion story', () => {
  it('reads "agreed Friday to", "demanded that Seoul", "pushed for engagement with", and holds no war at a resort', () => {
    const t = relationsOf(
      'North Korea and South Korea agreed Friday to resume the border talks. ' +
        'Families separated by the Korean War will meet at a mountain resort in the North. ' +
        'North Korea demanded that Seoul return 12 waitresses. Moon Jae-in has pushed for engagement with Pyongyang.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea agreed to border-talks',
        'south-korea agreed to border-talks',
        'north-korea demanded south-korea',
        'moon sought talks with north-korea',
      ]),
    );
    expect(t.filter((x) => x.startsWith('korean-war held at'))).toEqual([]);
  });
});

describe('a drills story: lists of leaders, prefixed surnames, camps', () => {
  const text =
    'The United States and South Korea launched their biggest joint drills. ' +
    'U.S. Forces Korea commander Gen. Paul LaCamera spoke at Camp Humphreys. ' +
    'Kim Jong Un criticized a summit planned between President Moon Jae-in, Chinese Foreign Minister Wang Yi and Japanese Prime Minister Fumio Kishida.';
  const r = ingestText(text, { existing: WITH_PEOPLE });
  const t = triplesOf(r);
  it('reads every party of "a summit planned between A, B and C", and no apposition in the list', () => {
    expect(t).toEqual(
      expect.arrayContaining([
        'moon participated in summit',
        'wang-yi participated in summit',
        'fumio-kishida participated in summit',
      ]),
    );
    expect(t.filter((x) => x.startsWith('moon official of') || x.startsWith('moon leader of china'))).toEqual(
      [],
    );
  });
  it('reads "launched their drills" as taking part, "Paul LaCamera" as a person, U.S. Forces Korea and camps', () => {
    expect(t).toEqual(
      expect.arrayContaining([
        'united-states participated in biggest-joint-drills',
        'south-korea participated in biggest-joint-drills',
      ]),
    );
    const kind = (label: string) => r.entities.find((e) => e.label === label)?.kind;
    expect([kind('Paul LaCamera'), kind('U.S. Forces Korea'), kind('Camp Humphreys')]).toEqual([
      'person',
      'military',
      'site',
    ]);
  });
});

describe('a Xinhua-style report', () => {
  it('reads the DPRK\'s full name as North Korea (not "Republic of Korea"), "his visit to China", and development areas', () => {
    const r = ingestText(
      "Kim Jong Un, chairman of the State Affairs Commission of the Democratic People's Republic of Korea, arrived on his fourth visit to China. He toured the Beijing Economic-Technological Development Area.",
      { existing: WITH_PEOPLE },
    );
    const t = triplesOf(r);
    expect(r.entities.map((e) => e.id)).not.toContain('south-korea');
    expect(t).toContain('kim visited china');
    expect(r.entities.find((e) => e.label === 'Economic-Technological Development Area')?.type).toBe('place');
  });
});

describe("a state's artillery and soldiers", () => {
  it('reads "North Korean artillery shelled X" as the state attacking X and carrying out the shelling', () => {
    const t = relationsOf('In 2010, North Korean artillery shelled Kaesong, killing four people.');
    expect(t).toEqual(
      expect.arrayContaining(['north-korea attacked kaesong', 'north-korea carried out shelling-of-kaesong']),
    );
  });
});

describe('read from new articles written to try the pipeline', () => {
  const withModality = (text: string) =>
    ingestText(text, { existing: WITH_PEOPLE }).relations.map(
      (r) => `${r.source} ${r.relation} ${r.target}${r.modality ? ` (${r.modality})` : ''}`,
    );

  it('reads "considered suspending" as a suspension considered, not made', () => {
    expect(withModality('South Korea considered suspending the military agreement.')).toContain(
      'south-korea suspended military-agreement (possible)',
    );
  });

  it('reads a capital as its government with an adverb before the verb ("Seoul also considered")', () => {
    expect(withModality('Seoul also considered suspending the military agreement.')).toContain(
      'south-korea suspended military-agreement (possible)',
    );
  });

  it('gives a relative clause the event it follows as its object ("the agreement that Moon and Kim signed")', () => {
    const r = ingestText('The military agreement that Moon Jae-in and Kim Jong Un had signed ended.', {
      existing: WITH_PEOPLE,
    });
    const signed = r.relations.filter((x) => x.relation === 'agreed to');
    expect(signed.map((x) => `${x.source} ${x.target}`).sort()).toEqual([
      'kim military-agreement',
      'moon military-agreement',
    ]);
    // The passage holds the event's name as well as the verb.
    const text = 'The military agreement that Moon Jae-in and Kim Jong Un had signed ended.';
    for (const x of signed)
      expect(text.slice(x.evidence.start, x.evidence.end)).toMatch(/^military agreement that/);
    // Only an event is so taken: "the man that Moon Jae-in met" is not what he met.
    expect(
      relationsOf('Kim Jong Un, the man that Moon Jae-in praised, left.', WITH_PEOPLE).filter((x) =>
        x.startsWith('moon praised'),
      ),
    ).toEqual([]);
  });

  it('reads "he" opening a sentence as the person the sentence before was about', () => {
    const t = relationsOf(
      'Moon Jae-in was greeted at the airport by Kim Jong Un. After leaving Kaesong, he flew to Japan.',
      WITH_PEOPLE,
    );
    expect(t).toContain('moon visited japan');
    expect(t).not.toContain('kim visited japan');
    // Nor is the capital before the comma its government flying anywhere.
    expect(t.filter((x) => x.startsWith('north-korea visited'))).toEqual([]);
  });

  it('reads "Kim Il Sung Square" as a place, not the person', () => {
    const known = [...WITH_PEOPLE, person('kim-il-sung', 'Kim Il Sung')];
    const r = ingestText('Moon Jae-in attended a ceremony at Kim Il Sung Square. Kim Il Sung died in 1994.', {
      existing: known,
    });
    const square = r.entities.find((e) => e.label === 'Kim Il Sung Square');
    expect(square?.type).toBe('place');
    expect(r.entities.find((e) => e.id === 'kim-il-sung')?.mentions.map((m) => m.text)).toEqual([
      'Kim Il Sung',
    ]);
  });

  it('reads no attack from "if attacked"', () => {
    const t = relationsOf(
      'Moon Jae-in and Kim Jong Un signed a treaty that commits each to aid the other if attacked, during a visit to Kaesong.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.includes('attacked'))).toEqual([]);
  });

  it('takes no object past "and said", and no threat from a threat only named', () => {
    const t = relationsOf(
      'North Korea denounced the deployment of the carrier as a "serious threat" and said its recent launches were a response to joint drills by Japan.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.startsWith('north-korea'))).toEqual([]);
  });

  it('takes no subject from a preposition\'s objects joined by "and" ("officials in Seoul and Washington believe")', () => {
    const t = relationsOf(
      'The North has fired missiles, and officials in Seoul and Washington believe it may soon conduct a nuclear test.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.startsWith('united-states'))).toEqual([]);
  });

  it('places no act in another clause\'s place ("fired missiles twice, and officials in Seoul")', () => {
    const known = [...WITH_PEOPLE, city('seoul', 'Seoul')];
    const t = relationsOf(
      'The North has fired missiles twice this week, and officials in Seoul are worried.',
      known,
    );
    expect(t.filter((x) => x.includes('held at'))).toEqual([]);
  });

  it('gives a verb joined by "and" after a phrase like "carried by KCNA" the clause\'s subject', () => {
    const t = relationsOf(
      'Kim Jong Un mocked the South in a statement carried by the state news agency KCNA and warned Japan.',
      WITH_PEOPLE,
    );
    expect(t).toContain('kim warned japan');
    expect(t.filter((x) => x.includes('korean-central-news-agency warned'))).toEqual([]);
  });
});

describe('people described by their office ("the North Korean leader")', () => {
  const TRUMP = person('trump', 'Donald Trump');
  const known = [...WITH_PEOPLE, TRUMP];
  const named =
    'U.S. President Donald Trump met North Korean leader Kim Jong Un on Sunday. South Korean President Moon Jae-in was not there. ';

  it('reads "the U.S. president" and "the South Korean president" as the people named with those titles', () => {
    const t = relationsOf(
      `${named}On Monday the U.S. president met the South Korean president in Seoul.`,
      known,
    );
    expect(t).toEqual(expect.arrayContaining(['trump met with moon']));
    expect(t).not.toContain('united-states met with moon');
  });

  it('reads "the North Korean leader" as the leader named before, not the state', () => {
    const t = relationsOf(`${named}Later the North Korean leader warned Washington.`, known);
    expect(t).toEqual(expect.arrayContaining(['kim warned united-states']));
    expect(t).not.toContain('north-korea warned united-states');
    const short = relationsOf(`${named}Later the North's leader warned Washington.`, known);
    expect(short).toEqual(expect.arrayContaining(['kim warned united-states']));
    expect(short).not.toContain('north-korea warned united-states');
  });

  it('reads "the prime minister" with no state named as the one person named with that office', () => {
    const KISHIDA = person('kishida', 'Fumio Kishida');
    const t = relationsOf(
      'Japanese Prime Minister Fumio Kishida met Kim Jong Un on Wednesday. The prime minister later warned China.',
      [...known, KISHIDA],
    );
    expect(t).toContain('kishida warned china');
    // Two presidents named: "the president" alone is neither.
    const two = ingestText(`${named}The president later warned China.`, { existing: known });
    expect(two.entities.flatMap((e) => e.mentions).filter((m) => /president$/i.test(m.text))).toEqual([]);
  });

  it('links no one when the text names no holder of that office of that state', () => {
    const result = ingestText('Kim Jong Un met Moon Jae-in. The Chinese president was not invited.', {
      existing: known,
    });
    const described = result.entities.flatMap((e) => e.mentions).filter((m) => /president/.test(m.text));
    expect(described).toEqual([]);
  });

  it('reads a description set beside the name as that person', () => {
    const result = ingestText('Trump met Kim Jong Un, the North Korean leader, on Sunday.', {
      existing: known,
    });
    const kim = result.entities.find((e) => e.id === 'kim');
    expect(kim?.mentions.map((m) => m.text)).toContain('North Korean leader');
    // Shown in the review as a merge: the words refer back to the person.
    expect(kim?.mentions.find((m) => m.text === 'North Korean leader')?.reason).toBe('reference');
  });
});

describe('read from a new article on the 2019 DMZ meeting', () => {
  const TRUMP = person('trump', 'Donald Trump');
  it('reads stepping or walking into a state as visiting it', () => {
    const t = relationsOf('U.S. President Donald Trump walked a few steps into North Korea on Sunday.', [
      ...WITH_PEOPLE,
      TRUMP,
    ]);
    expect(t).toContain('trump visited north-korea');
    expect(
      relationsOf('Donald Trump stepped into North Korea on Sunday.', [...WITH_PEOPLE, TRUMP]),
    ).toContain('trump visited north-korea');
  });

  it('gives a verb joined after an object the titled person, not the state of the title', () => {
    const t = relationsOf(
      'U.S. President Donald Trump met North Korean leader Kim Jong Un at the border on Sunday and stepped briefly into North Korea.',
      [...WITH_PEOPLE, TRUMP],
    );
    expect(t).toContain('trump visited north-korea');
    expect(t).not.toContain('united-states visited north-korea');
  });

  it('reads "their summit in Hanoi" as the graph\'s Hanoi summit, not the talks named before', () => {
    const hanoi = { ...city('hanoi', 'Hanoi') };
    const summit: KnownEntity = {
      id: 'hanoi-summit',
      type: 'event',
      kind: 'summit',
      label: 'Hanoi summit',
      aliases: [],
      existing: true,
    };
    const result = ingestText(
      'Trump said the two sides would resume nuclear negotiations, which stalled after the collapse of their summit in Hanoi.',
      { existing: [...WITH_PEOPLE, hanoi, summit] },
    );
    const linked = result.entities.find((e) => e.id === 'hanoi-summit');
    expect(linked?.mentions.map((m) => m.text)).toEqual(['their summit']);
    expect(triplesOf(result)).not.toContain('nuclear-negotiations held at hanoi');
  });
});

describe('"the communist North" and a verb after a reported clause', () => {
  it('reads "the communist North", "the nuclear-armed North" as North Korea', () => {
    const result = ingestText('Seoul cut off trade on Monday, and the nuclear-armed North warned Seoul.', {
      existing,
    });
    expect(triplesOf(result)).toContain('north-korea warned south-korea');
    const north = result.entities.find((e) => e.id === 'north-korea');
    expect(north?.mentions.map((m) => m.text)).toEqual(['the nuclear-armed North']);
  });

  it('gives "but warned" after "Analysts say ... will" the analysts, not a name in the reported clause', () => {
    const t = triples(
      `${lead}Analysts say the measures will deprive the communist North of hard currency, but warned that it could retaliate against Seoul.`,
    );
    expect(t).not.toContain('north-korea warned south-korea');
  });
});

describe('read from a new article on Kim Jong Un in Beijing (2018)', () => {
  const XI = person('xi', 'Xi Jinping');
  const known = [...WITH_PEOPLE, XI];
  const named =
    'North Korean leader Kim Jong Un held talks with Chinese President Xi Jinping in Beijing on Monday. ';

  it('reads "the Chinese leader" as the person named "Chinese President" before', () => {
    expect(relationsOf(`${named}The Chinese leader hosted a banquet for Kim.`, known)).toContain(
      'xi met with kim',
    );
  });

  it('takes no title from a description before a name ("the North Korean leader told Xi")', () => {
    const t = relationsOf(
      `${named}Xinhua said the North Korean leader told Xi that talks would go on.`,
      known,
    );
    expect(t).not.toContain('xi leader of north-korea');
  });

  it('reads returning to a state as visiting it, but no one visits their own capital', () => {
    const places = [...known, city('pyongyang', 'Pyongyang'), city('beijing', 'Beijing')];
    const t = relationsOf(`${named}Kim returned to China in May. He then flew to Pyongyang.`, places);
    expect(t).toContain('kim visited china');
    expect(t).not.toContain('kim visited pyongyang');
    expect(relationsOf(`${named}Xi flew to Pyongyang in June 2019.`, places)).toContain(
      'xi visited pyongyang',
    );
  });

  it('reads "Kim told Xi he would visit" as Kim visiting, not Xi', () => {
    const t = relationsOf(`${named}Kim told Xi he would visit Seoul soon.`, [
      ...known,
      city('seoul', 'Seoul'),
    ]);
    expect(t).toContain('kim visited seoul');
    expect(t).not.toContain('xi visited seoul');
  });
});

describe('a name that begins with a short word', () => {
  it('reads "Vietnamese President To Lam" as a person, not a place "Lam"', () => {
    const result = ingestText('North Korean leader Kim Jong Un met Vietnamese President To Lam in Hanoi.', {
      existing: WITH_PEOPLE,
    });
    const lam = result.entities.find((e) => /Lam/.test(e.label));
    expect(lam).toMatchObject({ label: 'To Lam', type: 'actor', kind: 'person' });
    expect(triplesOf(result)).toContain('kim met with to-lam');
  });
});

describe('"the two officials" after two people named with an apposition between', () => {
  it('reads "the two officials" as the two people named, not the one an apposition names by "of"', () => {
    const t = relationsOf(
      'The decision was made by Kim Yo Jong, the powerful sister of leader Kim Jong Un, and Kim Yong Chol, a vice chairman of the ruling party. The two officials criticized Seoul for failing to stop activists.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(
      expect.arrayContaining(['kim-yo-jong blamed south-korea', 'kim-yong-chol blamed south-korea']),
    );
    expect(t).not.toContain('kim blamed south-korea');
  });
});

describe('read from a new analysis of the 2019 Stockholm talks', () => {
  it('reads "tested more than ten short-range missiles" as a launch its subject took part in', () => {
    const result = ingestText(`${lead}Pyongyang has tested more than ten short-range missiles since May.`, {
      existing: [...existing, city('pyongyang', 'Pyongyang')],
    });
    const launch = result.entities.find((e) => e.kind === 'weapons-test');
    expect(launch?.label).toBe('Missile launch');
    expect(triplesOf(result)).toContain(`north-korea participated in ${launch?.id}`);
  });

  it('reads negotiators who "sat down" together as their states meeting', () => {
    const t = relationsOf('North Korean and American negotiators sat down in Stockholm on Saturday.', [
      ...existing,
      US,
    ]);
    expect(t).toContain('north-korea met with united-states');
  });
});

describe('"the country", "the isolated nation"', () => {
  it('reads them as the state named last before', () => {
    const t = triples(`${lead}North Korea held a parade on Monday. The isolated nation then warned Seoul.`);
    expect(t).toContain('north-korea warned south-korea');
    const result = ingestText('Japan protested. Later the country warned China.', { existing });
    expect(triplesOf(result)).toContain('japan warned china');
  });

  it('leaves "the state media" and "the country of" alone', () => {
    const result = ingestText(
      'North Korea fired a missile. The state media said the country of origin was unclear.',
      {
        existing,
      },
    );
    const north = result.entities.find((e) => e.id === 'north-korea');
    expect(north?.mentions.map((m) => m.text)).toEqual(['North Korea']);
  });
});

describe('"the island", "the resort": a place named before', () => {
  it('reads "the island" as the island named last, by its name or its kind', () => {
    const result = ingestText(
      `${lead}The North fired shells near the South's border island of Yeonpyeong. Residents of the island were moved to shelters.`,
      { existing },
    );
    const island = result.entities.find((e) => e.label === 'Yeonpyeong');
    expect(island?.mentions.map((m) => m.text)).toEqual(['Yeonpyeong', 'the island']);
  });

  it('leaves "the island of X" and a place of another kind alone', () => {
    const result = ingestText('Kim visited Kaesong. He later flew to the island of Jeju.', {
      existing,
    });
    expect(result.entities.find((e) => e.id === 'kaesong')?.mentions.map((m) => m.text)).toEqual(['Kaesong']);
  });
});

describe('read from a new article on the 2017 Guam threat', () => {
  const TRUMP = person('trump', 'Donald Trump');
  const known = [...WITH_PEOPLE, TRUMP];

  it('reads "the country" as the state the text is about, not the state of a title named last', () => {
    const t = relationsOf(
      'North Korea said on Wednesday it was examining plans to strike Guam, hours after U.S. President Donald Trump spoke. The country also threatened Japan.',
      known,
    );
    expect(t).toContain('north-korea threatened japan');
    expect(t).not.toContain('united-states threatened japan');
  });

  it('takes no object past "after" and a name ("threatens Guam after Trump warns")', () => {
    const t = relationsOf(
      'North Korea threatens Guam after Trump warns of fire and fury\n\nWASHINGTON (AP) -- North Korea said on Wednesday it was examining plans to strike Guam. Donald Trump had warned it.',
      known,
    );
    expect(t).not.toContain('north-korea threatened trump');
  });

  it('reads "struck" and "to attack" as attacks, and a state before "territory of" as no target', () => {
    const island = { ...city('yeonpyeong', 'Yeonpyeong Island'), kind: 'island' };
    expect(
      relationsOf('North Korean artillery struck Yeonpyeong Island on Tuesday.', [...known, island]),
    ).toContain('north-korea attacked yeonpyeong');
    expect(relationsOf('Japan plans to attack China, officials said.', known)).toContain(
      'japan attacked china',
    );
    const guam = city('guam', 'Guam');
    const t = relationsOf(
      'North Korea said it was examining plans to strike the U.S. Pacific territory of Guam.',
      [...known, guam],
    );
    expect(t).not.toContain('north-korea attacked united-states');
  });

  it('reads "Secretary of State X" with no state named as an official of the United States', () => {
    const t = relationsOf(
      'The U.N. Security Council approved sanctions on the United States. Secretary of State Rex Tillerson said he saw no imminent threat.',
      [
        ...known,
        {
          id: 'unsc',
          type: 'actor',
          kind: 'organization',
          label: 'U.N. Security Council',
          aliases: [],
          existing: true,
        },
      ],
    );
    expect(t).toContain('rex-tillerson official of united-states');
    expect(t).not.toContain('rex-tillerson official of unsc');
  });
});

describe('read from a new article on Kishida and Xi at APEC (2023)', () => {
  it('reads both people of "X met Y on the sidelines of the summit" as taking part in it', () => {
    const result = ingestText(
      'Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping on the sidelines of the APEC summit in San Francisco on Wednesday.',
      { existing },
    );
    const summit = result.entities.find((e) => e.kind === 'summit');
    const t = triplesOf(result);
    expect(t).toEqual(
      expect.arrayContaining([
        `fumio-kishida participated in ${summit?.id}`,
        `xi-jinping participated in ${summit?.id}`,
      ]),
    );
  });
});

describe('read from a new article on the 2007 Pyongyang summit', () => {
  const ROH = person('roh', 'Roh Moo-hyun');
  const KIM_JONG_IL = person('kim-jong-il', 'Kim Jong Il');
  const leaders = [...existing, ROH, KIM_JONG_IL];

  it('reads what the sides agreed or pledged to expand or restart as an event they agreed to', () => {
    const result = ingestText(
      `${lead}In the declaration, the South and the North agreed to expand reunions of separated families.`,
      { existing: leaders },
    );
    const reunions = result.entities.find((e) => e.kind === 'family-reunion');
    expect(reunions?.label).toBe('Reunions of separated families');
    expect(triplesOf(result)).toEqual(
      expect.arrayContaining([
        `south-korea agreed to ${reunions?.id}`,
        `north-korea agreed to ${reunions?.id}`,
      ]),
    );
    const pledged = ingestText(`${lead}Seoul pledged to restart tours to the resort.`, { existing: leaders });
    expect(triplesOf(pledged)).toContain('south-korea agreed to tours');
    // Pushing to resume talks names no particular talks.
    const pushing = ingestText(`${lead}South Korea keeps pushing to resume talks.`, { existing: leaders });
    expect(pushing.entities.some((e) => e.type === 'event')).toBe(false);
  });

  it('takes no place past a year or "between" after "met in"', () => {
    const t = relationsOf(
      `${lead}The summit was the second between the two Koreas, after the meeting in 2000 between Kim Jong Il and President Kim Dae-jung.`,
      [...leaders, person('kim-dae-jung', 'Kim Dae-jung')],
    );
    expect(t.filter((x) => x.includes(' met at '))).toEqual([]);
  });
});

describe('read from a new article on the Singapore summit (2018)', () => {
  const TRUMP = person('donald-trump', 'Donald Trump');
  const known = [...WITH_PEOPLE, TRUMP];

  it('reads a joint statement as an agreement, and "committed to" as agreeing', () => {
    const result = ingestText(
      'U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint statement on Tuesday at the end of their summit.',
      { existing: known },
    );
    const statement = result.entities.find((e) => e.label === 'Joint statement');
    expect(statement).toMatchObject({ type: 'event', kind: 'agreement' });
    const t = triplesOf(result);
    expect(t).toEqual(
      expect.arrayContaining([`donald-trump agreed to ${statement?.id}`, `kim agreed to ${statement?.id}`]),
    );
    expect(t.filter((x) => / agreed to summit$/.test(x))).toEqual([]);
    // "said in a statement" names no agreement.
    const said = ingestText('North Korea said in a statement that it would respond.', { existing: known });
    expect(said.entities.some((e) => e.type === 'event')).toBe(false);
    expect(relationsOf('In Singapore, Kim Jong Un committed to the joint statement.', known)).toContain(
      'kim agreed to joint-statement',
    );
  });

  it('reads "Sentosa island" as a place, where their summit "on" it was held', () => {
    const result = ingestText('Trump met Kim at their summit on Sentosa island on Tuesday.', {
      existing: known,
    });
    const island = result.entities.find((e) => e.label === 'Sentosa island');
    expect(island).toMatchObject({ type: 'place', kind: 'island' });
    expect(triplesOf(result)).toContain(`summit held at ${island?.id}`);
  });

  it('reads "a meeting in P between X and Y" as both meeting each other there', () => {
    const t = relationsOf(
      `${lead}The talks follow a meeting in Panmunjom between Moon Jae-in and Kim Jong Un in April.`,
      [...known, city('panmunjom', 'Panmunjom')],
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'meeting held at panmunjom',
        'moon participated in meeting',
        'kim participated in meeting',
        'moon met with kim',
        'moon met at panmunjom',
        'kim met at panmunjom',
      ]),
    );
  });
});

describe('read from new sentences on proposals', () => {
  const REDCROSS = organization('red-cross', 'Red Cross');
  const OLYMPICS = event('summer-olympics-1988', '1988 Summer Olympics', 'sports-event', ['Summer Olympics']);
  const known = [...WITH_PEOPLE, REDCROSS, OLYMPICS];

  it('proposes no body named before an event noun ("offered to hold Red Cross talks")', () => {
    expect(relationsOf(`${lead}Seoul offered to hold Red Cross talks next month.`, known)).not.toContain(
      'south-korea proposed red-cross',
    );
  });

  it('reads "put forward" and "floated the idea of" as proposing', () => {
    expect(relationsOf(`${lead}North Korea floated the idea of a fourth summit.`, known)).toContain(
      'north-korea proposed fourth-summit',
    );
    expect(relationsOf(`${lead}South Korea put forward a plan for military talks.`, known)).toContain(
      'south-korea proposed military-talks',
    );
  });

  it('links no name to the graph\'s event of another year ("the 2032 Summer Olympics")', () => {
    const result = ingestText(`${lead}Moon Jae-in proposed a joint bid for the 2032 Summer Olympics.`, {
      existing: known,
    });
    const games = result.entities.find((e) => e.kind === 'sports-event');
    expect(games).toMatchObject({ label: '2032 Summer Olympics', existing: false });
    expect(triplesOf(result)).toContain(`moon proposed ${games?.id}`);
    // The graph's own edition, named by its year or not, is still the graph's.
    const same = ingestText(`${lead}Seoul hosted the 1988 Summer Olympics. The Summer Olympics drew many.`, {
      existing: known,
    });
    expect(same.entities.filter((e) => e.kind === 'sports-event').map((e) => e.id)).toEqual([
      'summer-olympics-1988',
    ]);
  });
});

describe('read from new sentences on travel', () => {
  const known = [
    ...WITH_PEOPLE,
    city('pyongyang', 'Pyongyang'),
    city('beijing', 'Beijing'),
    city('hanoi', 'Hanoi'),
    city('seoul', 'Seoul'),
    person('kim-yo-jong', 'Kim Yo Jong'),
  ];
  it.each([
    ['Moon Jae-in landed in Pyongyang on Tuesday morning.', 'moon visited pyongyang'],
    ['Kim Jong Un went to Beijing for talks.', 'kim visited beijing'],
    ['Kim Jong Un traveled by train to Hanoi.', 'kim visited hanoi'],
    ['Kim Yo Jong led a delegation to Seoul for the Olympics.', 'kim-yo-jong visited seoul'],
    ['Moon Jae-in toured Beijing on Friday.', 'moon visited beijing'],
    ['Moon Jae-in headed to Hanoi on Sunday.', 'moon visited hanoi'],
  ])('reads "%s" as a visit', (sentence, triple) => {
    expect(relationsOf(`${lead}${sentence}`, known)).toContain(triple);
  });
  it('reads no visit where no place follows ("went to the polls", "toured a factory")', () => {
    const t = relationsOf(`${lead}Kim Jong Un went to the polls. Moon Jae-in toured a car factory.`, known);
    expect(t.filter((x) => x.includes(' visited '))).toEqual([]);
  });
});

describe('read from new sentences on officials and places described', () => {
  const known = [
    ...WITH_PEOPLE,
    person('kim-yong-chol', 'Kim Yong Chol'),
    person('kim-yo-jong', 'Kim Yo Jong'),
    city('seoul', 'Seoul'),
    city('new-york', 'New York'),
    { ...city('dmz', 'Demilitarized Zone'), kind: 'border-zone' },
    { ...city('panmunjom', 'Panmunjom'), kind: 'village' },
  ];

  it('takes the name before an apposition as the subject ("X, a senior North Korean official, arrived")', () => {
    const t = relationsOf(
      `${lead}Kim Yong Chol, a senior North Korean official, arrived in New York.`,
      known,
    );
    expect(t).toEqual(
      expect.arrayContaining(['kim-yong-chol visited new-york', 'kim-yong-chol official of north-korea']),
    );
    expect(t).not.toContain('north-korea visited new-york');
    const t2 = relationsOf(
      `${lead}Kim Yo Jong, the first vice director of the party's Central Committee, visited Seoul.`,
      known,
    );
    expect(t2).toContain('kim-yo-jong visited seoul');
    expect(t2.filter((x) => x.startsWith('central-committee'))).toEqual([]);
  });

  it('reads a place described as a town of a state, or as lying in a place, as located in it', () => {
    expect(relationsOf(`${lead}Kaesong is a North Korean border city.`, known)).toContain(
      'kaesong located in north-korea',
    );
    expect(
      relationsOf(
        `${lead}Panmunjom, a truce village inside the Demilitarized Zone, hosted the talks.`,
        known,
      ),
    ).toContain('panmunjom located in dmz');
  });

  it('gives a title naming a portfolio to no body of another ("Vice Unification Minister X")', () => {
    const t = relationsOf(
      `${lead}North Korea's Committee for the Peaceful Reunification of the Country sent a team. The talks were led by Vice Unification Minister Chun Hae-sung.`,
      known,
    );
    expect(t.filter((x) => x.startsWith('chun-hae-sung official of committee'))).toEqual([]);
  });
});

describe('read from a new article on the Vladivostok summit (2019)', () => {
  const TRUMP = person('donald-trump', 'Donald Trump');
  const HANOI = event('hanoi-summit', 'Hanoi summit', 'summit');
  const WAR = event('korean-war', 'Korean War', 'war');
  const known = [...WITH_PEOPLE, TRUMP, HANOI, WAR];

  it('reads the subject after a gathering that opens the sentence as taking part in it', () => {
    expect(relationsOf('At the Hanoi summit, Donald Trump walked away from the talks.', known)).toContain(
      'donald-trump participated in hanoi-summit',
    );
  });

  it('gives the passage from the opening phrase to the subject, past words after the gathering', () => {
    const passage = (text: string) => {
      const found = ingestText(text, { existing: known }).relations.find(
        (x) => x.relation === 'participated in' && x.source === 'donald-trump',
      );
      return found && text.slice(found.evidence.start, found.evidence.end);
    };
    expect(passage('At the Hanoi summit in February, Donald Trump walked away from the talks.')).toBe(
      'At the Hanoi summit in February, Donald Trump',
    );
    expect(passage('On the sidelines of the Hanoi summit, Donald Trump spoke to reporters.')).toBe(
      'On the sidelines of the Hanoi summit, Donald Trump',
    );
  });

  it('seeks no talks across "after his talks"', () => {
    const t = relationsOf(
      'Kim Jong Un sought support after his talks with U.S. President Donald Trump collapsed in February.',
      known,
    );
    expect(t).not.toContain('kim sought talks with donald-trump');
  });

  it('agrees to no war ("pledging to seek a formal end to the Korean War")', () => {
    const t = relationsOf(
      `${lead}Moon Jae-in and Kim Jong Un signed a declaration pledging to seek a formal end to the Korean War.`,
      known,
    );
    expect(t.filter((x) => x.endsWith('korean-war'))).toEqual([]);
  });
});

describe('read from new sentences with "him" and "her" as objects', () => {
  it('reads "him" after a verb as the last person named, other than the subject', () => {
    const t = relationsOf(
      'South Korean President Moon Jae-in flew to Pyongyang on Tuesday. Kim Jong Un greeted him at the airport. Moon thanked him for the welcome.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(expect.arrayContaining(['kim met with moon', 'moon praised kim']));
  });

  it('reads "her" before a noun as a possessive, not the object', () => {
    const t = relationsOf(
      'Kim Jong Un met Moon Jae-in on Friday. Kim Yo Jong arrived later. Moon praised her efforts.',
      [...WITH_PEOPLE, person('kim-yo-jong', 'Kim Yo Jong')],
    );
    expect(t).not.toContain('moon praised kim-yo-jong');
  });
});

describe('talks a verb takes without an article', () => {
  it('reads "held talks" as new talks, not the summit named before', () => {
    const result = ingestText(
      'Donald Trump met Kim Jong Un at a summit in Singapore. Japan and South Korea held talks in Tokyo.',
      { existing: WITH_PEOPLE },
    );
    const talks = result.entities.find((e) => e.label === 'Talks');
    expect(talks?.type).toBe('event');
    const t = triplesOf(result);
    expect(t).toEqual(
      expect.arrayContaining([
        `japan participated in ${talks?.id}`,
        `south-korea participated in ${talks?.id}`,
      ]),
    );
    expect(t.filter((x) => x.startsWith('japan participated in summit'))).toEqual([]);
  });
});

describe('"its military" as a subject', () => {
  it('reads "its military" as the state named last before', () => {
    const t = relationsOf(
      'North Korea blew up the liaison office on Tuesday. Earlier Tuesday, its military warned South Korea.',
    );
    expect(t).toContain('north-korea warned south-korea');
  });
});

describe('an event along a place', () => {
  it('reads "drills along the Demilitarized Zone" as held there', () => {
    const dmz = { ...city('dmz', 'Demilitarized Zone'), kind: 'border-zone' };
    const result = ingestText(`${lead}South Korea resumed the drills along the Demilitarized Zone.`, {
      existing: [...existing, dmz],
    });
    const drills = result.entities.find((e) => e.kind === 'military-drills');
    expect(triplesOf(result)).toContain(`${drills?.id} held at dmz`);
  });
});

describe('a participle that opens the sentence', () => {
  const known = [
    ...WITH_PEOPLE,
    person('xi-jinping', 'Xi Jinping'),
    person('donald-trump', 'Donald Trump'),
    city('beijing', 'Beijing'),
    state('singapore', 'Singapore'),
  ];
  it('has the subject of the clause after its comma', () => {
    const t = relationsOf('After meeting Xi Jinping in Beijing, Kim Jong Un returned home.', known);
    expect(t).toEqual(expect.arrayContaining(['kim met with xi-jinping', 'kim met at beijing']));
    const t2 = relationsOf(
      'Meeting in Singapore, Donald Trump and Kim Jong Un signed a joint statement.',
      known,
    );
    expect(t2).toEqual(expect.arrayContaining(['donald-trump met at singapore', 'kim met at singapore']));
    // The place of the opening phrase is no subject of the list after it.
    expect(t2.filter((x) => x.startsWith('singapore '))).toEqual([]);
  });
});

describe('read from new sentences on threats and attacks', () => {
  const island = { ...city('yeonpyeong', 'Yeonpyeong Island'), kind: 'island' };
  const known = [...existing, island];
  it('reads a vow to retaliate against a state as a threat to it', () => {
    expect(
      relationsOf(`${lead}North Korea vowed to retaliate against South Korea for the leaflets.`, known),
    ).toContain('north-korea threatened south-korea');
  });
  it('reads "slammed" and "decried" as opposing an event', () => {
    const result = ingestText(`${lead}South Korea slammed the missile launch as a provocation.`, {
      existing: known,
    });
    const launch = result.entities.find((e) => e.kind === 'weapons-test');
    expect(triplesOf(result)).toContain(`south-korea opposed ${launch?.id}`);
  });
  it('reads those "killed in" an attack, in the passive, as its victims and not its attackers', () => {
    const result = ingestText(
      `${lead}Two South Korean marines were killed in the artillery attack on Yeonpyeong Island.`,
      { existing: known },
    );
    const attack = result.entities.find((e) => e.kind === 'attack');
    const t = triplesOf(result);
    expect(t.some((x) => x.endsWith(`victim of ${attack?.id}`))).toBe(true);
    expect(t.filter((x) => x.includes(' attacked '))).toEqual([]);
  });
});

describe('read from a new article on China and North Korea (2024)', () => {
  const known = [...WITH_PEOPLE, state('russia', 'Russia'), { ...US, aliases: ['U.S.', 'Washington'] }];
  it('takes a noun phrase right before the verb as its subject ("..., state media reported")', () => {
    const t = relationsOf(
      `${lead}Chinese officials met on Thursday as the two countries marked 75 years of relations, state media reported.`,
      known,
    );
    expect(t.filter((x) => x.includes(' reported '))).toEqual([]);
  });
  it('blames no one named after "accused of"', () => {
    const t = relationsOf(
      'Analysts point to Moscow and Pyongyang, which the United States has accused of supplying shells to Russia.',
      known,
    );
    expect(t).not.toContain('united-states blamed russia');
  });
  it('reads a name before "news agency" as a news outlet', () => {
    const result = ingestText(`${lead}China was willing to help, according to Xinhua news agency.`, {
      existing: known,
    });
    expect(result.entities.find((e) => e.label === 'Xinhua')).toMatchObject({
      type: 'actor',
      kind: 'organization',
    });
  });
});

describe('a connective that opens the sentence', () => {
  it('reads "Following the summit, ... talks" as the talks following the summit', () => {
    const result = ingestText(
      `${lead}The leaders held a summit in May. Following the summit, the two Koreas held military talks.`,
      { existing },
    );
    const talks = result.entities.find((e) => e.label === 'Military talks');
    const summit = result.entities.find((e) => e.kind === 'summit');
    expect(triplesOf(result)).toContain(`${talks?.id} followed ${summit?.id}`);
  });
  it('reads "In retaliation for the sanctions, North Korea ..." as the North responding to them', () => {
    const result = ingestText(`${lead}In retaliation for the sanctions, North Korea cut the hotline.`, {
      existing,
    });
    const sanctions = result.entities.find((e) => e.kind === 'sanctions');
    const found = result.relations.find(
      (r) => r.source === 'north-korea' && r.relation === 'responded to' && r.target === sanctions?.id,
    );
    expect(found && result.text.slice(found.evidence.start, found.evidence.end)).toBe(
      'In retaliation for the sanctions, North Korea',
    );
  });
});

describe('where an event was held, from a relative clause or a hotel named in lower case', () => {
  const hanoi = city('hanoi', 'Hanoi');
  it('reads "The summit, which took place in Hanoi" as held there', () => {
    const result = ingestText(
      `${lead}A summit was planned. The summit, which took place in Hanoi, ended early.`,
      {
        existing: [...WITH_PEOPLE, hanoi],
      },
    );
    const summit = result.entities.find((e) => e.kind === 'summit');
    expect(triplesOf(result)).toContain(`${summit?.id} held at hanoi`);
  });
  it('reads "the Metropole hotel" as a place where the talks were held', () => {
    const result = ingestText(`${lead}Kim Jong Un and Moon Jae-in held talks at the Metropole hotel.`, {
      existing: WITH_PEOPLE,
    });
    const hotel = result.entities.find((e) => e.label === 'Metropole hotel');
    expect(hotel).toMatchObject({ type: 'place', kind: 'building' });
    expect(triplesOf(result)).toEqual(
      expect.arrayContaining([`kim met at ${hotel?.id}`, `moon met at ${hotel?.id}`]),
    );
  });
});

describe('a party described through a possessive', () => {
  it('reads "between Kim\'s father, Kim Jong Il, and X" as Kim Jong Il, not Kim', () => {
    const t = relationsOf(
      `${lead}Kim Jong Un met Moon Jae-in. Moon recalled a meeting in Pyongyang between Kim's father, Kim Jong Il, and former South Korean President Kim Dae-jung.`,
      [...WITH_PEOPLE, person('kim-jong-il', 'Kim Jong Il'), person('kim-dae-jung', 'Kim Dae-jung')],
    );
    expect(t).toEqual(
      expect.arrayContaining(['kim-jong-il met at pyongyang', 'kim-jong-il met with kim-dae-jung']),
    );
    expect(t.filter((x) => x.startsWith('kim met at') || x.startsWith('kim participated'))).toEqual([]);
  });
});

describe('read from new sentences on delegations and meetings', () => {
  const OLYMPICS = event('winter-olympics', 'Winter Olympics', 'sports-event');
  const known = [
    ...WITH_PEOPLE,
    person('kim-yo-jong', 'Kim Yo Jong'),
    person('ri-son-gwon', 'Ri Son Gwon'),
    OLYMPICS,
  ];
  it('reads a member or head of a delegation to an event as taking part in it', () => {
    expect(
      relationsOf(
        `${lead}Kim Yo Jong was part of the North Korean delegation to the Winter Olympics.`,
        known,
      ),
    ).toContain('kim-yo-jong participated in winter-olympics');
  });
  it('reads "presided over a meeting" as hosting it, and later talks as no meeting of a body', () => {
    const result = ingestText(
      `${lead}Kim Jong Un presided over a meeting of the Central Military Commission. The talks were chaired by Ri Son Gwon.`,
      { existing: known },
    );
    const meeting = result.entities.find((e) => e.label.startsWith('Meeting of'));
    const t = triplesOf(result);
    expect(t).toContain(`kim hosted ${meeting?.id}`);
    expect(t).not.toContain(`ri-son-gwon hosted ${meeting?.id}`);
  });
  it('reads "General Council" as a body, not a general', () => {
    const result = ingestText(`${lead}Moon Jae-in spoke at the General Council on Tuesday.`, {
      existing: known,
    });
    expect(result.entities.some((e) => e.label === 'General Council' && e.type === 'actor')).toBe(true);
    expect(result.entities.some((e) => e.label === 'Council')).toBe(false);
  });
});

describe('read from new sentences on roles', () => {
  const known = [
    ...WITH_PEOPLE,
    person('wang-yi', 'Wang Yi'),
    person('kang', 'Kang Kyung-wha'),
    person('ri-yong-ho', 'Ri Yong Ho'),
  ];
  it('reads no title across a comma ("South Korea\'s foreign minister, met Wang Yi")', () => {
    const t = relationsOf(`${lead}Kang Kyung-wha, South Korea's foreign minister, met Wang Yi.`, known);
    expect(t).toContain('kang official of south-korea');
    expect(t).not.toContain('wang-yi official of south-korea');
  });
  it('reads "X, the leader of <state>" and "X, <state>\'s top diplomat" as roles for the state', () => {
    const t = relationsOf(
      `${lead}Kim Jong Un, the leader of North Korea, inspected the site. Ri Yong Ho, North Korea's top diplomat, arrived.`,
      known,
    );
    expect(t).toEqual(
      expect.arrayContaining(['kim leader of north-korea', 'ri-yong-ho official of north-korea']),
    );
  });
});

describe('read from new sentences on sanctions, allies and mediators', () => {
  const known = [
    ...WITH_PEOPLE,
    person('donald-trump', 'Donald Trump'),
    state('russia', 'Russia'),
    organization('unification-ministry', 'Unification Ministry'),
  ];
  it('reads "slapped new sanctions on" as sanctioning', () => {
    expect(relationsOf(`${lead}The United States slapped new sanctions on North Korea.`, known)).toContain(
      'united-states sanctioned north-korea',
    );
  });
  it('reads "X, Y\'s only treaty ally" and "A and B, now close allies" as allies, with no event "treaty"', () => {
    const result = ingestText(
      `${lead}China, North Korea's only treaty ally, urged restraint. Russia and North Korea, now close allies, met.`,
      { existing: known },
    );
    expect(triplesOf(result)).toEqual(
      expect.arrayContaining(['china ally of north-korea', 'russia ally of north-korea']),
    );
    expect(result.entities.some((e) => e.type === 'event' && /treaty/i.test(e.label))).toBe(false);
  });
  it('reads "the role of mediator between A and B" as mediating between them', () => {
    expect(
      relationsOf(
        `${lead}Moon Jae-in played the role of mediator between Donald Trump and Kim Jong Un.`,
        known,
      ),
    ).toEqual(expect.arrayContaining(['moon mediated between donald-trump', 'moon mediated between kim']));
  });
  it('reads "X is part of Y" as part of it', () => {
    expect(
      relationsOf(`${lead}The Unification Ministry is part of the South Korean government.`, known),
    ).toContain('unification-ministry part of south-korea');
  });
});

describe('"the envoy", "the minister", "the spokesman"', () => {
  it('reads a bare title as the one person the text named with it', () => {
    const result = ingestText(
      `${lead}U.S. special envoy Stephen Biegun flew to Seoul. The envoy met South Korean officials.`,
      { existing: WITH_PEOPLE },
    );
    const envoy = result.entities.find((e) => e.label === 'Stephen Biegun');
    expect(envoy?.mentions.map((m) => m.text)).toContain('envoy');
    expect(triplesOf(result)).toContain(`${envoy?.id} met with south-korea`);
  });
  it('reads none when two people were named with that title', () => {
    const result = ingestText(
      `${lead}South Korean envoy Chung Eui-yong met U.S. envoy Stephen Biegun. The envoy said talks would go on.`,
      { existing: WITH_PEOPLE },
    );
    expect(result.entities.flatMap((e) => e.mentions).some((m) => m.text === 'envoy')).toBe(false);
  });
});

describe('speeches and boycotts', () => {
  it('reads "gave a speech" and "Kim\'s speech" as the speaker taking part in it', () => {
    const result = ingestText(`${lead}Kim Jong Un gave a New Year's speech on Jan. 1.`, {
      existing: WITH_PEOPLE,
    });
    const speech = result.entities.find((e) => e.kind === 'speech');
    expect(triplesOf(result)).toContain(`kim participated in ${speech?.id}`);
    const owned = ingestText(`${lead}Moon Jae-in's speech on Monday urged calm.`, { existing: WITH_PEOPLE });
    const his = owned.entities.find((e) => e.kind === 'speech');
    expect(triplesOf(owned)).toContain(`moon participated in ${his?.id}`);
  });
  it('reads "skipped the Asian Games" as a boycott', () => {
    const result = ingestText(`${lead}North Korea skipped the Asian Games in Incheon.`, { existing });
    const games = result.entities.find((e) => e.kind === 'sports-event');
    expect(triplesOf(result)).toContain(`north-korea boycotted ${games?.id}`);
  });
});

describe("a state's place", () => {
  it('reads "China\'s Dandong", "the North\'s Mount Kumgang" as located in the state', () => {
    const t = relationsOf(
      `${lead}Trade passes through China's Dandong. Tourists once flocked to the North's Mount Kumgang resort.`,
      [...existing, city('dandong', 'Dandong'), { ...city('kumgang', 'Mount Kumgang'), kind: 'mountain' }],
    );
    expect(t).toEqual(expect.arrayContaining(['dandong located in china', 'kumgang located in north-korea']));
  });
});

describe('read from new articles for precision (Panmunjom 2019, a launch over Japan, the 2015 standoff deal, the 2006 sanctions, an end-of-war proposal)', () => {
  const TRUMP = person('donald-trump', 'Donald Trump');
  const UN = { ...organization('united-nations', 'United Nations'), aliases: ['U.N.'] };
  const COUNCIL = organization('un-security-council', 'UN Security Council');
  const WAR = event('korean-war', 'Korean War', 'war');
  const known = [...WITH_PEOPLE, TRUMP, UN, COUNCIL, WAR];

  it("makes an ambassador to a body the state's official, not the body's (\"China's U.N. Ambassador X\")", () => {
    const t = relationsOf(
      "China's U.N. Ambassador Wang Guangya said Beijing supported the resolution.",
      known,
    );
    expect(t).toContain('wang-guangya official of china');
    expect(t.filter((x) => x.endsWith('official of united-nations'))).toEqual([]);
  });

  it('visits no place named past "with" ("to return to dialogue with the United States")', () => {
    const t = relationsOf(
      'Moon Jae-in called on North Korea to return to dialogue with the United States.',
      known,
    );
    expect(t.filter((x) => x.includes(' visited '))).toEqual([]);
  });

  it('takes no one "at the request of" as the object or the place of the act', () => {
    const t = relationsOf(
      'The UN Security Council will meet on Wednesday to discuss the launch at the request of the United States.',
      known,
    );
    expect(t.filter((x) => x.endsWith('united-states'))).toEqual([]);
  });

  it('gives a verb after ", which" no actor when the noun before it is no name', () => {
    const t = relationsOf(
      'South Korean and U.S. forces held joint drills with the aircraft carrier USS Ronald Reagan, which arrived in the port city of Busan.',
      known,
    );
    expect(t.filter((x) => x.includes(' visited '))).toEqual([]);
  });

  it('reads "with Pyongyang expressing ..., and Seoul agreeing to ..." as each capital\'s government acting', () => {
    const t = relationsOf(
      `${lead}The two Koreas reached a deal, with Pyongyang expressing regret over land mine explosions that maimed two South Korean soldiers and Seoul agreeing to halt its propaganda broadcasts.`,
      known,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea opposed land-mine-explosions',
        'south-korea suspended propaganda-broadcasts',
      ]),
    );
    expect(t).not.toContain('south-korea opposed land-mine-explosions');
    expect(t.filter((x) => x.startsWith('two-south-korean-soldiers suspended'))).toEqual([]);
  });

  it('reads a name right after a verb and before "and" as its object, not the next verb\'s subject', () => {
    const t = relationsOf(
      'Moon Jae-in, who accompanied Donald Trump to the border, greeted Kim Jong Un and joined the drills.',
      [...known, event('drills', 'drills', 'military-drills')],
    );
    expect(t).not.toContain('kim participated in drills');
  });

  it('takes no event after "before" or "after" as the object of the act it dates', () => {
    const t = relationsOf(
      'Kim Jong Un held talks with Donald Trump in Hanoi. Moon Jae-in joined the two leaders briefly before their meeting.',
      known,
    );
    expect(t.filter((x) => x.startsWith('moon participated in'))).toEqual([]);
  });

  it('takes a body after "at" as where, not what is proposed ("proposes ... at U.N.")', () => {
    const t = relationsOf('Moon Jae-in proposes declaring an end to the Korean War at U.N.', known);
    expect(t).not.toContain('moon proposed united-nations');
  });

  it('keeps the denial of taking part ("would not resume the broadcasts")', () => {
    const r = ingestText('Park said South Korea would not resume the loudspeaker broadcasts.', {
      existing: [...known, event('loudspeaker-broadcasts', 'loudspeaker broadcasts', 'broadcasts')],
    });
    const denied = r.relations.filter((x) => x.relation === 'participated in');
    expect(denied.map((x) => `${x.source} ${x.modality}`)).toEqual(['south-korea negated']);
  });

  it('reads no war in "an end-of-war declaration", and soldiers "killed in the war" as its victims', () => {
    const text =
      'Moon Jae-in proposed an end-of-war declaration for the Korean War. Moon attended a ceremony to receive the remains of South Korean soldiers killed in the war.';
    const r = ingestText(text, { existing: known });
    expect(r.entities.filter((e) => e.type === 'event' && /end-of-war/i.test(e.label))).toEqual([]);
    const t = triplesOf(r);
    expect(t).toContain('south-korean-soldiers victim of korean-war');
    expect(t).not.toContain('moon victim of korean-war');
  });
});

describe('read from new articles for precision (Kim in Beijing 2018, Yoon in Tokyo 2023, Blinken and Wang in Munich 2023)', () => {
  const TRUMP = person('donald-trump', 'Donald Trump');
  const XI = person('xi-jinping', 'Xi Jinping');
  const known = [...WITH_PEOPLE, TRUMP, XI];

  it('reads "China\'s official Xinhua news agency" as no apposition and no further party', () => {
    const t = relationsOf(
      "Kim Jong Un was willing to hold a summit with U.S. President Donald Trump, China's official Xinhua news agency reported.",
      known,
    );
    expect(t).not.toContain('donald-trump official of china');
    expect(t.filter((x) => x.startsWith('china participated'))).toEqual([]);
  });

  it('reads a threat noun without "to" or "against" as threatening no one', () => {
    const t = relationsOf(
      "The leaders discussed North Korea's nuclear threat and the dispute over Koreans forced to work for Japanese companies.",
      known,
    );
    expect(t.filter((x) => x.includes(' threatened '))).toEqual([]);
    expect(relationsOf("North Korea's threats against Japan grew.", known)).toContain(
      'north-korea threatened japan',
    );
  });

  it('holds a launch at no place that only bounds the sea it fell into', () => {
    const t = relationsOf(
      'North Korea fired an intercontinental ballistic missile into the sea between the Korean Peninsula and Japan.',
      known,
    );
    expect(t.filter((x) => x.includes(' held at '))).toEqual([]);
  });

  it('denies a trip that was postponed', () => {
    const r = ingestText('Kim Jong Un had postponed a planned trip to Beijing.', { existing: known });
    const visit = r.relations.find((x) => x.relation === 'visited');
    expect(visit?.modality).toBe('negated');
  });

  it('reads "told X that he ... and was willing to" as the speaker, however long the clause', () => {
    const t = relationsOf(
      'Kim Jong Un told Xi Jinping that he was committed to denuclearization of the Korean peninsula and was willing to hold a summit.',
      known,
    );
    expect(t).toContain('kim participated in summit');
    expect(t).not.toContain('xi-jinping participated in summit');
  });

  it('reads "his" as the person the sentence is about, not one after a preposition', () => {
    const t = relationsOf(
      'Kim Jong Un held talks with Chinese President Xi Jinping during a visit to Beijing, his first trip abroad.',
      known,
    );
    expect(t).toContain('kim participated in first-trip');
    expect(t).not.toContain('xi-jinping participated in first-trip');
  });

  it('reads a named conference as a gathering, and whom the subject met there past a possessive title', () => {
    const text =
      "Antony Blinken met China's top diplomat Wang Yi on the sidelines of the Munich Security Conference.";
    const r = ingestText(text, { existing: known });
    expect(r.entities.find((e) => e.label === 'Munich Security Conference')?.type).toBe('event');
    expect(triplesOf(r)).toEqual(
      expect.arrayContaining([
        'antony-blinken participated in munich-security-conference',
        'wang-yi participated in munich-security-conference',
      ]),
    );
  });

  it('finds no person in "a suspected Chinese spy balloon"', () => {
    const r = ingestText('The United States shot down a suspected Chinese spy balloon.', { existing: known });
    expect(r.entities.filter((e) => e.kind === 'person' || e.kind === 'group')).toEqual([]);
  });

  it('takes no state as the subject when it only describes an unnamed leader ("the first U.S. leader to set foot in")', () => {
    const t = relationsOf(
      'Donald Trump became the first sitting U.S. leader to set foot in North Korea.',
      known,
    );
    expect(t).not.toContain('united-states visited north-korea');
  });
});

describe("read from a new article on prime ministers' talks (recall)", () => {
  const none: KnownEntity[] = [];

  it('reads "North and South Korea" as both states even when neither was named before', () => {
    const t = relationsOf(
      'North and South Korea agreed on Friday to resume reunions of separated families.',
      none,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea agreed to reunions-of-separated-families',
        'south-korea agreed to reunions-of-separated-families',
      ]),
    );
  });

  it('reads what "agreed on Friday to" resume as planned', () => {
    const r = ingestText('North and South Korea agreed on Friday to resume the stalled reunions.', {
      existing: none,
    });
    const taking = r.relations.filter((x) => x.relation === 'participated in');
    expect(taking.map((x) => x.modality)).toEqual(['planned', 'planned']);
  });

  it('makes no event of "the first such meeting"', () => {
    const r = ingestText('Kim Yong Il led the delegation, the first such meeting since 2007.', {
      existing: none,
    });
    expect(r.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('finds the parties of a summit past its place and a time ("in Pyongyang last year between ...")', () => {
    const t = relationsOf(
      'The talks followed a summit in Pyongyang last year between South Korean President Roh Moo-hyun and North Korean leader Kim Jong Il.',
      none,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'roh-moo-hyun participated in summit',
        'kim-jong-il participated in summit',
        'roh-moo-hyun met with kim-jong-il',
      ]),
    );
  });

  it('holds an event where it "would take place" or "opened", and a resort in the state after it', () => {
    const t = relationsOf(
      'The talks opened in Seoul on Monday. The reunions would take place at the Mount Kumgang resort in North Korea.',
      none,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'talks held at seoul',
        'reunions held at mount-kumgang',
        'mount-kumgang located in north-korea',
      ]),
    );
  });

  it('reads "led a delegation of 30 officials to" as taking part or visiting', () => {
    const t = relationsOf(
      'The talks opened in Seoul. Kim Yong Il led a delegation of 30 officials to the talks. Pak Pong Ju led a delegation of senior officials to Beijing.',
      none,
    );
    expect(t).toEqual(
      expect.arrayContaining(['kim-yong-il participated in talks', 'pak-pong-ju visited beijing']),
    );
  });

  it('reads the state of a counterpart named after a comma ("his South Korean counterpart, Prime Minister X")', () => {
    const t = relationsOf(
      'Kim Yong Il met his South Korean counterpart, Prime Minister Han Seung-soo, in Seoul. Wang Yi met his South Korean counterpart, Foreign Minister Park Jin.',
      none,
    );
    expect(t).toEqual(
      expect.arrayContaining(['han-seung-soo leader of south-korea', 'park-jin official of south-korea']),
    );
  });

  it('takes "the talks" as the talks named by that word, not later, more particular ones', () => {
    const t = relationsOf(
      'North and South Korea ended three days of talks between their prime ministers in Seoul. They agreed to hold military talks next month. Kim Yong Il led a delegation of 30 officials to the talks.',
      none,
    );
    expect(t).toContain('kim-yong-il participated in talks');
    expect(t).not.toContain('kim-yong-il participated in military-talks');
  });
});

describe('whom one met (precision)', () => {
  const PUTIN = person('vladimir-putin', 'Vladimir Putin');
  const known = [...WITH_PEOPLE, PUTIN, state('russia', 'Russia')];

  it('meets no one named past a phrase of time or a comma after a bare "met"', () => {
    const t = relationsOf(
      'Vladimir Putin met Kim Jong Un on Wednesday. The two leaders met for more than four hours, Russian state media said.',
      known,
    );
    expect(t.filter((x) => x.includes(' met with ') && !x.endsWith('met with kim'))).toEqual([]);
    expect(t).toContain('vladimir-putin met with kim');
  });

  it('meets no state in a nationality before people, but the state in "talks with Chinese leaders"', () => {
    expect(relationsOf('Kim Jong Un toured the facility and met Russian scientists.', known)).not.toContain(
      'kim met with russia',
    );
    expect(relationsOf('Kim Jong Un is in Beijing for talks with Chinese leaders.', known)).toContain(
      'kim met with china',
    );
  });
});

describe('read from new sentences on agreements, invitations and requests (precision)', () => {
  const PUTIN = person('vladimir-putin', 'Vladimir Putin');
  const known = [...WITH_PEOPLE, PUTIN, state('russia', 'Russia')];

  it('takes no event after "in response to" as the object of the act it answers', () => {
    const t = relationsOf(
      "South Korea will suspend operations at the factory park in response to the North's rocket launch.",
      known,
    );
    expect(t.filter((x) => x.includes(' suspended '))).toEqual([]);
  });

  it('makes the one asked or allowed to act its subject ("urged Kim to visit", "allow inspectors to visit")', () => {
    const t = relationsOf('Moon Jae-in urged Kim Jong Un to visit Seoul.', known);
    expect(t).toContain('kim visited seoul');
    expect(t).not.toContain('moon visited seoul');
    const u = relationsOf(
      'North Korea pledged to allow inspectors to visit the Yongbyon nuclear complex if the United States took steps.',
      known,
    );
    expect(u.filter((x) => x.includes(' visited '))).toEqual([]);
  });

  it('reads "Moon\'s invitation to visit Seoul" as the invited one\'s possible visit', () => {
    const r = ingestText("Kim Jong Un accepted Moon Jae-in's invitation to visit Seoul.", {
      existing: known,
    });
    const visits = r.relations.filter((x) => x.relation === 'visited');
    expect(visits.map((x) => `${x.source} ${x.modality}`)).toEqual(['kim possible']);
  });

  it('reads "the two Koreas" as no other pair when the text does not name South Korea', () => {
    const t = relationsOf(
      'Vladimir Putin met Kim Jong Un in Russia. North Korea wants Russian help. The defense ministers of the two Koreas signed a military agreement.',
      known,
    );
    expect(t.filter((x) => x.startsWith('russia '))).toEqual([]);
  });

  it('reads a named joint declaration as an agreement, not a person', () => {
    const r = ingestText('Moon Jae-in and Kim Jong Un signed the Pyongyang Joint Declaration.', {
      existing: known,
    });
    expect(r.entities.filter((e) => e.kind === 'person').map((e) => e.id)).toEqual(['moon', 'kim']);
    expect(triplesOf(r)).toEqual(
      expect.arrayContaining(['moon agreed to joint-declaration', 'kim agreed to joint-declaration']),
    );
  });
});

describe('read from new sentences on halts, wars and journeys', () => {
  it('orders no halted event after what the halting followed ("halted the exercises after the summit")', () => {
    const t = relationsOf(
      'Donald Trump met Kim Jong Un at a summit in Singapore. The United States halted joint military exercises with South Korea after the summit.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.includes(' followed '))).toEqual([]);
    expect(relationsOf('The standoff eased after marathon talks.', WITH_PEOPLE)).toContain(
      'marathon-talks followed standoff',
    );
  });

  it('reads a state\'s war as its part in it ("Russia\'s war in Ukraine")', () => {
    expect(relationsOf("Russia's war in Ukraine has dragged on.", [])).toContain(
      'russia participated in war',
    );
  });

  it('reads "heading north to" a place as going there', () => {
    const t = relationsOf(
      'Kim Jong Un crossed the border at Khasan before heading north to the Vostochny Cosmodrome.',
      WITH_PEOPLE,
    );
    expect(t).toContain('kim visited vostochny-cosmodrome');
  });
});

describe('confirmations and ministers abroad (precision)', () => {
  it('agrees to no test: "confirmed the launch" says it happened', () => {
    const t = relationsOf(
      "North Korea fired a missile. South Korea's military confirmed the launch on Tuesday.",
      [],
    );
    expect(t.filter((x) => x.includes(' agreed to '))).toEqual([]);
  });

  it('makes no foreign-named minister an official of the state a story is filed from', () => {
    const text =
      'SEOUL, South Korea (AP) — Kim Jong Un toured an airfield in Vladivostok. Defense Minister Sergei Shoigu showed him bombers. Defense Minister Lee Jong-sup said Seoul was watching.';
    const t = triplesOf(ingestText(text, { existing: WITH_PEOPLE }));
    expect(t).not.toContain('sergei-shoigu official of south-korea');
    expect(t).toContain('lee-jong-sup official of south-korea');
  });
});

describe('"their" event of two actors named together', () => {
  it('reads "Seoul and Washington prepared for their annual drills" as both taking part', () => {
    const t = relationsOf(
      'The talks came as Seoul and Washington prepared for their annual joint military drills.',
      [US],
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'south-korea participated in annual-joint-military-drills',
        'united-states participated in annual-joint-military-drills',
      ]),
    );
  });
});

describe('delegations, officials from states and diplomacy (the 2014 talks and the 2019 working group, in new words)', () => {
  it('sends the leader of a delegation to the talks just named', () => {
    const t = relationsOf(
      'The two Koreas held high-level talks at Panmunjom on Wednesday. The South Korean delegation was led by Kim Kyou-hyun.',
      [],
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'kim-kyou-hyun official of south-korea',
        'kim-kyou-hyun participated in high-level-talks',
      ]),
    );
  });

  it('reads "officials from the United States and South Korea met" as the states meeting', () => {
    const t = relationsOf(
      'Senior officials from the United States and South Korea met in Washington on Wednesday.',
      [US],
    );
    expect(t).toEqual(
      expect.arrayContaining(['united-states met with south-korea', 'south-korea met at washington']),
    );
  });

  it('takes "the diplomacy" as no meeting named before', () => {
    const r = ingestText(
      'Officials held a meeting in Seoul on Monday. They discussed ways to keep the diplomacy with Pyongyang going.',
      { existing: [] },
    );
    expect(triplesOf(r).filter((x) => x.endsWith(' meeting') && x.startsWith('north-korea'))).toEqual([]);
  });
});

describe('an agreement signed at the end of a summit (the 2000 summit, in new words)', () => {
  const text =
    'South Korean President Kim Dae-jung and North Korean leader Kim Jong Il signed an agreement late Wednesday pledging to work toward reunification, at the end of the first summit between the two Koreas.';

  it('has both leaders take part in the summit and the agreement part of it, agreeing to no summit', () => {
    const t = relationsOf(text, []);
    expect(t).toEqual(
      expect.arrayContaining([
        'kim-dae-jung participated in first-summit',
        'kim-jong-il participated in first-summit',
        'agreement part of first-summit',
        'kim-jong-il agreed to agreement',
      ]),
    );
    expect(t.filter((x) => x.endsWith('agreed to first-summit'))).toEqual([]);
  });
});

describe('an inter-Korean agreement', () => {
  it('has both Koreas agree to it, not take part in it', () => {
    const t = relationsOf(`${lead}North Korea scrapped the inter-Korean military agreement on Tuesday.`, []);
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea agreed to inter-korean-military-agreement',
        'south-korea agreed to inter-korean-military-agreement',
      ]),
    );
    expect(t.filter((x) => x.endsWith('participated in inter-korean-military-agreement'))).toEqual([]);
  });
});

describe('what was agreed, further along the sentence, is planned', () => {
  const modalities = (text: string, relation: string) =>
    ingestText(text, { existing: WITH_PEOPLE })
      .relations.filter((x) => x.relation === relation)
      .map((x) => `${x.source} ${x.target} ${x.modality}`);

  it('keeps a visit joined by "and to" or a comma to what was agreed only planned', () => {
    expect(
      modalities(
        'Kim Jong Un agreed Wednesday to dismantle a missile engine test site in the presence of experts and to visit Seoul.',
        'visited',
      ),
    ).toEqual(['kim seoul planned']);
    expect(modalities('Kim Jong Un agrees to dismantle missile site, visit Seoul', 'visited')).toEqual([
      'kim seoul planned',
    ]);
  });

  it('reads "agreed to work together to co-host" the games as planned hosting', () => {
    expect(
      modalities(
        `${lead}The two Koreas also agreed to work together to co-host the 2032 Summer Olympics.`,
        'hosted',
      ),
    ).toEqual(['north-korea summer-olympics planned', 'south-korea summer-olympics planned']);
  });
});

describe('the thirteenth pass', () => {
  it('has "it" stand for the last state, not a group of people named after it', () => {
    const t = relationsOf(
      'North Korea expelled all South Korean workers from the complex on Thursday. It also cut off a military hotline with the South.',
    );
    expect(t).toContain('north-korea cut ties with south-korea');
    expect(t.filter((x) => x.includes('workers'))).toEqual([]);
  });

  it('reads one persuaded to act as possibly acting, and as its subject', () => {
    const r = ingestText('Moon hoped to persuade North Korea to take part in the Winter Olympics.', {
      existing: [...WITH_PEOPLE, event('olympics', 'Winter Olympics', 'sports-event')],
    }).relations.filter((x) => x.relation === 'participated in');
    expect(r.map((x) => `${x.source} ${x.target} ${x.modality}`)).toEqual(['north-korea olympics possible']);
  });

  it('has those who act on a given day of a gathering, or at its opening ceremony, take part in it', () => {
    const summit = event('summit', 'Pyongyang summit', 'summit', ['summit']);
    const games = event('olympics', 'Winter Olympics', 'sports-event');
    const t = relationsOf(
      `${lead}The two Koreas signed a pact on Wednesday to halt all hostile acts, on the second day of the summit.`,
      [...existing, summit],
    );
    expect(t).toEqual(
      expect.arrayContaining(['north-korea participated in summit', 'south-korea participated in summit']),
    );
    expect(t.filter((x) => x.includes('suspended summit'))).toEqual([]);
    const u = relationsOf(
      `${lead}The two Koreas agreed to march under one flag at the opening ceremony of the Winter Olympics.`,
      [...existing, games],
    );
    expect(u.filter((x) => x.endsWith('agreed to olympics'))).toEqual([]);
  });

  it('takes no pair after "between" as a subject, and has "they" stand for a pair named before it', () => {
    const launch = event('launch', 'rocket launch', 'weapons-test');
    const t = relationsOf(
      `${lead}South Korea said it would shut the complex, the last symbol of cooperation between the two Koreas, in response to North Korea's rocket launch.`,
      [...existing, launch],
    );
    expect(t).toContain('south-korea responded to launch');
    expect(t).not.toContain('north-korea responded to launch');
    const u = relationsOf(
      'South Korea held drills in May, and the United States sent two aircraft carriers and many bombers to the waters off the peninsula for the drills, which ran for ten days with some ninety ships and jets taking part. North Korea fired a missile on Monday. Any talks between the two Koreas, which share a heavily armed border, would improve on August, when they threatened each other with war.',
    );
    expect(u).toEqual(
      expect.arrayContaining(['north-korea threatened south-korea', 'south-korea threatened north-korea']),
    );
  });

  it('has "he" opening a sentence stand for the subject of the one before, past a "U.S." inside it', () => {
    const t = relationsOf(
      'A delegation led by adviser Chung Eui-yong returned on Tuesday. Chung, who was accompanied by spy chief Suh Hoon, will fly to Washington to brief U.S. officials. He will then travel to Beijing.',
      [...existing, city('beijing', 'Beijing')],
    );
    expect(t).toContain('chung-eui-yong visited beijing');
    expect(t).not.toContain('suh-hoon visited beijing');
  });

  it('takes no object from what a speaker goes on to say after ", saying"', () => {
    const games = event('olympics', 'Winter Olympics', 'sports-event');
    const t = relationsOf(
      'Moon Jae-in had proposed the delay last month, saying it could help persuade North Korea to take part in the Winter Olympics.',
      [...WITH_PEOPLE, games],
    );
    expect(t).not.toContain('moon proposed olympics');
  });

  it('reads "its leader, X" as the leader of the state named last before', () => {
    const t = relationsOf(
      'North Korea has long condemned the drills. Its leader, Kim Jong Un, said he was open to talks. China said its top official, Wang Yi, would attend.',
      WITH_PEOPLE,
    );
    expect(t).toEqual(expect.arrayContaining(['kim leader of north-korea', 'wang-yi official of china']));
  });

  it('has one who spoke in his speech take part in it', () => {
    const t = relationsOf(
      "Kim Jong Un said in his New Year's speech that he was open to talks.",
      WITH_PEOPLE,
    );
    expect(t).toContain('kim participated in speech');
  });

  it('reads capitals a go-between is for as their states', () => {
    const t = relationsOf(
      'North Korea and the United States held talks. Sweden, which has an embassy there, has often acted as a go-between for Washington and Pyongyang.',
      [...WITH_PEOPLE, state('sweden', 'Sweden')],
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'sweden mediated between united-states',
        'sweden mediated between north-korea',
      ]),
    );
  });

  it('joins "A and his North Korean counterpart B" as the subjects of one verb', () => {
    const t = relationsOf(
      'South Korean Defence Minister Song Young-moo and his North Korean counterpart No Kwang Chol signed the military pact.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'song-young-moo agreed to military-pact',
        'no-kwang-chol agreed to military-pact',
      ]),
    );
  });

  it('has a minister of a portfolio head the ministry the text names for it (not a vice minister)', () => {
    const t = relationsOf(
      'SEOUL, May 24 -- South Korea froze trade. Unification Minister Hyun In-taek announced the measures. The Unification Ministry said it would act. Vice Unification Minister Kim Hyung-suk also spoke.',
      [...existing, city('seoul', 'Seoul'), organization('unification-ministry', 'Unification Ministry')],
    );
    expect(t).toContain('hyun-in-taek leader of unification-ministry');
    expect(t).not.toContain('hyun-in-taek official of south-korea');
    expect(t).not.toContain('kim-hyung-suk leader of unification-ministry');
  });

  it('names no place met past an infinitive that opens a clause of its own', () => {
    const t = relationsOf(
      'Kim Jong Un said he wanted to hold talks "at an early date" to resolve the issue of Japanese citizens abducted by the North.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.includes(' met at '))).toEqual([]);
  });

  it('has no one carry out an attack that may never happen', () => {
    const t = relationsOf(
      'Joe Biden warned that any nuclear attack by North Korea would end the regime. A deadly attack by North Korea killed two marines.',
      [...existing, person('biden', 'Joe Biden')],
    );
    expect(t.filter((x) => x.startsWith('north-korea carried out'))).toEqual([
      'north-korea carried out deadly-attack',
    ]);
  });

  it('has no one take part in an armistice they oversee', () => {
    const t = relationsOf(
      'The United Nations Command, which oversees the armistice, said it supported the efforts.',
      [
        ...existing,
        organization('unc', 'United Nations Command'),
        event('armistice', 'armistice', 'agreement'),
      ],
    );
    expect(t).not.toContain('unc participated in armistice');
  });

  it('reads approved sanctions on a state as sanctioning it, and cut lines with a state as cut ties', () => {
    const t = relationsOf(
      'The Security Council on Monday unanimously approved new sanctions on North Korea. In June, North Korea cut the lines with South Korea.',
      [...existing, organization('unsc', 'Security Council')],
    );
    expect(t).toEqual(
      expect.arrayContaining(['unsc sanctioned north-korea', 'north-korea cut ties with south-korea']),
    );
  });

  it('names "the Group of 20 summit" as one gathering, where both who were due to meet would take part', () => {
    const r = ingestText('Xi Jinping was due to meet Donald Trump at the Group of 20 summit in Osaka.', {
      existing: [
        ...existing,
        person('xi', 'Xi Jinping'),
        person('trump', 'Donald Trump'),
        city('osaka', 'Osaka'),
      ],
    });
    expect(r.entities.find((e) => e.label === 'Group of 20 summit')?.type).toBe('event');
    const t = r.relations.map((x) => `${x.source} ${x.relation} ${x.target} ${x.modality ?? ''}`.trim());
    expect(t).toEqual(
      expect.arrayContaining([
        'xi participated in group-of-20-summit planned',
        'trump participated in group-of-20-summit planned',
        'group-of-20-summit held at osaka',
        'xi met with trump planned',
      ]),
    );
  });

  it('has the person who became "the first sitting U.S. president to" act be its subject', () => {
    const t = relationsOf(
      'At Panmunjom in June, where Donald Trump became the first sitting U.S. president to step into North Korea, the two leaders met.',
      [...WITH_PEOPLE, person('trump', 'Donald Trump')],
    );
    expect(t).toContain('trump visited north-korea');
  });

  it('reads a participle after "with", a title and a name as that person\'s act', () => {
    const t = relationsOf(
      "The talks ended within hours, with the North's chief negotiator Kim Myong Gil accusing Washington of bringing nothing new.",
      WITH_PEOPLE,
    );
    expect(t).toContain('kim-myong-gil blamed united-states');
  });

  it('reads "the recent rocket launch" as the launch a headline names, and no headline verb as part of an event', () => {
    const r = ingestText(
      "Seoul pulls out of Kaesong after rocket launch\n\nSouth Korea said it would leave the zone after North Korea's recent rocket launch.",
      { existing },
    );
    const events = r.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => e.label)).toEqual(['Rocket launch']);
    expect(triplesOf(r)).toContain('north-korea participated in rocket-launch');
    const s = ingestText('Sweden hosts rare talks between U.S. and North Korean envoys', {
      existing: [...WITH_PEOPLE, state('sweden', 'Sweden')],
    });
    expect(s.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual(['Rare talks']);
    expect(triplesOf(s)).toContain('sweden hosted rare-talks');
  });

  it("has a headline's event be the one event of its kind the first paragraph names", () => {
    const r = ingestText(
      'U.S., South Korea postpone joint drills\n\nThe United States and South Korea agreed on Thursday to delay annual joint military exercises until after the Olympics.\n\nNorth Korea has long condemned the drills.',
      { existing: WITH_PEOPLE },
    );
    const drills = r.entities.filter((e) => e.kind === 'military-drills');
    expect(drills.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['joint drills', 'annual joint military exercises', 'the drills'],
    ]);
  });

  it('takes no "with" of an event noun as the one a discussion was with, and reads "a possible meeting" as possible', () => {
    const r = ingestText(
      'Mike Pompeo met Kim Jong Un secretly and discussed a possible meeting with Donald Trump.',
      { existing: [...WITH_PEOPLE, person('pompeo', 'Mike Pompeo'), person('trump', 'Donald Trump')] },
    );
    const met = r.relations
      .filter((x) => x.relation === 'met with')
      .map((x) => `${x.source} ${x.target} ${x.modality ?? ''}`.trim());
    expect(met).toEqual(['pompeo kim', 'kim trump possible']);
  });

  it('has no actor do what a share of an unnamed noun did ("balloons, some of which landed in Seoul")', () => {
    const t = relationsOf(
      'Since late May, North Korea has sent more than 1,000 balloons, some of which landed in central Seoul.',
      [...existing, city('seoul', 'Seoul')],
    );
    expect(t.filter((x) => x.includes('visited'))).toEqual([]);
  });

  it('reads "Kim\'s talks with Trump in Hanoi" as the summit the graph has in Hanoi, not the summit named before', () => {
    const hanoi = event('hanoi-summit', 'Hanoi summit', 'summit');
    const t = relationsOf(
      "Vladimir Putin and Kim Jong Un held their first summit on Thursday, two months after Kim's talks with Donald Trump in Hanoi collapsed.",
      [
        ...WITH_PEOPLE,
        person('putin', 'Vladimir Putin'),
        person('trump', 'Donald Trump'),
        city('hanoi', 'Hanoi'),
        hanoi,
      ],
    );
    expect(t).toEqual(
      expect.arrayContaining(['trump participated in hanoi-summit', 'kim participated in hanoi-summit']),
    );
    expect(t).not.toContain('trump participated in first-summit');
  });

  it('reads "President X of South Korea and Chairman Y of the Commission" as titles of bodies and joined subjects', () => {
    const t = relationsOf(
      'President Moon Jae-in of South Korea and Chairman Kim Jong Un of the State Affairs Commission of North Korea held a summit in Pyongyang.',
      [...WITH_PEOPLE, city('pyongyang', 'Pyongyang'), organization('sac', 'State Affairs Commission')],
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'moon leader of south-korea',
        'kim leader of sac',
        'moon participated in summit',
        'kim participated in summit',
      ]),
    );
  });

  it('reads denuclearization as an event even bare, unless it only says what talks are about', () => {
    const r = ingestText('Kim Jong Un and Moon Jae-in pledged denuclearization on Friday.', {
      existing: WITH_PEOPLE,
    });
    expect(triplesOf(r)).toEqual(
      expect.arrayContaining(['kim agreed to denuclearization', 'moon agreed to denuclearization']),
    );
    const s = ingestText('The envoys held denuclearization talks in Hanoi.', { existing: WITH_PEOPLE });
    expect(s.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual([
      'Denuclearization talks',
    ]);
  });

  it('reads "held Pyongyang responsible" as blaming the North, not as holding an event', () => {
    const t = relationsOf(
      'North Korea fired a missile. Seoul said it held Pyongyang responsible for the attack. Washington held North Korea accountable for the death.',
      [
        ...WITH_PEOPLE,
        city('seoul', 'Seoul'),
        city('pyongyang', 'Pyongyang'),
        city('washington', 'Washington'),
      ],
    );
    expect(t).toEqual(
      expect.arrayContaining(['south-korea blamed north-korea', 'united-states blamed north-korea']),
    );
    expect(t.filter((x) => x.includes('participated in attack'))).toEqual([]);
  });

  it('has no one serve a group of people named before, and a U.S. cabinet secretary serve the home state', () => {
    const t = relationsOf(
      'WASHINGTON, June 11 - The remains of American soldiers were returned to the United States. National Security Adviser John Bolton said the talks had stalled. Defense Secretary Jim Mattis agreed.',
      WITH_PEOPLE,
    );
    expect(t.filter((x) => x.startsWith('john-bolton official of'))).toEqual([]);
    expect(t).toContain('jim-mattis official of united-states');
  });

  it('reads "Ministry spokesman X" as the spokesman of the ministry named before', () => {
    const t = relationsOf(
      "The South's Unification Ministry said it was watching. Ministry spokesman Koo Byoung-sam told reporters the moves would fail.",
      [...existing, organization('unification-ministry', 'Unification Ministry')],
    );
    expect(t).toContain('koo-byoung-sam spokesperson of unification-ministry');
  });

  it('takes no object past a clause with a subject of its own or a participle after a comma', () => {
    const t = relationsOf(
      `${lead}The two sides agreed to hold talks in Seoul at an early date, ending a standoff. The North called off family reunions days before they were to begin, and in 2018 it suspended high-level talks.`,
    );
    expect(t.filter((x) => x.includes('participated in standoff'))).toEqual([]);
    expect(t.filter((x) => x.includes('participated in high-level-talks'))).toEqual([]);
    expect(t).toContain('north-korea suspended high-level-talks');
  });

  it('reads no place in the state that opens the next clause after a comma', () => {
    const t = relationsOf(
      `${lead}At the border village of Panmunjom, the North expressed regret over the blast.`,
      [...existing, { ...city('panmunjom', 'Panmunjom'), kind: 'village' }],
    );
    expect(t).not.toContain('panmunjom located in north-korea');
    expect(relationsOf('Talks were held in Kaesong, North Korea.')).toContain(
      'kaesong located in north-korea',
    );
  });

  it('has no guest named in a compound after "host"', () => {
    const t = relationsOf(
      'Donald Trump and Kim Jong Un will meet in June. Singapore will host the Trump-Kim summit.',
      [
        ...WITH_PEOPLE,
        state('singapore', 'Singapore'),
        { ...person('trump', 'Donald Trump'), aliases: ['Trump'] },
      ],
    );
    expect(t.filter((x) => x.includes('visited singapore'))).toEqual([]);
  });

  it('has the foreign ministers of three states stand for the states', () => {
    const t = relationsOf('The foreign ministers of Japan, South Korea and China met in Busan on Sunday.', [
      ...existing,
      city('busan', 'Busan'),
    ]);
    expect(t).toContain('japan met at busan');
  });

  it('reads a "he" opening a clause as its subject, and a "he" in what a person said as that person', () => {
    const t = relationsOf(
      'Stephen Biegun met officials in Seoul. He did not meet North Korean officials during the trip, despite speculation that he might travel to Panmunjom. Donald Trump said he had received a letter from Kim Jong Un, and that he expected to hold a third summit.',
      [
        ...WITH_PEOPLE,
        person('biegun', 'Stephen Biegun'),
        person('trump', 'Donald Trump'),
        { ...city('panmunjom', 'Panmunjom'), kind: 'village' },
      ],
    );
    expect(t).toEqual(
      expect.arrayContaining(['biegun visited panmunjom', 'trump participated in third-summit']),
    );
    expect(t).not.toContain('north-korea visited panmunjom');
    expect(t).not.toContain('kim participated in third-summit');
  });

  it('reads "a summit hosted by X" as X hosting it, no one as X\'s guest, and a visitor there for it as taking part', () => {
    const t = relationsOf(
      'Antony Blinken was visiting Seoul for a democracy summit hosted by South Korean President Yoon Suk Yeol.',
      [
        ...WITH_PEOPLE,
        person('blinken', 'Antony Blinken'),
        person('yoon', 'Yoon Suk Yeol'),
        city('seoul', 'Seoul'),
      ],
    );
    expect(t).toEqual(
      expect.arrayContaining(['yoon hosted democracy-summit', 'blinken participated in democracy-summit']),
    );
    expect(t).not.toContain('blinken met with yoon');
  });

  it('takes nothing done without something as done to it', () => {
    const t = relationsOf(
      `${lead}The two sides quietly closed a year of friendship events in April without the usual ceremony.`,
    );
    expect(t.filter((x) => x.includes('ceremony'))).toEqual([]);
  });

  it('reads "a Comprehensive Strategic Partnership treaty" as a pact, not a person', () => {
    const r = ingestText(
      'Kim Jong Un greeted Vladimir Putin at the airport. By the end of the day the two men had signed a Comprehensive Strategic Partnership treaty.',
      { existing: [...WITH_PEOPLE, person('putin', 'Vladimir Putin')] },
    );
    const pact = r.entities.find((e) => e.label === 'Comprehensive Strategic Partnership treaty');
    expect(pact?.kind).toBe('agreement');
    expect(triplesOf(r)).toEqual(
      expect.arrayContaining([
        'kim agreed to comprehensive-strategic-partnership-treaty',
        'putin agreed to comprehensive-strategic-partnership-treaty',
      ]),
    );
  });

  it('reads "stop" and "ban" as suspending what follows, past "including"', () => {
    const t = relationsOf(
      `${lead}The two Koreas will also stop all hostile acts from May 1, including propaganda broadcasts along the border. South Korea said it would ban the broadcasts.`,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea suspended propaganda-broadcasts',
        'south-korea suspended propaganda-broadcasts',
      ]),
    );
  });

  it('has the parties of the deal an act was done under be its agents', () => {
    const t = relationsOf(
      `${lead}The military would resume propaganda broadcasts along the border, which were halted in 2004 under a deal between the two Koreas.`,
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'north-korea suspended propaganda-broadcasts',
        'south-korea suspended propaganda-broadcasts',
      ]),
    );
  });

  it('reads "vows X will pay" as a threat to X', () => {
    const t = relationsOf('Lee Myung-bak vows North Korea will pay for the sinking of the Cheonan.', [
      ...existing,
      person('lee', 'Lee Myung-bak'),
    ]);
    expect(t).toContain('lee threatened north-korea');
  });

  it('has the subject of a clause done "in a speech" give the speech, past a relative clause', () => {
    const t = relationsOf(
      'Moon Jae-in, who met Kim Jong Un three times in 2018, had urged Pyongyang in a speech on Monday to keep talking.',
      WITH_PEOPLE,
    );
    expect(t).toContain('moon participated in speech');
    expect(t).not.toContain('kim participated in speech');
  });

  it('places a place "in the North Korean city of Kaesong" in Kaesong', () => {
    const t = relationsOf(
      'The two sides opened a joint liaison office in the North Korean city of Kaesong.',
      [
        ...existing,
        {
          id: 'office',
          type: 'place',
          kind: 'building',
          label: 'joint liaison office',
          aliases: [],
          existing: true,
        },
      ],
    );
    expect(t).toContain('office located in kaesong');
    const u = relationsOf('Kim stepped over the demarcation line in the truce village of Panmunjom.', [
      ...existing,
      { id: 'line', type: 'place', kind: 'border', label: 'demarcation line', aliases: [], existing: true },
      { ...city('panmunjom', 'Panmunjom'), kind: 'village' },
    ]);
    expect(u).toContain('line located in panmunjom');
  });
});
