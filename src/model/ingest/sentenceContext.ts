import { relationDescriptor } from '../vocabulary';
import type { NodeType } from '../nodeTypes';
import type { Mention, RelationCandidate, Sentence } from './types';

/** What the relation patterns see of one sentence, and what they propose. */
export interface SentenceContext {
  text: string;
  folded: string;
  lower: string;
  sentence: Sentence;
  /** The sentence before, as the tokenizer split it (a "U.S." inside it ends nothing). */
  previous?: Sentence;
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
  /**
   * The two people "the two leaders" / "the two men" (and "they" after them) stand for: the last two
   * people named together ("North Korean leader Kim Jong Un and South Korean President Moon Jae-in").
   */
  leaders?: [string, string];
  /** The state whose capital the story's dateline names ("SEOUL, May 24 (Yonhap) --"), if the text names it. */
  home?: string;
  /** The state a person leads or serves, as earlier sentences said ("President Yoon": South Korea). */
  stateOf?(person: string): string | undefined;
  /** The state a demonym in lower case names ("north korean", "u.s.", "philippine"), from the gazetteer. */
  demonymState(words: string): string | undefined;
  /** The ministry the text names for a portfolio ("unification": the Unification Ministry), if any. */
  ministryOf?(portfolio: string): string | undefined;
  /** The state whose capital a place is ("pyongyang": North Korea), from the gazetteer. */
  capitalOf?(place: string): string | undefined;
}

/** How far back, in characters, a pronoun or a reference looks for what it stands for. */
const RECENT = 300;

/** The mentions of the sentences just before this one (within RECENT characters), latest last. */
export const recentEarlier = (ctx: SentenceContext): Mention[] =>
  ctx.earlier.filter((m) => m.end >= ctx.sentence.start - RECENT);

/** The mentions of the sentences just before and of this one, in text order: what a pronoun may stand for. */
export const mentionsSoFar = (ctx: SentenceContext): Mention[] => [...recentEarlier(ctx), ...ctx.mentions];

/**
 * The state whose demonym ends `head` ("... chinese", "north korean") and where the demonym starts
 * in `head`: the last two words are tried before the last one ("south korean", not "korean").
 */
export function demonymEnding(
  ctx: Pick<SentenceContext, 'demonymState'>,
  head: string,
): { state: string; index: number } | undefined {
  const two = /(?:^|\s)(\S+\s+\S+)$/.exec(head);
  const one = /(?:^|\s)(\S+)$/.exec(head);
  for (const found of [two, one]) {
    const words = found?.[1];
    const state = words && ctx.demonymState(words.replace(/\s+/g, ' '));
    if (found && words && state) return { state, index: found.index + found[0].length - words.length };
  }
  return undefined;
}

/** A mention as the relation stage sees it: demonyms ("a North Korean torpedo") may be targets only. */
export type RelMention = Mention & { demonym?: boolean };

export type Draft = Omit<RelationCandidate, 'id'>;

export function allows(relation: string, from: NodeType | undefined, to: NodeType | undefined): boolean {
  const d = relationDescriptor(relation);
  return !!d && !!from && !!to && d.from.includes(from) && d.to.includes(to);
}
