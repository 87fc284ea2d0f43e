import type { SentenceContext } from './relations';

/** Phrases that name the two sides of a bilateral story at once ("the two Koreas", "both sides"). */
export const PAIR =
  /\b(?:the two koreas|both koreas|north and south korean?|north, south korea|the koreas|the rivals|the two rivals|the two sides|both sides|the two countries|both countries)\b/g;

/**
 * The two states a pair phrase stands for, in the phrase's order when it names them by their first
 * word ("North and South Korea": North first), else most mentioned first.
 */
export function orderedPair(ctx: SentenceContext, phrase: string): string[] {
  if (!ctx.pair) return [];
  const [a, b] = ctx.pair;
  const first = /^[a-z]+/.exec(phrase)?.[0];
  const startsWith = (id: string) => ctx.labelOf?.(id)?.toLowerCase().split(/\s+/)[0] === first;
  return startsWith(b) && !startsWith(a) ? [b, a] : [a, b];
}
