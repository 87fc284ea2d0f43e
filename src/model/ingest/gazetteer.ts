import type { KnownEntity } from './types';

/**
 * General knowledge the pipeline starts from when a graph does not already hold the node: states
 * (with demonyms and capitals, so "North Korean leader" and "Seoul said" can be read), a few
 * leaders and the institutions that recur in news on the region. Existing graph nodes win over
 * these where names clash.
 */
interface StateEntry {
  label: string;
  aliases?: string[];
  demonyms: string[];
  capital?: string;
}

const STATES: StateEntry[] = [
  // "N. Korea", "S. Korea": headline abbreviations.
  {
    label: 'North Korea',
    aliases: ['DPRK', 'N. Korea', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean'],
    capital: 'Pyongyang',
  },
  {
    label: 'South Korea',
    aliases: ['Republic of Korea', 'ROK', 'S. Korea'],
    demonyms: ['South Korean'],
    capital: 'Seoul',
  },
  {
    label: 'United States',
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
    demonyms: ['American', 'US', 'U.S.'],
    capital: 'Washington',
  },
  {
    label: 'China',
    aliases: ["People's Republic of China", 'PRC'],
    demonyms: ['Chinese'],
    capital: 'Beijing',
  },
  { label: 'Japan', demonyms: ['Japanese'], capital: 'Tokyo' },
  { label: 'Russia', demonyms: ['Russian'], capital: 'Moscow' },
  { label: 'Vietnam', demonyms: ['Vietnamese'], capital: 'Hanoi' },
  { label: 'Iran', demonyms: ['Iranian'], capital: 'Tehran' },
  { label: 'United Kingdom', aliases: ['Britain', 'UK', 'U.K.'], demonyms: ['British'], capital: 'London' },
  { label: 'France', demonyms: ['French'], capital: 'Paris' },
  { label: 'Germany', demonyms: ['German'], capital: 'Berlin' },
  { label: 'India', demonyms: ['Indian'], capital: 'New Delhi' },
  { label: 'Pakistan', demonyms: ['Pakistani'], capital: 'Islamabad' },
  { label: 'Taiwan', demonyms: ['Taiwanese'], capital: 'Taipei' },
  { label: 'Mongolia', demonyms: ['Mongolian'], capital: 'Ulaanbaatar' },
  { label: 'Singapore', demonyms: ['Singaporean'] },
  { label: 'Ukraine', demonyms: ['Ukrainian'], capital: 'Kyiv' },
  { label: 'Israel', demonyms: ['Israeli'] },
  { label: 'Syria', demonyms: ['Syrian'], capital: 'Damascus' },
  { label: 'Australia', demonyms: ['Australian'], capital: 'Canberra' },
  { label: 'New Zealand', demonyms: ['New Zealander'], capital: 'Wellington' },
  { label: 'Canada', demonyms: ['Canadian'], capital: 'Ottawa' },
  { label: 'Sweden', demonyms: ['Swedish'], capital: 'Stockholm' },
  { label: 'Norway', demonyms: ['Norwegian'], capital: 'Oslo' },
  { label: 'Finland', demonyms: ['Finnish'], capital: 'Helsinki' },
  { label: 'Switzerland', demonyms: ['Swiss'], capital: 'Bern' },
  { label: 'Italy', demonyms: ['Italian'], capital: 'Rome' },
  { label: 'Spain', demonyms: ['Spanish'], capital: 'Madrid' },
  { label: 'Netherlands', aliases: ['the Netherlands'], demonyms: ['Dutch'], capital: 'Amsterdam' },
  { label: 'Belgium', demonyms: ['Belgian'], capital: 'Brussels' },
  { label: 'Poland', demonyms: ['Polish'], capital: 'Warsaw' },
  { label: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], capital: 'Ankara' },
  { label: 'Saudi Arabia', demonyms: ['Saudi'], capital: 'Riyadh' },
  { label: 'Qatar', demonyms: ['Qatari'], capital: 'Doha' },
  { label: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], capital: 'Abu Dhabi' },
  { label: 'Egypt', demonyms: ['Egyptian'], capital: 'Cairo' },
  { label: 'Cuba', demonyms: ['Cuban'], capital: 'Havana' },
  { label: 'Venezuela', demonyms: ['Venezuelan'], capital: 'Caracas' },
  { label: 'Brazil', demonyms: ['Brazilian'], capital: 'Brasília' },
  { label: 'Mexico', demonyms: ['Mexican'], capital: 'Mexico City' },
  { label: 'Indonesia', demonyms: ['Indonesian'], capital: 'Jakarta' },
  { label: 'Malaysia', demonyms: ['Malaysian'], capital: 'Kuala Lumpur' },
  {
    label: 'Philippines',
    aliases: ['the Philippines'],
    demonyms: ['Filipino', 'Philippine'],
    capital: 'Manila',
  },
  { label: 'Thailand', demonyms: ['Thai'], capital: 'Bangkok' },
  { label: 'Laos', demonyms: ['Laotian'], capital: 'Vientiane' },
  { label: 'Cambodia', demonyms: ['Cambodian'], capital: 'Phnom Penh' },
  { label: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], capital: 'Naypyidaw' },
  { label: 'Iraq', demonyms: ['Iraqi'], capital: 'Baghdad' },
  { label: 'Afghanistan', demonyms: ['Afghan'], capital: 'Kabul' },
  { label: 'Belarus', demonyms: ['Belarusian'], capital: 'Minsk' },
  { label: 'Libya', demonyms: ['Libyan'], capital: 'Tripoli' },
];

const PEOPLE: [label: string, aliases: string[]][] = [
  ['Kim Jong Un', ['Kim Jong-un', 'Kim Jong-Un']],
  ['Kim Jong Il', ['Kim Jong-il']],
  ['Kim Il Sung', ['Kim Il-sung']],
  ['Kim Yo Jong', ['Kim Yo-jong']],
  ['Moon Jae-in', ['Moon Jae In', 'Moon Jae-In']],
  ['Park Geun-hye', ['Park Geun Hye']],
  ['Lee Myung-bak', ['Lee Myung Bak']],
  ['Yoon Suk Yeol', ['Yoon Suk-yeol']],
  ['Donald Trump', []],
  ['Joe Biden', []],
  ['Barack Obama', []],
  ['Xi Jinping', []],
  ['Vladimir Putin', []],
  ['Shinzo Abe', []],
  ['Lee Jae-myung', ['Lee Jae Myung']],
  ['Roh Moo-hyun', ['Roh Moo Hyun']],
  ['Kim Dae-jung', ['Kim Dae Jung']],
  ['Fumio Kishida', []],
  ['Shigeru Ishiba', []],
  ['Mike Pompeo', []],
  ['Wang Yi', []],
  ['Kim Yong Chol', ['Kim Yong-chol']],
  ['Choe Son Hui', ['Choe Son-hui']],
  ['Ri Yong Ho', ['Ri Yong-ho']],
];

const INSTITUTIONS: [label: string, kind: string, aliases: string[]][] = [
  ['United Nations', 'organization', ['UN', 'U.N.']],
  ['UN Security Council', 'organization', ['U.N. Security Council', 'Security Council']],
  ['UN General Assembly', 'organization', ['U.N. General Assembly', 'General Assembly']],
  ['European Union', 'organization', ['EU']],
  ['NATO', 'organization', []],
  ['International Atomic Energy Agency', 'organization', ['IAEA']],
  ['Red Cross', 'organization', []],
  ['CIA', 'intelligence-agency', []],
  ['White House', 'office', []],
  ['Kremlin', 'office', []],
  ['Blue House', 'office', ['Cheong Wa Dae']],
  ['Pentagon', 'ministry', []],
  ['State Department', 'ministry', []],
  ['Unification Ministry', 'ministry', []],
  ['Joint Chiefs of Staff', 'military', ['JCS']],
  ['U.S. Forces Korea', 'military', ['USFK', 'United States Forces Korea']],
  ['United Nations Command', 'military', ['UN Command', 'U.N. Command']],
  ['National Intelligence Service', 'intelligence-agency', ['NIS']],
  ["Workers' Party", 'party', ['Workers Party']],
  ['Korean Central News Agency', 'news-agency', ['KCNA']],
  ['Yonhap', 'news-agency', []],
  ['Reuters', 'news-agency', []],
  ['Associated Press', 'news-agency', ['AP']],
  ['Agence France-Presse', 'news-agency', ['AFP']],
];

const PLACES: [label: string, kind: string, aliases: string[]][] = [
  ['Korean Peninsula', 'region', ['Korean peninsula']],
  ['Demilitarized Zone', 'border-zone', ['DMZ']],
  // Cities, not capitals, where talks on the region are often held or reported from.
  ...(
    [
      'New York',
      'Geneva',
      'Shanghai',
      'Hong Kong',
      'Busan',
      'Incheon',
      'Osaka',
      'Vladivostok',
      'Dandong',
      'Sinuiju',
      'Wonsan',
      'Los Angeles',
      'San Francisco',
      'Honolulu',
    ] as const
  ).map((city): [string, string, string[]] => [city, 'city', []]),
];

export function slug(label: string): string {
  return label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `slug(name)` (or "entity" when nothing of it is left), numbered "-2", "-3", … while `taken`. */
export function freeId(name: string, taken: (id: string) => boolean): string {
  const root = slug(name) || 'entity';
  let id = root;
  for (let n = 2; taken(id); n++) id = `${root}-${n}`;
  return id;
}

export interface Gazetteer {
  entities: KnownEntity[];
  /** Demonym ("North Korean") to state id. */
  demonyms: Map<string, string>;
  /** Capital name ("Seoul") to state id, for reading a capital as its government. */
  capitals: Map<string, string>;
}

export function gazetteer(): Gazetteer {
  const entities: KnownEntity[] = [];
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  const add = (label: string, type: KnownEntity['type'], kind: string, aliases: string[] = []) =>
    entities.push({ id: slug(label), type, kind, label, aliases, existing: false });
  for (const s of STATES) {
    add(s.label, 'actor', 'state', s.aliases);
    for (const d of s.demonyms) demonyms.set(d, slug(s.label));
    if (s.capital) {
      add(s.capital, 'place', 'city');
      capitals.set(s.capital, slug(s.label));
    }
  }
  for (const [label, aliases] of PEOPLE) add(label, 'actor', 'person', aliases);
  for (const [label, kind, aliases] of INSTITUTIONS) add(label, 'actor', kind, aliases);
  for (const [label, kind, aliases] of PLACES) add(label, 'place', kind, aliases);
  return { entities, demonyms, capitals };
}
