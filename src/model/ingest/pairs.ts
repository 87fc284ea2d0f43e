import type { SentenceContext } from './sentenceContext';
import type { Mention } from './types';

/** Phrases that name the two sides of a bilateral story at once ("the two Koreas", "both sides"). */
export const PAIR =
  /\b(?:the two koreas|both koreas|north and south korean?|north, south korea|the koreas|the rivals|the two rivals|the two sides|both sides|the two countries|both countries)\b/g;

/**
 * The two states a pair phrase stands for, in the phrase's order when it names them by their first
 * word ("North and South Korea": North first), else most mentioned first.
 */
export function orderedPair(ctx: SentenceContext, phrase: string): string[] {
  const sides = sidesOf(ctx, phrase);
  if (!sides) return [];
  const [a, b] = sides;
  const first = /^[a-z]+/.exec(phrase)?.[0];
  const startsWith = (id: string) => ctx.labelOf?.(id)?.toLowerCase().split(/\s+/)[0] === first;
  return startsWith(b) && !startsWith(a) ? [b, a] : [a, b];
}

/**
 * The two states a pair phrase stands for: "the two Koreas" (and every phrase naming Korea) are
 * North and South Korea whenever the text names both, whatever states it names most, and no pair
 * otherwise; any other phrase ("both sides") the text's two main states.
 */
export function sidesOf(ctx: SentenceContext, phrase: string): readonly [string, string] | undefined {
  // ("the two Koreas" in a text that names only North Korea and Russia stand for no other pair.)
  if (/korea/.test(phrase))
    return ctx.typeOf('north-korea') === 'actor' && ctx.typeOf('south-korea') === 'actor'
      ? ['north-korea', 'south-korea']
      : undefined;
  return ctx.pair;
}

/** Phrases that name two people at once: "the two leaders", "both men". */
export const PERSON_PAIR =
  /\b(?:the two|both) (?:leaders|men|women|presidents|heads of state|envoys|negotiators|ministers|foreign ministers|diplomats|officials|counterparts)\b/g;

// Words that may stand between two names joined by "and": titles and nationalities.
const JOINED_TITLES =
  /^,?\s+and\s+(?:(?:north|south|korean?|u\.s\.|us|[a-z]+(?:ese|ian|an|ish)|former|then|president|leader|premier|prime|minister|chairman|secretary|general)\s+){0,4}$/;

/**
 * The last two people a sentence names together, "A and B" with only titles between
 * ("North Korean leader Kim Jong Un and South Korean President Moon Jae-in"), if any.
 */
export function peopleNamedTogether(
  lower: string,
  mentions: readonly Mention[],
  isPerson: (id: string) => boolean,
): [string, string] | undefined {
  const people = mentions.filter((m) => isPerson(m.entity));
  for (let i = people.length - 1; i > 0; i--) {
    const [a, b] = [people[i - 1], people[i]];
    if (!a || !b || a.entity === b.entity) continue;
    if (!JOINED_TITLES.test(lower.slice(a.end, b.start))) continue;
    // "Kim Yo Jong, the sister of leader Kim Jong Un, and Kim Yong Chol": the one named by "of"
    // in an apposition is not the first of the two; the person it describes is.
    const described = people[i - 2];
    if (
      described &&
      described.entity !== b.entity &&
      /^\s+of\s+(?:[a-z]+\s+){0,2}$/.test(lower.slice(described.end, a.start))
    )
      return [described.entity, b.entity];
    return [a.entity, b.entity];
  }
  return undefined;
}

/**
 * The last two actors of `mentions` (in text order) next to each other with only `joiner` between
 * ("South Korea and Japan", "Seoul and Washington"), if any.
 */
export function lastJoinedActors(
  ctx: Pick<SentenceContext, 'folded' | 'typeOf'>,
  mentions: readonly Mention[],
  joiner: RegExp,
): [Mention, Mention] | undefined {
  for (let i = mentions.length - 1; i > 0; i--) {
    const [a, b] = [mentions[i - 1], mentions[i]];
    if (!a || !b || a.entity === b.entity) continue;
    if (ctx.typeOf(a.entity) !== 'actor' || ctx.typeOf(b.entity) !== 'actor') continue;
    if (joiner.test(ctx.folded.slice(a.end, b.start))) return [a, b];
  }
  return undefined;
}
