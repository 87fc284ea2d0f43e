import type { NodeType } from './nodeTypes';

/**
 * The relation vocabulary: every edge's `relation` is one of these phrases. Each descriptor says
 * what the phrase means and which node types may stand at each end, so the corpus compiler can
 * reject an edge that reads wrongly ("Kaesong leader of North Korea").
 */
export interface RelationDescriptor {
  relation: string;
  description: string;
  from: readonly NodeType[];
  to: readonly NodeType[];
}

const A: readonly NodeType[] = ['actor'];
const E: readonly NodeType[] = ['event'];
const AP: readonly NodeType[] = ['actor', 'place'];
const AE: readonly NodeType[] = ['actor', 'event'];
const ANY: readonly NodeType[] = ['actor', 'place', 'event'];

export const RELATIONS = [
  // Roles and membership
  { relation: 'leader of', description: 'Leads a state, government, party or office.', from: A, to: A },
  {
    relation: 'spokesperson of',
    description: 'Speaks officially for a ministry, government or body.',
    from: A,
    to: A,
  },
  {
    relation: 'official of',
    description: 'Holds a post in a government, ministry, party or agency.',
    from: A,
    to: A,
  },
  {
    relation: 'expert at',
    description: 'Analyst, expert or academic affiliated with an institution.',
    from: A,
    to: A,
  },
  {
    relation: 'member of',
    description: 'Belongs to a group or organization (not as its leader or official).',
    from: A,
    to: A,
  },
  {
    relation: 'part of',
    description: 'Is a component of something larger (a ministry of a government, a meeting of a process).',
    from: ANY,
    to: ANY,
  },
  { relation: 'sister of', description: 'Is the sister of.', from: A, to: A },
  { relation: 'ally of', description: 'Is described as an ally of.', from: A, to: A },
  { relation: 'rival of', description: 'Is described as a rival of.', from: A, to: A },
  // Places
  { relation: 'located in', description: 'Lies within a place or state.', from: AP, to: AP },
  { relation: 'held at', description: 'An event took place at (or near) a place.', from: E, to: AP },
  { relation: 'met at', description: 'Met the other side, or held talks, at a place.', from: A, to: AP },
  { relation: 'visited', description: 'Travelled to a place or state.', from: A, to: AP },
  { relation: 'captured in', description: 'Was found, arrested or captured in a place.', from: A, to: AP },
  // Meetings and diplomacy
  {
    relation: 'participated in',
    description: 'Took part in an event (talks, summit, drills, games, battle).',
    from: A,
    to: E,
  },
  { relation: 'met with', description: 'Met (or travelled to meet) another actor.', from: A, to: A },
  {
    relation: 'sought talks with',
    description: 'Said it wants talks or better ties with another actor.',
    from: A,
    to: A,
  },
  {
    relation: 'mediated between',
    description: 'Acted as mediator; one edge to each side mediated between.',
    from: A,
    to: A,
  },
  { relation: 'proposed', description: 'Proposed, offered or initiated something.', from: A, to: AE },
  { relation: 'agreed to', description: 'Agreed to or confirmed an event or arrangement.', from: A, to: E },
  { relation: 'praised', description: 'Praised or credited another actor.', from: A, to: A },
  {
    relation: 'restored ties with',
    description: 'Restored contact, channels or ties with another actor.',
    from: A,
    to: A,
  },
  { relation: 'cut ties with', description: 'Cut off contact or ties with another actor.', from: A, to: A },
  { relation: 'hosted', description: 'Hosted or was chosen to host an event.', from: AP, to: E },
  // Pressure and conflict
  {
    relation: 'threatened',
    description: 'Threatened another actor (with war, renewed animosity, ...).',
    from: A,
    to: A,
  },
  { relation: 'warned', description: 'Issued a warning to or about another actor.', from: A, to: A },
  { relation: 'demanded', description: 'Demanded that an actor do or stop something.', from: A, to: AE },
  { relation: 'opposed', description: 'Opposed an event or policy.', from: A, to: E },
  { relation: 'blamed', description: 'Held another actor responsible.', from: A, to: A },
  { relation: 'attacked', description: 'Attacked another actor or place.', from: A, to: AP },
  {
    relation: 'carried out',
    description: 'Was the perpetrator of an attack, bombing, shooting or execution.',
    from: A,
    to: E,
  },
  { relation: 'victim of', description: 'Was killed, hurt or targeted in an event.', from: A, to: E },
  {
    relation: 'sanctioned',
    description: 'Imposed sanctions or halted trade against another actor.',
    from: A,
    to: A,
  },
  { relation: 'boycotted', description: 'Boycotted an event.', from: A, to: E },
  {
    relation: 'suspended',
    description: 'Suspended, halted or cancelled an event or activity.',
    from: A,
    to: E,
  },
  { relation: 'responded to', description: 'Acted in response to an event.', from: AE, to: E },
  {
    relation: 'followed',
    description: 'An event came after, and because of, another event.',
    from: E,
    to: E,
  },
  // Reporting
  {
    relation: 'reported',
    description: 'A news organization reported on an event or statement.',
    from: A,
    to: ANY,
  },
] as const satisfies readonly RelationDescriptor[];

export type Relation = (typeof RELATIONS)[number]['relation'];

export const RELATION_NAMES: readonly string[] = RELATIONS.map((r) => r.relation);

const byName = new Map<string, RelationDescriptor>(RELATIONS.map((r) => [r.relation, r]));

/** The descriptor of a relation phrase, or undefined when it is not in the vocabulary. */
export function relationDescriptor(relation: string): RelationDescriptor | undefined {
  return byName.get(relation);
}

/** Edge modality: how firmly the text states the relation. Absent means "stated as fact". */
export const MODALITIES = ['planned', 'possible', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

const withArticle = (type: NodeType) => `${type === 'actor' || type === 'event' ? 'an' : 'a'} ${type}`;
const either = (types: readonly NodeType[]) =>
  types.length === 1
    ? withArticle(types[0]!)
    : `${types.slice(0, -1).map(withArticle).join(', ')} or ${withArticle(types[types.length - 1]!)}`;

/** The ends a relation joins, in words: "an event to an actor or a place". */
export const endsAllowed = (d: RelationDescriptor): string => `${either(d.from)} to ${either(d.to)}`;

/**
 * Why a relation cannot join these two ends, in words ("leader of" runs from an actor to an
 * actor: Working-level talks is an event), or null when the vocabulary allows them. Each end is
 * named as the reader knows it (a label in the explorer, an id in the authoring files).
 */
export function endsProblem(
  d: RelationDescriptor,
  from: { name: string; type: NodeType },
  to: { name: string; type: NodeType },
): string | null {
  const wrong = [...(d.from.includes(from.type) ? [] : [from]), ...(d.to.includes(to.type) ? [] : [to])];
  if (wrong.length === 0) return null;
  return `"${d.relation}" runs from ${endsAllowed(d)}: ${wrong
    .map((end) => `${end.name} is ${withArticle(end.type)}`)
    .join(' and ')}`;
}
