import { orderedPair, PAIR } from './pairs';
import type { Draft, SentenceContext } from './relations';
import type { Mention } from './types';

// Words that may stand between an event and "between": "a battle broke out between ...".
const HAPPENED = String.raw`(?:(?:broke out|took place|erupted|began|started|resumed|opened|(?:was|were) held)\s+)?`;
const BETWEEN = new RegExp(String.raw`^\s+${HAPPENED}(?:between|among|involving)\s+(?:the\s+)?$`);

/**
 * Who took part in an event, from a pair phrase next to it: "talks between the two Koreas",
 * "a battle broke out between North and South Korean vessels", "both sides in preparatory
 * negotiations". The phrase stands for the text's two main states (see `SentenceContext.pair`).
 */
export function pairParticipation(ctx: SentenceContext): Draft[] {
  if (!ctx.pair) return [];
  const out: Draft[] = [];
  const events = ctx.mentions.filter((m) => ctx.typeOf(m.entity) === 'event');
  const slice = ctx.lower.slice(0, ctx.sentence.end);
  const re = new RegExp(PAIR.source, 'g');
  re.lastIndex = ctx.sentence.start;
  for (let p = re.exec(slice); p; p = re.exec(slice)) {
    const phrase = { start: p.index, end: p.index + p[0].length };
    // The event before the phrase: "talks between the two Koreas".
    const before = [...events].reverse().find((e) => e.end <= phrase.start);
    const into = (event: Mention, start: number, end: number, pattern: string) => {
      for (const state of orderedPair(ctx, p?.[0] ?? '')) {
        out.push({
          source: state,
          relation: 'participated in',
          target: event.entity,
          evidence: { start, end },
          trigger: phrase,
          confidence: 0.6,
          pattern,
        });
      }
    };
    if (before && BETWEEN.test(ctx.lower.slice(before.end, phrase.start)))
      into(before, before.start, phrase.end, 'event-between-pair');
    // The event after it: "both sides in preparatory negotiations".
    const after = events.find((e) => e.start >= phrase.end);
    if (after && /^\s+(?:in|at|of)\s+(?:the\s+)?$/.test(ctx.lower.slice(phrase.end, after.start)))
      into(after, phrase.start, after.end, 'pair-in-event');
  }
  return out;
}
