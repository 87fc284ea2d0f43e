import type { SentenceContext } from './sentenceContext';

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
 * North and South Korea whenever the text names both, whatever states it names most; any other
 * phrase ("both sides") the text's two main states.
 */
export function sidesOf(ctx: SentenceContext, phrase: string): readonly [string, string] | undefined {
  if (/korea/.test(phrase) && ctx.typeOf('north-korea') === 'actor' && ctx.typeOf('south-korea') === 'actor')
    return ['north-korea', 'south-korea'];
  return ctx.pair;
}
