import { EVENT_HEADS, TITLE_AHEAD } from './lexicon';
import { AT_GATHERING } from './participation';
import type { VerbPattern } from './patterns';
import type { RelMention, SentenceContext } from './sentenceContext';
import type { Mention, TextRange } from './types';

/**
 * Why a name after a verb pattern's trigger is not the pattern's object, one rule each: the shared
 * target loop of `sentenceRelations` takes the first name after the trigger that no rule bars and
 * whose type the relation allows. Rules are descriptors, each with the sentence it was written for.
 */

// "at a North Korean border town" names a place in the state, not the state.
export const PLACE_RELATIONS: ReadonlySet<string> = new Set([
  'met at',
  'visited',
  'held at',
  'captured in',
  'located in',
]);
/** Relations that order acts in time, whose object may follow "after" ("followed", "responded to"). */
const TEMPORAL_RELATIONS = new Set(['followed', 'responded to']);
// Relations one takes against another, never against one's own state; nor does one visit it.
const NOT_OWN_STATE = new Set([
  'warned',
  'threatened',
  'blamed',
  'attacked',
  'sanctioned',
  'demanded',
  'opposed',
  'visited',
]);
// "at the end of the first summit": a gathering named after these words, a few modifiers between.
const AT_GATHERING_BEFORE = new RegExp(String.raw`${AT_GATHERING}(?:[a-z0-9-]+\s+){0,2}$`);

/** A state named for someone of it: "North Korean official" (one mention), "U.S. president". */
export function titledState(ctx: SentenceContext, x: Mention): boolean {
  const words = ctx.lower.slice(x.start, x.end);
  return (
    TITLE_AHEAD.test(ctx.lower.slice(x.end, x.end + 50)) ||
    TITLE_AHEAD.test(` ${words.slice(words.lastIndexOf(' ') + 1)}`)
  );
}

/** A candidate object: `x`, after the trigger of pattern `p` (or its `via` word, at `from`). */
export interface ObjectCase {
  ctx: SentenceContext;
  p: VerbPattern;
  trigger: TextRange;
  from: number;
  subject: Mention;
  x: RelMention;
}

interface NotObject {
  /** The sentence the rule was written for. */
  example: string;
  bars: (c: ObjectCase) => boolean;
}

const NOT_OBJECT: readonly NotObject[] = [
  {
    example: 'visited the North Korean border town of Kaesong (a nationality is no place)',
    bars: ({ p, x }) => !!x.demonym && PLACE_RELATIONS.has(p.relation),
  },
  {
    example: 'offered to meet Kim (one proposes talks, not a person or a state)',
    bars: ({ ctx, p, x }) => !!p.noParty && /^(?:person|state)$/.test(ctx.kindOf(x.entity) ?? ''),
  },
  {
    // The one accused is the relative's antecedent; what follows "of" is what they are accused of.
    example: 'which Washington has accused of supplying shells to Russia',
    bars: ({ ctx, p, trigger }) => !!p.objectElsewhere?.test(ctx.lower.slice(trigger.end, trigger.end + 20)),
  },
  {
    // No one agrees to or proposes a war; a news agency confirming a test reports it (the kinds bar
    // only the pattern's own relation).
    example: 'pledging to seek a formal end to the Korean War',
    bars: ({ ctx, p, subject, x }) =>
      !!p.notKinds?.includes(ctx.kindOf(x.entity) ?? '') &&
      !(p.byMedia && ctx.kindOf(subject.entity) === 'news-agency'),
  },
  {
    // A name before an event noun only says whose talks.
    example: 'offered to hold Red Cross talks',
    bars: ({ ctx, p, x }) => {
      const word = /^\s+([a-z-]+)/.exec(ctx.folded.slice(x.end, x.end + 20))?.[1];
      return !!p.noParty && !!word && !!EVENT_HEADS[word] && ctx.typeOf(x.entity) === 'actor';
    },
  },
  {
    // An adjective for someone of the state, not the state (when named, the name follows and is taken).
    example: 'the first summit between a sitting U.S. president and ...',
    bars: ({ ctx, x }) => ctx.kindOf(x.entity) === 'state' && titledState(ctx, x),
  },
  {
    // What is turned into something else is not what is agreed to.
    example: 'agreed to turn the armistice into a peace treaty',
    bars: ({ ctx, x }) =>
      /\b(?:turn|convert|transform|replace)\s+(?:the|an?|its|their)?\s*$/.test(
        ctx.lower.slice(Math.max(0, x.start - 20), x.start),
      ),
  },
  {
    // An event after "before" or "after" dates the act; it is not its object (unless the act is a
    // sequence's).
    example: 'joined the two leaders briefly before their meeting',
    bars: ({ ctx, p, from, x }) =>
      ctx.typeOf(x.entity) === 'event' &&
      !TEMPORAL_RELATIONS.has(p.relation) &&
      /\b(?:before|after|since|until|ahead of|prior to)\s+(?:(?:the|a|an|their|its|his|her|this|that|last|next)\s+)?(?:[a-z0-9-]+\s+){0,2}$/.test(
        ctx.lower.slice(Math.max(from, x.start - 40), x.start),
      ),
  },
  {
    // A nationality before a noun is no one met (but "talks with Chinese leaders" are with the state).
    example: 'met Russian scientists',
    bars: ({ ctx, p, x }) =>
      p.relation === 'met with' &&
      !!x.demonym &&
      !/^\s+(?:[a-z-]+\s+)?(?:leaders?|officials?|counterparts?|authorities|government|diplomats?|negotiators?|delegations?|envoys?)\b/.test(
        ctx.lower.slice(x.end, x.end + 40),
      ),
  },
  {
    // "Met" and a phrase of time, place or manner take no object after it (only "with" brings one
    // in); "met his counterpart, Lee" still does.
    example: 'the two leaders met for four hours, Russian state media said',
    bars: ({ ctx, p, trigger, x }) =>
      p.relation === 'met with' &&
      /^(?:met|meet|meets)$/.test(ctx.lower.slice(trigger.start, trigger.end)) &&
      /\b(?:for|in|at|on|to|after|during|before|since|again|twice|times?|hours?|days?|briefly|privately|separately|later)\b/.test(
        ctx.lower.slice(trigger.end, x.start),
      ),
  },
  {
    // Where one goes is named before another clause begins.
    example: 'to allow inspectors to visit the Yongbyon complex if the United States ...',
    bars: ({ ctx, p, from, x }) =>
      p.relation === 'visited' &&
      /,|\b(?:if|when|unless|because|while|after|before|as|but)\b/.test(ctx.lower.slice(from, x.start)),
  },
  {
    // What an act answers is not its object (unless the act is the answer).
    example: "will suspend operations at the factory park in response to the North's rocket launch",
    bars: ({ ctx, p, from, x }) =>
      !TEMPORAL_RELATIONS.has(p.relation) &&
      /\b(?:in (?:response|reaction|retaliation|protest) (?:to|for|against|at|of)|because of|due to|in the wake of)\b/.test(
        ctx.lower.slice(from, x.start),
      ),
  },
  {
    // The gathering an act was done at is where, not what was agreed.
    example: 'signed an agreement pledging to work toward reunification, at the end of the first summit',
    bars: ({ ctx, p, from, x }) =>
      ctx.typeOf(x.entity) === 'event' &&
      !PLACE_RELATIONS.has(p.relation) &&
      p.relation !== 'participated in' &&
      AT_GATHERING_BEFORE.test(ctx.lower.slice(Math.max(from, x.start - 50), x.start)),
  },
  {
    // A clause joined with a subject of its own ("..., and in 2018 it suspended high-level talks")
    // or a participle after a comma (", ending a standoff", "proposed the delay, saying it could
    // persuade the North to join the Games") has objects of its own.
    example: 'were to begin, and in 2018 it suspended high-level talks',
    bars: ({ ctx, from, x }) =>
      /,?\s+(?:and|but)\s+(?:[a-z0-9]+\s+){0,3}?(?:it|they|he|she|we)\s|,\s+(?!including|involving|excluding)[a-z]+ing\s/.test(
        ctx.lower.slice(from, x.start),
      ),
  },
  {
    // What was done without something did not touch it ("closed the year without the usual ceremony").
    example: 'quietly closed a year of friendship events without the usual ceremony',
    bars: ({ ctx, x }) =>
      /\bwithout\s+(?:(?:the|a|an|any|its|their)\s+)?(?:[a-z-]+\s+){0,2}$/.test(
        ctx.lower.slice(Math.max(0, x.start - 40), x.start),
      ),
  },
  {
    // Where one met is named before an infinitive opens a clause of its own.
    example: 'wanted to hold a summit with Kim "at an early date" to resolve the issue of Japanese citizens',
    bars: ({ ctx, p, from, x }) =>
      !!p.via && PLACE_RELATIONS.has(p.relation) && /\bto\s+[a-z]+\b/.test(ctx.folded.slice(from, x.start)),
  },
  {
    // A "with" right after an event noun is that event's ("discussed a possible meeting with Trump":
    // Trump is no one the discussion was with).
    example: 'met Kim Jong Un secretly and discussed a possible meeting with Trump',
    bars: ({ ctx, p, trigger, from }) =>
      !!p.via &&
      from > trigger.end &&
      /\b(?:a|an|the|their|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:meeting|talks|summit|negotiations|dialogue|visit|trip)\s+$/.test(
        ctx.lower.slice(trigger.end, from),
      ),
  },
  {
    // Who asked for the act is not its object, nor its place.
    example: 'will meet to discuss the launch at the request of the United States',
    bars: ({ ctx, x }) =>
      /\b(?:request|invitation|behest|urging|initiative) of\s+(?:the\s+)?$/.test(
        ctx.lower.slice(Math.max(0, x.start - 24), x.start),
      ),
  },
  {
    // The state only says whose the place after "of" is, and that place is the target.
    example: 'the U.S. Pacific territory of Guam',
    bars: ({ ctx, x }) =>
      ctx.kindOf(x.entity) === 'state' &&
      /^\s+(?:[A-Z][\w-]*\s+)?(?:territory|island|city|town|port|province|region|county|village)\s+of\s/.test(
        ctx.folded.slice(x.end, x.end + 40),
      ),
  },
  {
    // No one warns or blames their own state; "Kim and Moon crossed into the North": only Moon visited it.
    example: 'Yoon warned that Seoul would retaliate',
    bars: ({ ctx, p, subject, x }) =>
      NOT_OWN_STATE.has(p.relation) && ctx.stateOf?.(subject.entity) === x.entity,
  },
  {
    // No one visits their own capital.
    example: 'Kim flew back to Pyongyang',
    bars: ({ ctx, p, subject, x }) => {
      const own = ctx.stateOf?.(subject.entity);
      return p.relation === 'visited' && own !== undefined && ctx.capitalOf?.(x.entity) === own;
    },
  },
  {
    // Where is named right after "in" or "at" (an article and a few words may stand between), not
    // past a year or "between"; nor is where one goes past "with" ("to return to dialogue with the
    // United States").
    example: 'the meeting in 2000 between Kim Jong Il and ...',
    bars: ({ ctx, p, from, x }) =>
      PLACE_RELATIONS.has(p.relation) &&
      (p.via ? /\b(?:1[89]|20)\d\d\b|\b(?:between|with)\b/ : /\b(?:between|with)\b/).test(
        ctx.lower.slice(from, x.start),
      ),
  },
  {
    // A name after "in" or "at" is where, not whom.
    example: 'met in Singapore, proposed it at the U.N.',
    bars: ({ ctx, p, x }) =>
      !PLACE_RELATIONS.has(p.relation) &&
      /^(?:state|organization)$/.test(ctx.kindOf(x.entity) ?? '') &&
      /\b(?:in|at|near)\s+(?:the\s+)?$/.test(ctx.lower.slice(Math.max(0, x.start - 10), x.start)),
  },
];

/** True when some rule says `x` is not the object of the pattern's trigger. */
export const barredObject = (c: ObjectCase): boolean => NOT_OBJECT.some((rule) => rule.bars(c));
