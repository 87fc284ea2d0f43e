import type { Draft, SentenceContext } from './sentenceContext';
import type { Mention } from './types';

// "<A> came after <B>", "<A> following <B>", "<A> in the wake of <B>": a short verb phrase at most
// between the first event and the connective, no clause break.
const AFTER =
  /^\s+(?:(?:[a-z']+\s+){0,4}?)(after|following|in the wake of|in response to|in retaliation for|follows|followed(?! by))\s+(?:(?:the|a|an|its|their|his|her|this|last\s+\w+'s)\s+)?$/;
// "Following the summit, ...": a connective opening the sentence, before its first event.
const FRONTED =
  /^\s*(following|after|in the wake of|in response to|in retaliation for)\s+(?:(?:the|a|an|its|their|his|her|this|last\s+\w+'s)\s+)?(?:[a-z-]+\s+){0,2}?$/;
// "<B> ended with <A>", "<B> was followed by <A>": the second came after the first.
const THEN =
  /^\s+(?:(?:has|have|had|was|were|which|that)\s+)?(ended (?:with|in)|gave way to|followed by)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,2}?$/;
// "<B> led to <A>", "<B> sparked <A>".
const CAUSED =
  /^\s+(?:(?:has|have|had|was|were|which|that)\s+)?(led to|prompted|triggered|sparked|set off|paved the way for)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,2}?$/;
// A verb that stops or calls off the event right after it ("halted the drills", "suspended its sanctions").
const STOPPED =
  /\b(?:halt(?:s|ed)?|suspend(?:s|ed)?|cancell?(?:s|ed)?|called off|postpone(?:s|d)?|lift(?:s|ed)?|scrapp(?:ed)?|scraps?|stopp(?:ed)?|stops?)\s+(?:(?:the|a|an|its|their|his|her|all)\s+)?(?:[a-z-]+\s+){0,2}$/;
// "The standoff eased after talks": what ends an event comes after it.
const ENDED = /\b(?:ended|eased|subsided|calmed|cooled|defused|was resolved|were resolved)\b/;

/**
 * One event after (and because of) another, from how a sentence orders them: "the talks came after
 * the standoff", "the shooting led to the closure", "the standoff eased after marathon talks" (the
 * talks followed the standoff).
 */
export function eventSequence(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const events = ctx.mentions.filter((m) => ctx.typeOf(m.entity) === 'event');
  const push = (later: Mention, earlier: Mention, a: Mention, b: Mention, at: number, words: string) =>
    out.push({
      source: later.entity,
      relation: 'followed',
      target: earlier.entity,
      evidence: { start: a.start, end: b.end },
      trigger: { start: at, end: at + words.length },
      confidence: 0.5,
      pattern: 'event-sequence',
    });
  // "The launch came in response to the drills", "in retaliation for": the later event answered the
  // earlier one, too (the relation just pushed, as a response).
  const answered = (words: string) => {
    const last = out[out.length - 1];
    if (last && /^in (?:response|retaliation)/.test(words))
      out.push({ ...last, relation: 'responded to', pattern: 'event-response' });
  };
  // "Following the summit, the two Koreas held military talks", "In retaliation for the sanctions,
  // the North cut the hotline": an opening connective's event came before the clause's first event.
  const first = events[0];
  const opening = first ? FRONTED.exec(ctx.lower.slice(ctx.sentence.start, first.start)) : null;
  const comma = first ? ctx.lower.slice(0, ctx.sentence.end).indexOf(',', first.end) : -1;
  const then = events.find((e) => e.start > comma && e.entity !== first?.entity);
  if (
    first &&
    opening?.[1] &&
    comma >= 0 &&
    !/[;:()]/.test(ctx.lower.slice(first.end, comma)) &&
    then &&
    then.start - comma < 80
  ) {
    push(
      then,
      first,
      { ...first, start: ctx.sentence.start },
      then,
      ctx.sentence.start + opening.index,
      opening[1],
    );
    answered(opening[1]);
  }
  events.forEach((a, i) => {
    const b = events[i + 1];
    if (!b || a.entity === b.entity || b.start - a.end > 60) return;
    const gap = ctx.lower.slice(a.end, b.start);
    if (/[,;:()]/.test(gap)) return;
    const after = AFTER.exec(gap);
    // "The United States halted joint exercises with South Korea after the summit": the halting
    // came after the summit, not the exercises.
    const stopped = STOPPED.test(ctx.lower.slice(Math.max(ctx.sentence.start, a.start - 40), a.start));
    if (after?.[1] && !stopped) {
      const at = a.end + gap.indexOf(after[1], gap.search(/\S/));
      if (ENDED.test(gap.slice(0, gap.indexOf(after[1])))) push(b, a, a, b, at, after[1]);
      else push(a, b, a, b, at, after[1]);
      answered(after[1]);
      return;
    }
    const then = THEN.exec(gap);
    if (then?.[1]) {
      push(b, a, a, b, a.end + gap.indexOf(then[1]), then[1]);
      return;
    }
    const caused = CAUSED.exec(gap);
    if (caused?.[1]) push(b, a, a, b, a.end + gap.indexOf(caused[1]), caused[1]);
  });
  return out;
}
