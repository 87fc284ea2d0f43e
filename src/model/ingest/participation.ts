import { actUse, actVerb } from './acts';
import { clauseEnd, clauseSubjects, subjectsBefore } from './clauseArguments';
import { orderedPair, PAIR } from './pairs';
import { modalityBefore } from './patterns';
import { partyRelation } from './roles';
import type { Draft, SentenceContext } from './sentenceContext';
import type { Mention, TextRange } from './types';

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
          relation: partyRelation(ctx, event),
          target: event.entity,
          evidence: { start, end },
          trigger: phrase,
          confidence: 0.6,
          pattern,
        });
      }
    };
    // "the rivals", "the two rivals": the words themselves say the two states are rivals.
    if (/\brivals$/.test(p[0]))
      for (const [a, b] of [ctx.pair, [ctx.pair[1], ctx.pair[0]]]) {
        if (!a || !b) continue;
        out.push({
          source: a,
          relation: 'rival of',
          target: b,
          evidence: phrase,
          trigger: phrase,
          confidence: 0.6,
          pattern: 'pair-rivals',
        });
      }
    if (before && BETWEEN.test(ctx.lower.slice(before.end, phrase.start)))
      into(before, before.start, phrase.end, 'event-between-pair');
    // The event after it: "both sides in preparatory negotiations".
    const after = events.find((e) => e.start >= phrase.end);
    if (after && /^\s+(?:in|at|of)\s+(?:the\s+)?$/.test(ctx.lower.slice(phrase.end, after.start)))
      into(after, phrase.start, after.end, 'pair-in-event');
  }
  return out;
}

// A verb of taking part right before the event's noun phrase: "resumed the stalled trade talks".
const TAKES_PART =
  /\b(?:start(?:s|ed)?|beg[au]n|resum(?:e|es|ed)|continu(?:e|es|ed)(?:\s+with)?|extend(?:s|ed)?|wrap(?:s|ped)?\s+up|conclud(?:e|es|ed))\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:to|that|which|who|whether|if|when|and|but|or|as|for|say|says|said)\s)[a-z0-9-]+\s+){0,4}$/;

/**
 * Who took part in an event they started, resumed, continued, extended or concluded: the clause's
 * subjects ("North and South Korea started the second day of high-level talks"). The verb must
 * stand right before the event's words, so "continued to say that the talks ..." is not read.
 */
export function verbParticipation(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const event of ctx.mentions) {
    if (ctx.typeOf(event.entity) !== 'event') continue;
    const before = ctx.lower.slice(Math.max(ctx.sentence.start, event.start - 80), event.start);
    const verb = TAKES_PART.exec(before);
    if (!verb) continue;
    const at = event.start - before.length + verb.index;
    const trigger = { start: at, end: at + (/^\S+(?:\s+(?:up|with))?/.exec(verb[0])?.[0].length ?? 0) };
    out.push(...subjectsOf(ctx, trigger, event, 'participated in', 0.55, 'takes-part'));
  }
  return out;
}

/** The subjects of the clause before `trigger` stand in `relation` to the event, with the passage from the first. */
function subjectsOf(
  ctx: SentenceContext,
  trigger: TextRange,
  event: Mention,
  relation: string,
  confidence: number,
  pattern: string,
): Draft[] {
  const modality = modalityBefore(ctx, trigger.start);
  return subjectsBefore(ctx, trigger.start).map((subject) => ({
    source: subject.entity,
    relation,
    target: event.entity,
    ...(modality ? { modality } : {}),
    evidence: { start: Math.min(subject.start, trigger.start), end: Math.max(event.end, subject.end) },
    trigger,
    confidence,
    pattern,
  }));
}

/**
 * Who fired or launched: the subjects of the verb that names the event ("the North fired more than
 * 200 artillery shells": it carried out the shelling; "launched missiles": it took part in the test).
 */
export function firingActors(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const event of ctx.mentions) {
    const kind = ctx.kindOf(event.entity);
    if (
      (kind !== 'weapons-test' && kind !== 'attack') ||
      !/^(?:test-)?(?:fired|launched|tested)\b/i.test(event.text)
    )
      continue;
    const trigger = { start: event.start, end: event.start + (/^\S+/.exec(event.text)?.[0].length ?? 0) };
    const relation = kind === 'attack' ? 'carried out' : 'participated in';
    out.push(...subjectsOf(ctx, trigger, event, relation, 0.55, 'firing'));
    // "fired a ballistic missile into the East Sea": where it was fired.
    out.push(
      ...actPlaces(
        ctx,
        event,
        ctx.mentions.filter((m) => !m.demonym),
      ),
    );
  }
  return out;
}

/**
 * "China, which had hosted Kim twice": a state or city hosting a person is the person's visit there.
 * The person is the first name after "hosted", within the clause.
 */
export function hostedVisitor(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const slice = ctx.lower.slice(0, ctx.sentence.end);
  const re = /\bhost(?:s|ed|ing)?\b/g;
  re.lastIndex = ctx.sentence.start;
  for (let h = re.exec(slice); h; h = re.exec(slice)) {
    const at = h.index;
    // ("a democracy summit hosted by President Yoon": the host, no guest; see hostedBy.)
    if (/^\s+by\b/.test(ctx.lower.slice(at + h[0].length, at + h[0].length + 4))) continue;
    const guests = hostedGuests(ctx, at + h[0].length);
    const first = guests[0];
    const last = guests[guests.length - 1];
    if (!first || !last) continue;
    const trigger = { start: at, end: at + h[0].length };
    const draft = (source: string, relation: string, target: string, start: number, end: number): Draft => ({
      source,
      relation,
      target,
      evidence: { start, end },
      trigger,
      confidence: 0.5,
      pattern: 'hosted-visitor',
    });
    // "Biden hosted Yoon and Kishida at Camp David": where they all met.
    const where = /^\s+(?:at|in)\s+(?:the\s+)?$/;
    const place = ctx.mentions.find(
      (x) =>
        x.start > last.end &&
        ctx.typeOf(x.entity) === 'place' &&
        where.test(ctx.lower.slice(last.end, x.start)),
    );
    for (const host of subjectsBefore(ctx, at)) {
      const start = Math.min(host.start, at);
      if (ctx.kindOf(host.entity) === 'state' || ctx.typeOf(host.entity) === 'place') {
        for (const g of guests) out.push(draft(g.entity, 'visited', host.entity, start, g.end));
      } else if (ctx.kindOf(host.entity) === 'person') {
        // "Biden hosted Yoon": the host met the guest.
        for (const g of guests) out.push(draft(host.entity, 'met with', g.entity, start, g.end));
        if (place)
          for (const who of [host, ...guests])
            out.push(draft(who.entity, 'met at', place.entity, start, place.end));
      }
    }
  }
  return out;
}

// "hosted by South Korean President ": a title's words may stand before the host's name.
const HOSTED_BY = /^\s+(?:hosted|organi[sz]ed|chaired|convened)\s+by\s+(?:the\s+)?(?:[a-z.'’-]+\s+){0,4}?$/;

/**
 * "A democracy summit hosted by South Korean President Yoon", "a meeting chaired by Kim Yo Jong": the
 * one after "by" (a title may stand before the name) hosted the event named right before.
 */
export function hostedBy(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const event of ctx.mentions) {
    if (ctx.typeOf(event.entity) !== 'event') continue;
    const host = ctx.mentions.find(
      (x) =>
        x.start > event.end &&
        ctx.typeOf(x.entity) === 'actor' &&
        !x.demonym &&
        HOSTED_BY.test(ctx.lower.slice(event.end, x.start)),
    );
    if (!host) continue;
    const verb = /^(\s+)(\S+)/.exec(ctx.lower.slice(event.end, event.end + 20));
    const start = event.end + (verb?.[1]?.length ?? 0);
    out.push({
      source: host.entity,
      relation: 'hosted',
      target: event.entity,
      evidence: { start: event.start, end: host.end },
      trigger: { start, end: start + (verb?.[2]?.length ?? 0) },
      confidence: 0.55,
      pattern: 'hosted-by',
    });
  }
  return out;
}

/**
 * The people a host received, named right after "hosted": "hosted South Korean President Yoon Suk
 * Yeol and Japanese Prime Minister Fumio Kishida" (a title and its state adjective may stand before
 * each name).
 */
function hostedGuests(ctx: SentenceContext, from: number): Mention[] {
  const titleOnly = /^\s*(?:(?:,|and|,\s*and)\s+)?(?:[a-z.'’-]+\s+){0,4}$/;
  const out: Mention[] = [];
  let at = from;
  for (const x of ctx.mentions) {
    if (x.start < at) continue;
    if (!titleOnly.test(ctx.lower.slice(at, x.start))) break;
    if (ctx.kindOf(x.entity) !== 'person') continue;
    // ("host the Trump-Kim summit": a name in a compound names the event's party, no guest.)
    if (/^[-\u2013]/.test(ctx.folded.slice(x.end, x.end + 1))) break;
    out.push(x);
    at = x.end;
  }
  return out;
}

// "agreed at the first summit", "said during the talks": the clause's subjects were there.
/** The words that put an act at a gathering: "at", "during", "on the sidelines of", "at the end of". */
export const AT_GATHERING = String.raw`\b(?:at|during|on the sidelines of|at the (?:end|close|start|opening|conclusion|(?:opening|closing) ceremony) of|on the (?:first|second|third|fourth|final|last|opening|closing) day of)\s+(?:(?:the|a|an|their|its|this|that|his|her)\s+)?`;
const AT_EVENT = new RegExp(`${AT_GATHERING}$`);
const GATHERINGS = /^(?:talks|meeting|summit|congress)$/;
const FOR_WORD = /\bfor\s+(?:(?:the|a|an|their|its|this|that|his|her)\s+)?(?:[a-z0-9-]+\s+){0,3}$/;
const FOR_EVENT = new RegExp(
  String.raw`\b(?:arriv(?:e|es|ed|ing)|fl(?:ew|y|ies|ying)|travel(?:l?ed|s|l?ing)?|went|go(?:es)?|head(?:s|ed)?|came|come|visit(?:s|ed|ing)?)\b[^.;]{0,50}?` +
    FOR_WORD.source,
);

/**
 * Who took part in a gathering their clause says they acted at: "Kim and Moon agreed on Friday to
 * work toward denuclearization at the first summit" (both took part), "Ri said during the talks",
 * "At the Hanoi summit, Trump walked away" (the subject after an opening phrase's comma).
 * Only a gathering (talks, meeting, summit, congress), and only subjects of the same clause.
 */
export function atEventParticipation(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const event of ctx.mentions) {
    if (!GATHERINGS.test(ctx.kindOf(event.entity) ?? '')) continue;
    const before = ctx.lower.slice(Math.max(ctx.sentence.start, event.start - 40), event.start);
    // "arrived in Pyongyang for a three-day summit", "flew to Washington for talks": travelled to it.
    const travel = FOR_EVENT.exec(
      ctx.lower.slice(Math.max(ctx.sentence.start, event.start - 90), event.start),
    );
    const at = AT_EVENT.exec(before) ?? (travel ? FOR_WORD.exec(before) : null);
    if (!at) continue;
    const where = event.start - before.length + at.index;
    const clause = ctx.folded.slice(ctx.sentence.start, where);
    // Another clause opened between subject and event ("said that ..., which ...") is left alone.
    if (/[;:]|\b(?:that|which|who|when|while)\b[^,]*$/.test(clause.slice(-120))) continue;
    const trigger = { start: where, end: where + at[0].trimEnd().length };
    const found = subjectsOf(ctx, trigger, event, 'participated in', 0.5, 'at-event');
    out.push(...found);
    // "signed an agreement ... at the end of the first summit": what they signed there is part of it.
    const signed = ctx.mentions.find(
      (x) =>
        x.start >= (found[0]?.evidence.start ?? where) &&
        x.end <= where &&
        ctx.kindOf(x.entity) === 'agreement' &&
        /\bsign(?:s|ed|ing)?\s+(?:(?:the|a|an|their|its)\s+)?(?:[a-z-]+\s+){0,2}$/.test(
          ctx.lower.slice(Math.max(ctx.sentence.start, x.start - 40), x.start),
        ),
    );
    if (found.length > 0 && signed)
      out.push({
        source: signed.entity,
        relation: 'part of',
        target: event.entity,
        evidence: { start: signed.start, end: event.end },
        trigger,
        confidence: 0.45,
        pattern: 'signed-at-event',
      });
    // "Kishida met Chinese President Xi on the sidelines of the APEC summit": whom the subject met
    // there took part, and so did the subject.
    const first = found[0];
    const met =
      found.length === 1 && first
        ? MET_OBJECT.exec(
            ctx.folded.slice(Math.max(ctx.sentence.start, first.evidence.start - 50), first.evidence.start),
          )
        : null;
    if (met && first) {
      const metAt = first.evidence.start - met[0].length;
      const host = subjectsOf(
        ctx,
        { start: metAt, end: metAt + (/^\S+/.exec(met[0])?.[0].length ?? 0) },
        event,
        'participated in',
        0.45,
        'at-event-met',
      );
      out.push(...host.filter((d) => d.source !== first.source && ctx.kindOf(d.source) === 'person'));
    }
  }
  return out;
}

// "met Chinese President " before a name: the name is whom the subject met (a title may stand between).
// ("met China's top diplomat Wang Yi": or a possessive state and lower-case title words.)
const MET_OBJECT =
  /\b(?:met|meets?|meeting)\s+(?:with\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$|\b(?:met|meets?|meeting)\s+(?:with\s+)?(?:[A-Z][\w.'-]*\s+){0,2}?[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){1,3}(?:[A-Z][\w.'-]*\s+){0,2}$/;

/**
 * Who took part in an event named with its parties: "U.S.-South Korea drills", "the North
 * Korea-U.S. nuclear diplomacy" (two actors joined by a hyphen before the event's words), and
 * "inter-Korean talks" (the two Koreas, when they are the text's two main states).
 */
export function compoundParticipation(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  // ("the inter-Korean military agreement": its parties agreed to it.)
  const push = (actor: string, event: Mention, start: number, pattern: string) =>
    out.push({
      source: actor,
      relation: partyRelation(ctx, event),
      target: event.entity,
      evidence: { start, end: event.end },
      trigger: { start, end: event.end },
      confidence: 0.6,
      pattern,
    });
  const koreas =
    ctx.pair && ctx.pair.every((id) => /\bkorea\b/i.test(ctx.labelOf?.(id) ?? '')) ? ctx.pair : undefined;
  ctx.mentions.forEach((m, i) => {
    if (ctx.typeOf(m.entity) !== 'event') return;
    if (koreas && /^inter-korean\b/.test(ctx.lower.slice(m.start, m.end)))
      for (const k of koreas) push(k, m, m.start, 'inter-korean');
    const [a, b] = [ctx.mentions[i - 2], ctx.mentions[i - 1]];
    if (!a || !b || a.entity === b.entity) return;
    const actor = (x: Mention) => ctx.typeOf(x.entity) === 'actor';
    if (!actor(a) || !actor(b) || !/^\s*-\s*$/.test(ctx.lower.slice(a.end, b.start))) return;
    // Only modifiers between the pair and the event's head: "U.S.-South Korea joint military drills".
    if (!/^\s+(?:[a-z-]+\s+){0,3}$/.test(ctx.lower.slice(b.end, m.start)) && b.end !== m.start) return;
    push(a.entity, m, a.start, 'hyphen-pair');
    push(b.entity, m, a.start, 'hyphen-pair');
  });
  return out;
}

// Kinds of event that have victims and perpetrators (see EVENT_HEADS).
const VIOLENT = new Set(['shooting', 'attack', 'bombing', 'sinking', 'explosion', 'execution']);
// "an explosion that killed two soldiers". (", killing 46 sailors" after the event's clause was
// tried: it cost held-out precision a false hit.)
const KILLED = /^\s*,?\s*(?:that|which)\s+(?:killed|maimed|wounded|injured)\s+(?:(?:a|an|the)\s+)?$/;
const HYPOTHETICAL = /\b(?:any|possible|potential|future|eventual)\s+(?:[a-z-]+\s+)?$/;
const OF_VICTIM = /^\s+(?:death\s+)?of\s+(?:(?:a|an|the)\s+)?$/;

/**
 * Victims and perpetrators of a violent event: "an explosion that maimed two soldiers", "the
 * shooting (death) of a tourist ... by a soldier". The victim must follow the words at once; the
 * perpetrator is the actor after "by" within the clause.
 */
export function violenceRoles(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const actors = ctx.mentions.filter((m) => ctx.typeOf(m.entity) === 'actor');
  for (const event of ctx.mentions) {
    if (ctx.typeOf(event.entity) !== 'event' || !VIOLENT.has(ctx.kindOf(event.entity) ?? '')) continue;
    // ("warned that any nuclear attack by North Korea would ...": one that may never happen.)
    if (HYPOTHETICAL.test(ctx.lower.slice(Math.max(ctx.sentence.start, event.start - 30), event.start)))
      continue;
    // The trigger is the words that say it ("that maimed", "death of", "by"), for the reviewer.
    const push = (actor: Mention, relation: string, from: number, words: RegExp, pattern: string) => {
      const w = words.exec(ctx.lower.slice(from, actor.start));
      const trigger = w
        ? { start: from + w.index, end: from + w.index + w[0].length }
        : { start: from, end: actor.start };
      out.push({
        source: actor.entity,
        relation,
        target: event.entity,
        evidence: { start: event.start, end: actor.end },
        trigger,
        confidence: 0.55,
        pattern,
      });
    };
    const victim = actors.find(
      (a) =>
        a.start >= event.end &&
        !(a as { demonym?: boolean }).demonym &&
        (KILLED.test(ctx.lower.slice(event.end, a.start)) ||
          OF_VICTIM.test(ctx.lower.slice(event.end, a.start))),
    );
    if (victim) push(victim, 'victim of', event.end, /(?:that|which)\s+\w+|(?:death\s+)?of/, 'victim');
    const from = victim?.end ?? event.end;
    const by = actors.find((a) => {
      if (a.start < from || a.start - from > 60 || (a as { demonym?: boolean }).demonym) return false;
      const gap = ctx.lower.slice(from, a.start);
      return /\bby\s+(?:(?:a|an|the)\s+)?$/.test(gap) && !/[;:]/.test(gap);
    });
    if (by) push(by, 'carried out', from, /\bby\b/, 'perpetrator');
  }
  return out;
}

/**
 * Who did an act a verb names, and to what: "North Korea blows up liaison office" (North Korea
 * carried out the demolition, held at the office), "a North Korean soldier shot dead a South Korean
 * tourist" (the tourist its victim), "The island was shelled by the North" (the North carried it
 * out). A place acted on is where the act happened; an actor or thing acted on is its victim.
 */
export function actRoles(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const named = ctx.mentions.filter((m) => !m.demonym);
  for (const event of ctx.mentions) {
    if (ctx.typeOf(event.entity) !== 'event' || !actVerb(event.text)) continue;
    const trigger = { start: event.start, end: event.end };
    out.push(...actPlaces(ctx, event, named));
    const use = actUse(ctx.lower, trigger, named);
    if (!use) continue;
    const { objects, passive } = use;
    if (passive) {
      const by = /^\s+by\s+(?:the\s+)?/.exec(ctx.lower.slice(event.end, event.end + 12));
      const agent = by && named.find((x) => x.start === event.end + by[0].length);
      if (agent && ctx.typeOf(agent.entity) === 'actor')
        out.push({
          source: agent.entity,
          relation: 'carried out',
          target: event.entity,
          evidence: { start: event.start, end: agent.end },
          trigger,
          confidence: 0.55,
          pattern: 'act-by',
        });
      continue;
    }
    out.push(
      ...subjectsOf(ctx, trigger, event, 'carried out', 0.55, 'act').filter(
        (d) => ctx.typeOf(d.source) === 'actor',
      ),
    );
    for (const object of objects) {
      const place = ctx.typeOf(object.entity) === 'place';
      // "shelled South Korea": a state is attacked, not the victim of one act.
      if (!place && (ctx.typeOf(object.entity) !== 'actor' || ctx.kindOf(object.entity) === 'state'))
        continue;
      out.push({
        source: place ? event.entity : object.entity,
        relation: place ? 'held at' : 'victim of',
        target: place ? object.entity : event.entity,
        evidence: { start: event.start, end: object.end },
        trigger,
        confidence: 0.55,
        pattern: place ? 'act-on-place' : 'act-on',
      });
    }
  }
  return out;
}

// Words before where an act was done: "in the border town of", "near", "over the".
const ACT_PLACE_LEAD = /\b(?:in|into|near|over|off|at)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}?(?:of\s+)?$/;

/**
 * Where an act named by its verb was done: "demolished the four-story building in the border town
 * of Kaesong", "sank near Baengnyeong Island in the Yellow Sea" (both places). The places follow
 * in the act's clause, the first within a few words, a second right after it.
 */
function actPlaces(ctx: SentenceContext, event: Mention, named: readonly Mention[]): Draft[] {
  const end = clauseEnd(ctx, event.end);
  const out: Draft[] = [];
  let from = event.end;
  for (const x of named) {
    if (x.start < from || x.end > end || ctx.typeOf(x.entity) !== 'place') continue;
    const lead = ctx.lower.slice(from, x.start);
    // "fired missiles on seven occasions, and officials in Seoul ...": another clause's place;
    // "into the sea between the Korean Peninsula and Japan": places that bound where, not where.
    if (
      x.start - from > (out.length === 0 ? 60 : 12) ||
      !ACT_PLACE_LEAD.test(lead) ||
      /,\s+(?:and|but|while)\b|\bbetween\b/.test(lead)
    )
      break;
    out.push({
      source: event.entity,
      relation: 'held at',
      target: x.entity,
      evidence: { start: event.start, end: x.end },
      trigger: { start: event.start, end: event.end },
      confidence: 0.5,
      pattern: 'act-place',
    });
    from = x.end;
  }
  return out;
}

// "In a televised address", "During his speech": a speech the sentence opens with.
const IN_SPEECH = /(?:^|[.!?]\s+|^\W*)(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+$/i;
// "... had urged Pyongyang in a speech": a speech named inside a clause, after its verb.
const IN_A_SPEECH = /\b[a-z]+\s+(?:[a-z]+\s+)?in\s+(?:(?:a|an|his|her|its|their)\s+)?$/;

/**
 * Who gave a speech a sentence opens with: "In a televised address from the War Memorial, Lee
 * called the sinking ...": the actor right after the comma that closes the opening phrase.
 */
export function openingSpeech(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const event of ctx.mentions) {
    if (ctx.kindOf(event.entity) !== 'speech') continue;
    if (!IN_SPEECH.test(ctx.folded.slice(ctx.sentence.start, event.start))) {
      // "Moon, who met Kim three times, had urged Pyongyang in a speech on Monday": the speech a
      // clause's act was done in is its subject's.
      const within = IN_A_SPEECH.exec(
        ctx.lower.slice(Math.max(ctx.sentence.start, event.start - 24), event.start),
      );
      if (!within) continue;
      for (const speaker of clauseSubjects(ctx, event.start - within[0].length))
        if (ctx.typeOf(speaker.entity) === 'actor')
          out.push({
            source: speaker.entity,
            relation: 'participated in',
            target: event.entity,
            evidence: { start: speaker.start, end: event.end },
            trigger: { start: event.start - within[0].length, end: event.end },
            confidence: 0.45,
            pattern: 'in-speech',
          });
      continue;
    }
    const comma = ctx.folded.indexOf(',', event.end);
    if (comma < 0 || comma >= ctx.sentence.end) continue;
    const speaker = ctx.mentions.find(
      (m) => m.start > comma && /^,\s*$/.test(ctx.folded.slice(comma, m.start)) && !m.demonym,
    );
    if (!speaker || ctx.typeOf(speaker.entity) !== 'actor') continue;
    out.push({
      source: speaker.entity,
      relation: 'participated in',
      target: event.entity,
      evidence: { start: ctx.sentence.start, end: speaker.end },
      trigger: { start: event.start, end: event.end },
      confidence: 0.55,
      pattern: 'opening-speech',
    });
  }
  return out;
}
