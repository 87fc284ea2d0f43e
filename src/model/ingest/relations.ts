import { foldTypography } from '../text/normalize';
import { relationDescriptor, type Modality } from '../vocabulary';
import type { NodeType } from '../nodeTypes';
import type { KnownIndex } from './known';
import { STATE_TITLE } from './lexicon';
import { NEGATION, PLANNED, POSSIBLE, VERB_PATTERNS } from './patterns';
import { orderedPair, PAIR, sidesOf } from './pairs';
import { compoundParticipation, pairParticipation, verbParticipation, violenceRoles } from './participation';
import { rolePatterns } from './roles';
import { eventSequence } from './sequence';
import { findName } from './names';
import type { Tokenized } from './tokenize';
import type { EntityCandidate, Mention, RelationCandidate, Sentence, TextRange } from './types';

export interface SentenceContext {
  text: string;
  folded: string;
  lower: string;
  sentence: Sentence;
  index: number;
  /** Mentions inside the sentence, in text order. */
  mentions: RelMention[];
  typeOf(id: string): NodeType | undefined;
  kindOf(id: string): string | undefined;
  /** The entity's name, to order an elided pair ("North and South Korea") as the text does. */
  labelOf?(id: string): string | undefined;
  /** Mentions of earlier sentences, latest last (for "Spokesman X" naming an earlier ministry). */
  earlier: Mention[];
  /** The two states "the two Koreas" / "both sides" stand for, when the text names them. */
  pair?: [string, string];
  /** The state a person leads or serves, as earlier sentences said ("President Yoon": South Korea). */
  stateOf?(person: string): string | undefined;
}

/** A mention as the relation stage sees it: demonyms ("a North Korean torpedo") may be targets only. */
type RelMention = Mention & { demonym?: boolean };

export type Draft = Omit<RelationCandidate, 'id'>;

export function allows(relation: string, from: NodeType | undefined, to: NodeType | undefined): boolean {
  const d = relationDescriptor(relation);
  return !!d && !!from && !!to && d.from.includes(from) && d.to.includes(to);
}

function modalityBefore(ctx: SentenceContext, at: number): Modality | undefined {
  const before = ctx.lower.slice(Math.max(ctx.sentence.start, at - 50), at);
  if (NEGATION.test(before)) return 'negated';
  if (POSSIBLE.test(before)) return 'possible';
  if (PLANNED.test(before)) return 'planned';
  return undefined;
}

// "at a North Korean border town" names a place in the state, not the state.
const PLACE_RELATIONS = new Set(['met at', 'visited', 'held at', 'captured in', 'located in']);
/** Relations that hold both ways: "A met with B" states "B met with A" too. */
export const SYMMETRIC: ReadonlySet<string> = new Set(['met with', 'rival of', 'ally of']);
const PREPOSITION =
  /\b(?:of|with|between|to|against|from|for|on|at|in|by|into|over|about|toward|towards|like)\s+(?:the\s+)?$/;
// "with North Korean leader Kim", "to South Korea's President Moon": a preposition, then only the
// words of a title (nationality, rank, office) before the name, is still the name's preposition.
const TITLE_WORD =
  /^(?:[a-z]+(?:ese|ian|an|ish|i)|north|south|korean?|u\.s\.|us|top|chief|senior|former|then|new|ruling|supreme|vice|deputy|foreign|defense|defence|unification|prime|state|leader|president|premier|minister|secretary|chairman|negotiator|envoy|ambassador|spokes(?:man|woman|person)|official|general|commander)$/;
function afterPreposition(lead: string): boolean {
  if (PREPOSITION.test(lead)) return true;
  const m =
    /\b(of|with|between|to|against|from|for|on|at|in|by|into|over|about|toward|towards|like)\s+(?:the\s+)?((?:[a-z.'-]+\s+){1,4})$/.exec(
      lead,
    );
  // "Secretary of State Marco Rubio": an "of" inside a title is no preposition.
  if (m?.[1] === 'of' && TITLE_WORD.test(/([a-z.]+)\s+$/.exec(lead.slice(0, m.index))?.[1] ?? ''))
    return false;
  return (
    !!m?.[2] &&
    m[2]
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_WORD.test(w.replace(/'s$/, '')))
  );
}

// The actors a clause is about: the nearest actor before the trigger that is not the object of a
// preposition, with "A and B" coordination; "the two Koreas" stands for both states.
export function subjectsBefore(ctx: SentenceContext, at: number): Mention[] {
  // "Moon, who met Kim in 2018, had urged ...": a relative clause closed before the verb holds no
  // subject of it; "supports South Korea's efforts and urged": a possessor is no subject (but
  // "South Korea's military said" is the state acting).
  const aside = closedAside(ctx, at);
  const before = ctx.mentions.filter(
    (m) =>
      m.end <= at &&
      ctx.typeOf(m.entity) === 'actor' &&
      !m.demonym &&
      !(aside && m.start >= aside.start && m.end <= aside.end) &&
      !(
        POSSESSOR.test(ctx.lower.slice(m.end, m.end + 40)) &&
        !STATE_AGENTS.test(ctx.lower.slice(m.end + 2, m.end + 40)) &&
        // "Putin's first visit to": the possessed noun is the trigger itself.
        !/^['’]s\s+(?:(?!(?:and|or|but)\s)[a-z-]+\s+){0,2}$/.test(ctx.lower.slice(m.end, at))
      ),
  );
  const pair = [...ctx.lower.slice(ctx.sentence.start, at).matchAll(PAIR)].pop();
  const pairStart = pair ? ctx.sentence.start + pair.index : -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (!m) continue;
    if (pairStart > m.end) break;
    // "North and South Korea": the mention is part of the pair phrase.
    if (pair && sidesOf(ctx, pair[0]) && m.start >= pairStart && m.end <= pairStart + pair[0].length) break;
    const lead = ctx.lower.slice(Math.max(ctx.sentence.start, m.start - 50), m.start);
    const prev = before[i - 1];
    const gap = prev ? ctx.folded.slice(prev.end, m.start).toLowerCase() : '';
    // "Putin and North Korean leader Kim": a title may stand between "and" and the name. A comma
    // alone joins no subjects ("After leaving North Korea, Putin traveled").
    const coordinated =
      prev &&
      /^\s*and\s+(?:the\s+)?((?:[a-z.'-]+\s+){0,4})$/
        .exec(gap)?.[1]
        ?.split(/\s+/)
        .filter(Boolean)
        .every((w) => TITLE_WORD.test(w.replace(/'s$/, '')));
    // "Lee, South Korea's envoy, met ...": a possessive after a comma starts an apposition to the
    // name before it, which is the subject.
    if (prev && /^\s*,\s*(?:the\s+)?$/.test(gap) && /^'s\b/.test(ctx.folded.slice(m.end, m.end + 3)))
      return [prev];
    if (coordinated && prev) {
      const lead2 = ctx.lower.slice(Math.max(ctx.sentence.start, prev.start - 50), prev.start);
      if (afterPreposition(lead2)) {
        i--;
        continue;
      }
      // "The United States, Japan and South Korea agreed": the whole list.
      const list = [prev, m];
      for (let j = i - 2; j >= 0; j--) {
        const x = before[j];
        const first = list[0];
        if (!x || !first || !/^\s*,\s*(?:the\s+)?$/.test(ctx.folded.slice(x.end, first.start))) break;
        list.unshift(x);
      }
      return list;
    }
    if (afterPreposition(lead)) continue;
    return [m];
  }
  if (pair && sidesOf(ctx, pair[0]))
    return orderedPair(ctx, pair[0]).map((entity) => ({
      start: pairStart,
      end: pairStart + pair[0].length,
      entity,
      text: pair[0],
      reason: 'metonym' as const,
    }));
  return pronounSubjects(ctx, at);
}

/**
 * "It said ...", "They met ...": a pronoun subject with no actor before it in its sentence stands
 * for the last state or organization of the sentences just before ("it"), or for the two sides
 * when both were named there ("they"); "he" or "she" for the last person named. A person is never
 * "it"; other pronouns are left alone.
 */
function pronounSubjects(ctx: SentenceContext, at: number): Mention[] {
  const head = ctx.lower.slice(ctx.sentence.start, at);
  // "His government urged ...": the state of the last person named, as the text has said.
  const owned = /\b(his|her)\s+(?:government|administration|country)\s+(?:[a-z']+\s+){0,3}$/.exec(head);
  if (owned) {
    const start = ctx.sentence.start + owned.index;
    const person = [...ctx.earlier.filter((m) => m.end >= ctx.sentence.start - 300), ...ctx.mentions]
      .filter((m) => m.end <= start && ctx.kindOf(m.entity) === 'person')
      .pop();
    const state = person && ctx.stateOf?.(person.entity);
    const words = /^\S+\s+\S+/.exec(owned[0])?.[0] ?? '';
    return state ? [{ start, end: start + words.length, entity: state, text: words, reason: 'metonym' }] : [];
  }
  const pronoun = /\b(it|they|he|she)\s+(?:[a-z']+\s+){0,3}$/.exec(head);
  if (!pronoun) return [];
  const start = ctx.sentence.start + pronoun.index;
  const where = {
    start,
    end: start + (pronoun[1]?.length ?? 0),
    text: pronoun[1] ?? '',
    reason: 'metonym' as const,
  };
  const recent = ctx.earlier.filter((m) => m.end >= ctx.sentence.start - 300);
  // "He said ...": the last person named in this sentence or the ones just before.
  if (pronoun[1] === 'he' || pronoun[1] === 'she') {
    const last = [...recent, ...ctx.mentions.filter((m) => m.end <= start)]
      .filter((m) => ctx.kindOf(m.entity) === 'person')
      .pop();
    return last ? [{ ...where, entity: last.entity }] : [];
  }
  if (pronoun[1] === 'it') {
    const last = [...recent]
      .reverse()
      .find((m) => ctx.typeOf(m.entity) === 'actor' && ctx.kindOf(m.entity) !== 'person');
    return last ? [{ ...where, entity: last.entity }] : [];
  }
  // "South Korea and Japan met. They ...": the last actors named together.
  for (let i = recent.length - 1; i > 0; i--) {
    const [a, b] = [recent[i - 1], recent[i]];
    if (
      !a ||
      !b ||
      a.entity === b.entity ||
      ctx.typeOf(a.entity) !== 'actor' ||
      ctx.typeOf(b.entity) !== 'actor'
    )
      continue;
    if (/^\s*(?:and|,)\s*(?:the\s+)?$/.test(ctx.folded.slice(a.end, b.start)))
      return [a, b].map((m) => ({ ...where, entity: m.entity }));
  }
  const pair = ctx.pair;
  if (pair && pair.every((id) => recent.some((m) => m.entity === id)))
    return pair.map((entity) => ({ ...where, entity }));
  return [];
}

/** Where the pattern's "with" / "in" first stands as a word of its own: not in "Moon Jae-in". */
function viaAt(ctx: SentenceContext, via: RegExp, from: number, to: number): number | undefined {
  const re = new RegExp(via.source, 'g');
  const slice = ctx.lower.slice(from, to);
  for (let v = re.exec(slice); v; v = re.exec(slice)) {
    const at = from + v.index;
    if (ctx.lower[at - 1] === '-' || ctx.mentions.some((m) => m.start < at && at < m.end)) continue;
    return at;
  }
  return undefined;
}

/** "urged both sides", "warned the two Koreas": the pair phrase right after the verb, as its states. */
function pairObject(ctx: SentenceContext, at: number, subject: Mention, relation: string): Mention[] {
  const phrase =
    /^\s+(?:on\s+|to\s+)?((?:the two koreas|both koreas|the koreas|the two sides|both sides|the rivals|the two rivals))\b/.exec(
      ctx.lower.slice(at, at + 30),
    );
  if (!phrase?.[1]) return [];
  const start = at + phrase[0].length - phrase[1].length;
  return orderedPair(ctx, phrase[1])
    .filter((id) => id !== subject.entity && allows(relation, ctx.typeOf(subject.entity), ctx.typeOf(id)))
    .map((entity) => ({
      start,
      end: start + phrase[1]!.length,
      entity,
      text: phrase[1]!,
      reason: 'metonym' as const,
    }));
}

/**
 * "Trump threatened it with fire and fury": "it" right after the verb stands for the last state or
 * organization of the sentences just before, other than the subject.
 */
function pronounObject(
  ctx: SentenceContext,
  at: number,
  subject: Mention,
  relation: string,
): Mention | undefined {
  const it = /^\s+(it)\b/.exec(ctx.lower.slice(at, at + 6));
  if (!it) return undefined;
  const start = at + it[0].length - 2;
  // Only a name in a subject's place (opening its sentence or clause): "the North conducted a test
  // … reaching the United States, and Trump threatened it" means the North.
  const subjectPlace = (m: Mention) =>
    /(?:^|[.!?;,]\s*|\band\s+|\n\s*)(?:the\s+)?$/i.test(ctx.folded.slice(Math.max(0, m.start - 30), m.start));
  const last = [...ctx.earlier.filter((m) => m.end >= ctx.sentence.start - 300), ...ctx.mentions]
    .filter((m) => m.end <= at && m.entity !== subject.entity)
    .reverse()
    .find(
      (m) =>
        ctx.typeOf(m.entity) === 'actor' &&
        ctx.kindOf(m.entity) !== 'person' &&
        subjectPlace(m) &&
        allows(relation, ctx.typeOf(subject.entity), 'actor'),
    );
  return last && { start, end: start + 2, entity: last.entity, text: 'it', reason: 'metonym' };
}

// Relations one takes against another, never against one's own state.
const AGAINST = new Set(['warned', 'threatened', 'blamed', 'attacked', 'sanctioned', 'demanded', 'opposed']);

// A name followed by "'s" and a lower-case noun: "South Korea's efforts".
const POSSESSOR = /^['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\b/;

/** The relative clause ", who … ," / ", which … ," closed before `at`, if any. */
function closedAside(ctx: SentenceContext, at: number): TextRange | undefined {
  const head = ctx.folded.slice(ctx.sentence.start, at);
  const open = [...head.matchAll(/,\s+(?:who|which|whose)\b/g)].pop();
  if (!open) return undefined;
  const close = head.indexOf(',', open.index + 1);
  if (close < 0) return undefined;
  return { start: ctx.sentence.start + open.index, end: ctx.sentence.start + close };
}

function clauseEnd(ctx: SentenceContext, from: number): number {
  const rest = ctx.folded.slice(from, ctx.sentence.end);
  // "Moon, who met Kim three times in 2018, had urged Pyongyang": the relative clause ends at its comma.
  const opened = [...ctx.folded.slice(ctx.sentence.start, from).matchAll(/,\s+(?:who|which|whose)\b/g)].pop();
  if (opened && !ctx.folded.slice(ctx.sentence.start + opened.index + 1, from).includes(',')) {
    const comma = rest.indexOf(',');
    if (comma >= 0) return from + comma;
  }
  // A comma before "when", "where", "which", "who", "after" or "before" opens another clause.
  const m =
    /[;:]|,\s+(?:but|while|and then|when|where|which|who|after|before|although|though)\b|\bbut\b/.exec(rest);
  return m ? from + m.index : ctx.sentence.end;
}

/** Relation candidates stated by one sentence. */
export function sentenceRelations(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const claimed: TextRange[] = [];
  for (const p of VERB_PATTERNS) {
    const re = new RegExp(p.trigger.source, 'g');
    const slice = ctx.lower.slice(0, ctx.sentence.end);
    re.lastIndex = ctx.sentence.start;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const trigger = { start: m.index, end: m.index + m[0].trimEnd().length };
      if (claimed.some((c) => trigger.start >= c.start && trigger.start < c.end)) continue;
      // "meet for talks to improve ties": the purpose of talks already named is no new wish for talks.
      if (
        p.relation === 'sought talks with' &&
        EVENT_PURPOSE.test(ctx.lower.slice(Math.max(ctx.sentence.start, trigger.start - 40), trigger.start))
      )
        continue;
      // "offered to send athletes": the offer is a proposal (see 'propose'), not yet taking part.
      if (
        p.name === 'send-to' &&
        /\b(?:offer(?:s|ed)?|propos(?:e|es|ed)|suggest(?:s|ed)?)\s+(?:to\s+)?$/.test(
          ctx.lower.slice(Math.max(ctx.sentence.start, trigger.start - 30), trigger.start),
        )
      )
        continue;
      const subjects = subjectsBefore(ctx, trigger.start);
      const end = clauseEnd(ctx, trigger.end);
      // "did not threaten to suspend the talks": whatever follows "threaten to" is only threatened,
      // even when the threat itself names no target the vocabulary allows.
      if (p.claimsClause && /\bto$/.test(m[0].trimEnd())) claimed.push({ start: trigger.start, end });
      let from = trigger.end;
      const isPair = subjects.length === 2 && subjects[0]?.start === subjects[1]?.start;
      // "Japan and South Korea agreed to restore ties": without "with", two subjects are each
      // other's other side.
      let mutual = isPair;
      let noVia = false;
      if (p.via) {
        const v = viaAt(ctx, p.via, trigger.end, Math.min(end, trigger.end + 60));
        if (v === undefined && subjects.length !== 2) continue;
        if (v !== undefined) from = v;
        else mutual = noVia = true;
      }
      // A threat or warning is a fact even when what it threatens is not: only negation applies.
      const stated = modalityBefore(ctx, trigger.start);
      const modality =
        p.name === 'threat' || p.name === 'warn' ? (stated === 'negated' ? stated : undefined) : stated;
      const after = ctx.mentions.filter(
        (x) =>
          x.start >= from &&
          x.end <= end &&
          x.start - from < 90 &&
          !subjects.some((s) => s.entity === x.entity),
      );
      // "were suspended by Seoul": the agent follows "by", the patient is the event before.
      // Only a participle makes a passive: "is willing to talk" is active.
      // "were later suspended": an adverb may stand between. "Were found in P" keeps its subject as
      // the one captured, so the capture pattern reads passives as it reads actives.
      const passive =
        p.relation !== 'captured in' &&
        /\b(?:was|were|been|is|are|be)\s+(?:(?:[a-z]+ly|later|also|then|soon|once)\s+)?$/.test(
          ctx.lower.slice(Math.max(0, trigger.start - 20), trigger.start),
        ) &&
        PARTICIPLE.test(ctx.lower.slice(trigger.start, trigger.end));
      if (passive) {
        const by = /^\s+by\s+(?:the\s+)?/.exec(ctx.lower.slice(trigger.end, trigger.end + 12));
        const agent = by && ctx.mentions.find((x) => x.start === trigger.end + by[0].length && !x.demonym);
        const patient = [...ctx.mentions]
          .reverse()
          .find(
            (x) =>
              x.end <= trigger.start &&
              allows(p.relation, agent ? ctx.typeOf(agent.entity) : undefined, ctx.typeOf(x.entity)),
          );
        if (agent && patient) {
          out.push({
            source: agent.entity,
            relation: p.relation,
            target: patient.entity,
            evidence: { start: patient.start, end: agent.end },
            trigger,
            confidence: round(p.confidence - 0.05),
            pattern: `${p.name}-passive`,
          });
        }
        continue;
      }
      if (subjects.length === 0) continue;
      let emitted = false;
      for (const subject of subjects) {
        // "The two sides met": one symmetric edge, not one each way.
        if (mutual && SYMMETRIC.has(p.relation) && subject !== subjects[0]) continue;
        const st = ctx.typeOf(subject.entity);
        // "A and B threatened each other": each is the other's target, whatever follows.
        const reciprocal =
          subjects.length === 2 && RECIPROCAL.test(ctx.lower.slice(trigger.end, trigger.end + 16));
        const target =
          reciprocal || noVia
            ? undefined
            : (p.adjacent ? after.slice(0, 1) : after).find((x) => {
                if (x.demonym && PLACE_RELATIONS.has(p.relation)) return false;
                // "Yoon warned that Seoul would retaliate": no one warns or blames their own state.
                if (AGAINST.has(p.relation) && ctx.stateOf?.(subject.entity) === x.entity) return false;
                // "met in Singapore": a name after "in" or "at" is where, not whom.
                if (
                  !PLACE_RELATIONS.has(p.relation) &&
                  ctx.kindOf(x.entity) === 'state' &&
                  /\b(?:in|at|near)\s+(?:the\s+)?$/.test(ctx.lower.slice(Math.max(0, x.start - 10), x.start))
                )
                  return false;
                const rel = ctx.typeOf(x.entity) === 'event' && p.onEvent ? p.onEvent : p.relation;
                return allows(rel, st, ctx.typeOf(x.entity)) && x.entity !== subject.entity;
              });
        // "A and B met": each met the other; a symmetric relation is proposed once.
        const together = subjects.length === 2 && SYMMETRIC.has(p.relation) && !target;
        if (together && !isPair && subject !== subjects[0]) continue;
        const other =
          mutual || reciprocal || together ? subjects.find((x) => x.entity !== subject.entity) : undefined;
        const fallback =
          !target &&
          other &&
          !PLACE_RELATIONS.has(p.relation) &&
          allows(p.relation, st, ctx.typeOf(other.entity))
            ? { ...other, start: trigger.end, end: trigger.end }
            : undefined;
        // "urged both sides to show restraint": the pair phrase as the object, each state a target.
        const pairTargets = !target && !fallback ? pairObject(ctx, from, subject, p.relation) : [];
        const chosen = target ?? fallback ?? pairTargets[0] ?? pronounObject(ctx, from, subject, p.relation);
        if (!chosen) continue;
        const targets = pairTargets.length > 0 ? pairTargets : [chosen];
        // "the United States and South Korea": both; "US President Donald Trump" or "North Korea's
        // top negotiator Ri": the person.
        const following = target ? after[after.indexOf(target) + 1] : undefined;
        const gap = following ? ctx.lower.slice(chosen.end, following.start) : '';
        if (
          following &&
          /^\s+and\s+(?:the\s+)?$/.test(gap) &&
          ctx.typeOf(following.entity) === ctx.typeOf(chosen.entity)
        )
          targets.push(following);
        if (
          following &&
          ctx.kindOf(chosen.entity) === 'state' &&
          ctx.kindOf(following.entity) === 'person' &&
          STATE_TITLE.test(gap)
        )
          targets.splice(0, 1, following);
        // "praised the North's leader": the person meant is not named here, and is not the state.
        else if (
          targets[0] === chosen &&
          ctx.kindOf(chosen.entity) === 'state' &&
          POSSESSED_TITLE.test(ctx.lower.slice(chosen.end, chosen.end + 40))
        )
          continue;
        for (const target of targets) {
          const relation = ctx.typeOf(target.entity) === 'event' && p.onEvent ? p.onEvent : p.relation;
          const distance = (target.start - trigger.end + (trigger.start - subject.end)) / 200;
          out.push({
            source: subject.entity,
            relation,
            target: target.entity,
            ...(modality ? { modality } : {}),
            evidence: {
              start: Math.min(subject.start, trigger.start),
              end: Math.max(target.end, trigger.end),
            },
            trigger,
            confidence: round(p.confidence - distance),
            pattern: p.name,
          });
          emitted = true;
        }
      }
      if (emitted && p.claimsClause) claimed.push({ start: trigger.start, end });
      else if (emitted && p.claimsTrigger) claimed.push(trigger);
    }
  }
  out.push(
    ...rolePatterns(ctx),
    ...pairParticipation(ctx),
    ...verbParticipation(ctx, subjectsBefore),
    ...violenceRoles(ctx),
    ...compoundParticipation(ctx),
    ...eventSequence(ctx),
  );
  return out;
}

// "the North's leader", "South Korea's top envoy": someone of the state, unnamed.
const POSSESSED_TITLE =
  /^'s\s+(?:[a-z-]+\s+){0,2}?(?:president|leader|prime minister|premier|chairman|negotiator|envoy|(?:foreign |defense |unification )?minister|ambassador|spokes(?:man|woman|person))\b/;

const STATIVE = new Set([
  'leader of',
  'spokesperson of',
  'official of',
  'expert at',
  'member of',
  'part of',
  'sister of',
  'ally of',
  'rival of',
  'located in',
  'held at',
  // One event: taking part in it, hosting it, suffering or committing it happen once.
  'participated in',
  'hosted',
  'victim of',
  'carried out',
]);

const EVENT_PURPOSE = /\b(?:talks|meetings?|summit|negotiations|dialogue)\s+to\s+$/;

const PARTICIPLE =
  /^(?:[a-z-]+ed|cut|shut|held|found|caught|sought|met|hit|sent|put|set|led|struck|shot|built|broken|taken|given|seen|known|made|brought|beaten|begun|chosen|written|won|lost|kept|told|called off|shut down|cut off)\b/;

const RECIPROCAL = /^\s+(?:each other|one another)\b/;

const STATE_AGENTS =
  /^\s+(?:government|officials?|authorities|military|forces|troops|navy|army|negotiators?|delegation|delegates|diplomats|leadership)\b/;

// A dateline: a city in capitals, maybe a state or date, maybe the wire in brackets, then a dash.
const DATELINE =
  /^[A-Z][A-Z.' -]+(?:,[^()\n\u2014\u2013]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|\u2014|\u2013)\s*/;

export const round = (x: number) => Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));

/**
 * Runs the patterns over every sentence and merges duplicates, keeping the best confidence. Also
 * gives the mentions of known states by their adjective ("South Korean President Moon") that the
 * patterns read, so an end named only so can be listed with those words.
 */
export function findRelations(
  text: string,
  tok: Tokenized,
  entities: readonly EntityCandidate[],
  known: KnownIndex,
): { relations: RelationCandidate[]; demonyms: Mention[] } {
  const folded = foldTypography(text);
  const lower = folded.toLowerCase();
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const labels = new Map(entities.map((e) => [e.id, e.label]));
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const demonyms: RelMention[] = [];
  for (const [name, id] of known.demonyms) {
    if (!types.has(id) && !known.entities.has(id)) continue;
    for (const r of findName(folded, name, tok.sentences)) {
      if (mentions.some((m) => m.start < r.end && r.start < m.end)) continue;
      // "South Korean officials want ...": the state's officials act for it, so the words are the
      // state as an actor; "a South Korean tourist" or "North Korean missiles" stay a description.
      const agents = STATE_AGENTS.exec(lower.slice(r.end, r.end + 40));
      const end = agents ? r.end + agents[0].length : r.end;
      demonyms.push({
        start: r.start,
        end,
        entity: id,
        text: text.slice(r.start, end),
        reason: 'metonym',
        ...(agents ? {} : { demonym: true }),
      });
    }
  }
  for (const d of demonyms) {
    if (!types.has(d.entity)) {
      const k = known.entities.get(d.entity);
      if (k) {
        types.set(d.entity, k.type);
        kinds.set(d.entity, k.kind);
      }
    }
  }
  const all: RelMention[] = [...mentions, ...demonyms].sort((a, b) => a.start - b.start);
  const states = entities
    .filter((e) => e.kind === 'state')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const pair: [string, string] | undefined =
    states[0] && states[1] ? [states[0].id, states[1].id] : undefined;
  const drafts: Draft[] = [];
  const stateOf = (person: string) =>
    drafts.find(
      (d) =>
        d.source === person &&
        (d.relation === 'leader of' || d.relation === 'official of') &&
        kinds.get(d.target) === 'state',
    )?.target;
  tok.sentences.forEach((sentence, index) => {
    // "BEIJING (AP) — Officials met ...": the wire's dateline is no part of what the sentence says.
    const dateline = DATELINE.exec(folded.slice(sentence.start, sentence.end));
    const from = sentence.start + (dateline?.[0].length ?? 0);
    const inside = all.filter((m) => m.start >= from && m.end <= sentence.end);
    const earlier = mentions.filter((m) => m.end <= sentence.start);
    drafts.push(
      ...sentenceRelations({
        text,
        folded,
        lower,
        sentence,
        index,
        mentions: inside,
        earlier,
        ...(pair ? { pair } : {}),
        stateOf,
        typeOf: (id) => types.get(id),
        labelOf: (id) => labels.get(id),
        kindOf: (id) => kinds.get(id),
      }),
    );
  });
  const best = new Map<string, RelationCandidate>();
  for (const d of drafts) {
    if (d.source === d.target || !allows(d.relation, types.get(d.source), types.get(d.target))) continue;
    const id = `${d.source}|${d.relation}|${d.target}|${d.evidence.start}`;
    const seen = best.get(id);
    if (!seen || seen.confidence < d.confidence) best.set(id, { id, ...d });
  }
  // A lasting state of affairs ("X leader of Y", "the rivals") is one proposal however often the
  // text repeats it: the best-supported passage stands (the earliest among equals).
  const stative = new Map<string, RelationCandidate>();
  for (const r of [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start)) {
    if (!STATIVE.has(r.relation)) continue;
    const key = `${r.source}|${r.relation}|${r.target}`;
    const seen = stative.get(key);
    if (seen && seen.confidence >= r.confidence) best.delete(r.id);
    else {
      if (seen) best.delete(seen.id);
      stative.set(key, r);
    }
  }
  const relations = [...best.values()].sort(
    (a, b) => a.evidence.start - b.evidence.start || b.confidence - a.confidence,
  );
  return { relations, demonyms: demonyms.map(({ demonym: _, ...m }) => m) };
}
