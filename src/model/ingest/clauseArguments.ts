import { lastJoinedActors, orderedPair, PAIR, PERSON_PAIR, sidesOf } from './pairs';
import { allows, mentionsSoFar, recentEarlier, type SentenceContext } from './sentenceContext';
import type { Mention, TextRange } from './types';

/**
 * Who and what a clause is about: its subjects (coordination, lists, pronouns, relative clauses,
 * possessors), the object words a pattern looks after ("with", "in"), pronoun and pair objects, and
 * where the clause ends.
 */

const PREPOSITION =
  /\b(?:of|with|between|to|against|from|for|on|at|in|by|into|over|about|toward|towards|like)\s+(?:the\s+)?$/;
// "with North Korean leader Kim", "to South Korea's President Moon": a preposition, then only the
// words of a title (nationality, rank, office) before the name, is still the name's preposition.
const TITLE_WORD =
  /^(?:[a-z]+(?:ese|ian|an|ish|i)|north|south|korean?|u\.s\.|us|top|chief|senior|former|then|new|ruling|supreme|vice|deputy|foreign|defense|defence|unification|prime|state|leader|president|premier|minister|secretary|chairman|negotiator|envoy|ambassador|spokes(?:man|woman|person)|official|general|commander|representative|coordinator|adviser|advisor|director|special|counterparts?)$/;
/** Whether only "and" and a title's words stand between two names ("Moon and North Korean leader Kim"). */
export function joinedByAnd(gap: string): boolean {
  // ("Song and his North Korean counterpart No Kwang Chol signed": "his" counterpart, too.)
  const words = /^\s*and\s+(?:the\s+|his\s+|her\s+)?((?:[a-z.'-]+\s+){0,4})$/.exec(gap)?.[1];
  return (
    words !== undefined &&
    words
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => TITLE_WORD.test(w.replace(/'s$/, '')))
  );
}

export function afterPreposition(lead: string): boolean {
  // "Senior officials from the United States and South Korea met": those who act for the states
  // stand for them; the "from" or "of" is no preposition of the clause.
  if (
    /\b(?:officials?|delegates?|delegations?|diplomats?|negotiators?|representatives?|envoys?|troops|forces|ministers|leaders)\s+(?:from|of)\s+(?:the\s+)?$/.test(
      lead,
    )
  )
    return false;
  if (PREPOSITION.test(lead)) return true;
  const m =
    /\b(of|with|between|to|against|from|for|on|at|in|by|into|over|about|toward|towards|like)\s+(?:the\s+)?((?:[a-z.'-]+\s+){1,4})$/.exec(
      lead,
    );
  // "Secretary of State Marco Rubio", "Special Representative for North Korea Stephen Biegun": an
  // "of" or "for" inside a title is no preposition.
  if (
    (m?.[1] === 'of' || m?.[1] === 'for') &&
    TITLE_WORD.test(/([a-z.]+)\s+$/.exec(lead.slice(0, m.index))?.[1] ?? '')
  )
    return false;
  return (
    !!m?.[2] &&
    m[2]
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_WORD.test(w.replace(/'s$/, '')))
  );
}

// ", and his parliament voted": a clause joined with a subject of its own.
const NEW_CLAUSE = /,\s*(?:and|but)\s+(?:his|her|its|their)\s+[a-z-]+/;

/**
 * The actors a clause is about, for a verb at `at`: what the clause's shape says (shapedSubjects),
 * else the nearest actor before the verb that is not the object of a preposition, with "A and B"
 * coordination; "the two Koreas" stands for both states.
 */
export function subjectsBefore(ctx: SentenceContext, at: number): Mention[] {
  const head = ctx.lower.slice(ctx.sentence.start, at);
  const shaped = shapedSubjects(ctx, at, head);
  if (shaped) return shaped;
  const before = subjectCandidates(ctx, at, head);
  // ("the last symbol of cooperation between the two Koreas, in response to": a pair after
  // "between" is no subject.)
  const pair = [...ctx.lower.slice(ctx.sentence.start, at).matchAll(PAIR)]
    .filter((x) => !/\b(?:between|among)\s+$/.test(head.slice(0, x.index)))
    .pop();
  const pairStart = pair ? ctx.sentence.start + pair.index : -1;
  // "the two leaders said": the two people last named together.
  const people = ctx.leaders && [...ctx.lower.slice(ctx.sentence.start, at).matchAll(PERSON_PAIR)].pop();
  const peopleStart = people ? ctx.sentence.start + people.index : -1;
  if (people && ctx.leaders && !before.some((m) => m.start > peopleStart))
    return ctx.leaders.map((entity) => ({
      start: peopleStart,
      end: peopleStart + people[0].length,
      entity,
      text: people[0],
      reason: 'metonym' as const,
    }));
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (!m) continue;
    if (pairStart > m.end) break;
    // "Kim told Xi he was willing to ...", "... that he was committed to denuclearization and was
    // willing to hold": a "he" after the last name is the subject, within its clause.
    const heThat =
      /^(\s+(?:that\s+)?(?:he|she)\s+)(?:[a-z']+\s+){0,3}$|^(\s+that\s+(?:he|she)\s+)[^,;:]*$/.exec(
        ctx.lower.slice(m.end, at),
      );
    if (i === before.length - 1 && heThat)
      return pronounSubjects(ctx, m.end + (heThat[1] ?? heThat[2] ?? '').length);
    // "He did not meet North Korean officials ..., despite speculation that he might travel": a
    // "he" opening a clause after the last name is the verb's subject.
    if (
      i === before.length - 1 &&
      /(?:,|\bthat)\s+(?:[a-z]+\s+){0,3}?(?:he|she)\s+(?:[a-z']+\s+){0,3}$/.test(ctx.lower.slice(m.end, at))
    )
      return pronounSubjects(ctx, at);
    // "the first sitting U.S. leader to set foot in North Korea": a state before a leader's title
    // with no name after it describes the person, who is the subject; the state is not.
    if (
      ctx.kindOf(m.entity) === 'state' &&
      /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:president|leader|prime minister|premier|chancellor)\s+(?:to\s+|who\s+|[a-z]+ly\s+)?$/.test(
        ctx.lower.slice(m.end, at),
      )
    ) {
      // ("where Trump became the first sitting U.S. president to step into North Korea": the person
      // who became it.)
      const was = before[i - 1];
      return was &&
        ctx.kindOf(was.entity) === 'person' &&
        /^\s+(?:became|becomes|become|is|was|will be|would be)\s+(?:the|a)\s+(?:first|second|third|last|only)\s+(?:[a-z-]+\s+){0,2}$/.test(
          ctx.lower.slice(was.end, m.start),
        )
        ? [was]
        : [];
    }
    // "North and South Korea": the mention is part of the pair phrase.
    if (pair && sidesOf(ctx, pair[0]) && m.start >= pairStart && m.end <= pairStart + pair[0].length) break;
    // "Kim said the military would resume ...": the reported clause has a subject of its own; so has
    // a clause joined by ", and his parliament voted to ...".
    if (REPORTED_SUBJECT.test(ctx.lower.slice(m.end, at)) || NEW_CLAUSE.test(ctx.lower.slice(m.end, at)))
      return [];
    // "A, B and the Tourism Administration, which oversaw the tours": a relative pronoun stands for
    // the name right before it, not the whole list.
    if (/^\s*,\s*(?:which|who)\s+(?:[a-z]+\s+){0,2}$/.test(ctx.lower.slice(m.end, at))) return [m];
    const lead = ctx.lower.slice(Math.max(ctx.sentence.start, m.start - 50), m.start);
    const prev = before[i - 1];
    const gap = prev ? ctx.folded.slice(prev.end, m.start).toLowerCase() : '';
    // "Putin and North Korean leader Kim": a title may stand between "and" and the name. A comma
    // alone joins no subjects ("After leaving North Korea, Putin traveled").
    const coordinated = prev && joinedByAnd(gap);
    // "Lee, South Korea's envoy, met ...": a possessive after a comma starts an apposition to the
    // name before it, which is the subject.
    if (prev && /^\s*,\s*(?:the\s+)?$/.test(gap) && /^'s\b/.test(ctx.folded.slice(m.end, m.end + 3)))
      return [prev];
    if (coordinated && prev) {
      const lead2 = ctx.lower.slice(Math.max(ctx.sentence.start, prev.start - 50), prev.start);
      if (afterPreposition(lead2)) {
        // "President Moon of the Republic of Korea and Chairman Kim ... held": the name whose "of"
        // phrase the first of the two is, joined to the second.
        const named = ofPhraseOwner(ctx, before, i - 1);
        if (named) return [named, m];
        i--;
        continue;
      }
      // "explosions that maimed two soldiers and Seoul agreeing to halt": the name after a relative
      // clause's verb is its object, not a subject joined to the next.
      if (/\b(?:that|which|who)\s+[a-z]+\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/.test(lead2)) return [m];
      return commaList(ctx, before, i - 1, m);
    }
    // "Moon greeted Kim and joined the two leaders": a name right after a verb, before "and" and the
    // next verb, is the first verb's object; its subject is further back.
    if (
      /\b(?:[a-z]{3,}ed|met|told|shook)\s+(?:(?:the|a|an)\s+)?$/.test(lead) &&
      /^\s+and\s+(?:also\s+|then\s+|later\s+)?$/.test(ctx.lower.slice(m.end, at))
    )
      continue;
    if (i === before.length - 1 && participleOf(ctx, m, lead, at)) return [m];
    if (afterPreposition(lead)) continue;
    // "officials in Seoul and Washington believe": a name joined by "and" to a preposition's object
    // (a place, which is no subject) is in that phrase too.
    const joinedTo = ctx.mentions.find(
      (x) => x.end <= m.start && /^\s+and\s+$/.test(ctx.lower.slice(x.end, m.start)),
    );
    if (
      joinedTo &&
      ctx.typeOf(joinedTo.entity) !== 'actor' &&
      afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, joinedTo.start - 50), joinedTo.start))
    )
      continue;
    // "where he and Kim signed": the pronoun is the last other person named.
    const he = /\b(he|she)\s+and\s+$/.exec(lead);
    if (he?.[1]) {
      const at = m.start - he[0].length;
      const other = mentionsSoFar(ctx)
        .filter((x) => x.end <= at && x.entity !== m.entity && ctx.kindOf(x.entity) === 'person')
        .pop();
      if (other) return [{ ...other, start: at, end: at + he[1].length, text: he[1] }, m];
    }
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
 * The subjects a clause's shape gives a verb at `at`, before any name is weighed: the subject after
 * an opening phrase's comma, the main clause's for a trailing participle, the speaker's for a verb
 * joined after a reported clause, none for an unnamed noun phrase or a relative pronoun's noun, the
 * one asked to act, or the first verb's for a verb joined by "and"; undefined when no shape applies.
 */
function shapedSubjects(ctx: SentenceContext, at: number, head: string): Mention[] | undefined {
  // "After meeting Xi in Beijing, Kim returned", "Meeting in Singapore, Trump and Kim signed", "In
  // retaliation for the sanctions, North Korea cut", "At the Hanoi summit, Trump walked away": a
  // participle, a response or a gathering opening the sentence has the subject of the clause after
  // its comma.
  if (
    /^\s*(?:after|before|while|since|upon|when)?\s*$/.test(head) &&
    /^(?:[a-z]+ing|in (?:response|retaliation|reaction)|at|during|on the sidelines of)\b/.test(
      ctx.lower.slice(at, at + 20),
    )
  ) {
    const comma = ctx.folded.indexOf(',', at);
    const fronted =
      comma >= 0 && comma < ctx.sentence.end ? FRONTED_SUBJECT.exec(ctx.folded.slice(comma)) : null;
    if (fronted) return subjectsBefore(ctx, comma + fronted[0].length).filter((m) => m.start > comma);
  }
  // "Blinken met Lavrov in Geneva on Friday, warning that ...": a participle after a comma has the
  // subject of the clause it hangs from, not the last name before it.
  if (/,\s+(?:also\s+)?$/.test(head) && /^[a-z]+ing\b/.test(ctx.lower.slice(at, at + 20))) {
    const main = clauseSubjects(ctx, at);
    if (main.length > 0) return main;
  }
  // "Lavrov said Moscow had no plans to attack Ukraine and accused NATO": a verb joined after a
  // reported clause with its own auxiliary is the speaker's ("Analysts say the measures will deprive
  // the North of ..., but warned": the analysts', whom the graph does not name, so no one's).
  const reported =
    /\b(?:said|says|say|told [a-z]+)\s+(?:that\s+)?[^,;]*?\b(?:would|will|had|has|have|could|was|were|is|are)\b[^,;]*(?:\band|,\s*but)\s+(?:also\s+|then\s+)?$/.exec(
      head,
    );
  if (reported && /^[a-z]+ed\b|^(?:told|said|sent|made|gave|took)\b/.test(ctx.lower.slice(at, at + 20))) {
    const speaker = subjectsBefore(ctx, ctx.sentence.start + reported.index);
    if (speaker.length > 0 || reported[0].endsWith('but ')) return speaker;
  }
  // "the two countries marked 75 years of ties, state media reported": a noun phrase after a comma,
  // right before the verb, is its subject; no name or pair before it is.
  const unnamed = /,\s+((?:[a-z-]+\s+){1,3})$/.exec(head);
  if (
    unnamed?.[1] &&
    !/\b(?:and|but|or|which|who|that|when|where|while|as|since|because|if|after|before|to|they|he|she|it|its|his|her|their|we|two|both|has|have|had|was|were|is|are|will|would|also|then|later|however|meanwhile|too|[a-z]+ly)\s/.test(
      unnamed[1],
    ) &&
    !ctx.mentions.some((m) => m.start >= ctx.sentence.start + unnamed.index && m.end <= at)
  )
    return [];
  const asked = askedToAct(ctx, head);
  if (asked) return asked;
  // "drills with the aircraft carrier USS Ronald Reagan, which arrived in Busan": a relative pronoun
  // after a noun the text names no actor by stands for that noun, and no actor is the subject.
  // ("more than 1,000 balloons, some of which landed in Seoul": a share of that noun, too.)
  const relative =
    /\s*,\s*(?:(?:some|many|most|all|one|none|several|both|each|two|three|four|five) of\s+)?(?:which|who|whom)\s+(?:[a-z]+\s+){0,2}$/.exec(
      head,
    );
  if (relative && !ctx.mentions.some((m) => m.end === ctx.sentence.start + relative.index)) return [];
  // "Kim met Trump in Hanoi and signed ...", "he offered to meet Kim at any time and proposed
  // talks": a verb joined by "and" after an object has the first verb's subject, not the object.
  const joined = joinedVerbSubjects(ctx, head);
  if (joined) return joined;
  return undefined;
}

/**
 * The names that may be the subject of a verb at `at`, in text order: actors of its clause (after
 * any semicolon), no adjective, none inside a closed aside, no possessor of something else.
 */
function subjectCandidates(ctx: SentenceContext, at: number, head: string): Mention[] {
  // "Moon, who met Kim in 2018, had urged ...": a relative clause closed before the verb holds no
  // subject of it; "supports South Korea's efforts and urged": a possessor is no subject (but
  // "South Korea's military said" is the state acting).
  const aside = closedAside(ctx, at);
  // "North Korea sends balloons; South resumes broadcasts": a semicolon opens a clause of its own.
  const clauseStart = ctx.sentence.start + head.lastIndexOf(';') + 1;
  return ctx.mentions.filter(
    (m) =>
      m.end <= at &&
      m.start >= clauseStart &&
      ctx.typeOf(m.entity) === 'actor' &&
      !m.demonym &&
      !(aside && m.start >= aside.start && m.end <= aside.end) &&
      !(
        POSSESSOR.test(ctx.lower.slice(m.end, m.end + 40)) &&
        !STATE_AGENTS.test(ctx.lower.slice(m.end + 2, m.end + 40)) &&
        // "Putin's first visit to": the possessed noun is the trigger itself (but "Moon's
        // invitation to visit": the one invited visits, not Moon).
        !/^['’]s\s+(?:(?!(?:and|or|but|invitation|offer|proposal|request|call|plea|demand)\s)[a-z-]+\s+){0,2}$/.test(
          ctx.lower.slice(m.end, at),
        )
      ),
  );
}

/**
 * The name whose "of" phrase (or chain of them) `before[i]` stands in, when that name is no
 * preposition's object itself: "President Moon of the Republic of Korea" for "Republic of Korea".
 */
function ofPhraseOwner(ctx: SentenceContext, before: readonly Mention[], i: number): Mention | undefined {
  let owner = i;
  for (
    let x = before[owner - 1], y = before[owner];
    x && y && /^\s+of\s+(?:the\s+)?$/.test(ctx.lower.slice(x.end, y.start));
  ) {
    owner--;
    x = before[owner - 1];
    y = before[owner];
  }
  const named = before[owner];
  return owner < i &&
    named &&
    !afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, named.start - 50), named.start))
    ? named
    : undefined;
}

/**
 * "The United States, Japan and South Korea agreed": the names listed by commas before
 * `before[i]`, which "and" joins to `last`, the whole list (no preposition's object among them:
 * "Meeting in Singapore, Trump and Kim signed").
 */
function commaList(ctx: SentenceContext, before: readonly Mention[], i: number, last: Mention): Mention[] {
  const list = [before[i], last].filter((x): x is Mention => !!x);
  for (let j = i - 1; j >= 0; j--) {
    const x = before[j];
    const first = list[0];
    if (!x || !first || !/^\s*,\s*(?:the\s+)?$/.test(ctx.folded.slice(x.end, first.start))) break;
    if (afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, x.start - 50), x.start))) break;
    list.unshift(x);
  }
  return list;
}

/**
 * Whether the participle at `at`, right after the name `m`, is that name's own whatever preposition
 * brings the name in: "the remains of soldiers killed in the war" (it describes them), "..., with
 * Pyongyang expressing regret" (the name "with" brings in is its subject).
 */
function participleOf(ctx: SentenceContext, m: Mention, lead: string, at: number): boolean {
  if (!/^\s+$/.test(ctx.lower.slice(m.end, at))) return false;
  const verb = ctx.lower.slice(at, at + 20);
  return (
    /^(?:killed|wounded|injured|maimed)\b/.test(verb) ||
    // ("with the North's chief negotiator Kim Myong Gil accusing Washington": a title may stand between.)
    (/\bwith\s+(?:(?:the|its|his|her|their)\s+)?(?:(?!and\s|or\s)[a-z.'’-]+\s+){0,4}$/.test(lead) &&
      /^[a-z]+ing\b/.test(verb))
  );
}

/**
 * "pledged to allow inspectors to visit", "called on North Korea to return", "invited him to visit
 * Kaesong": the one asked, allowed or invited to act is the subject of the act (none, when the text
 * names no actor there); undefined when the verb is not so asked for.
 */
function askedToAct(ctx: SentenceContext, head: string): Mention[] | undefined {
  const asked =
    /(\b(?:allow|permit|invite|ask|urge|order|tell|force|encourage|persuade|convince|call(?:ed|s|ing)? on|press)(?:s|ed|d|ing)?\s+)((?:[a-z.'’-]+\s+){1,5}?)to\s+(?:[a-z]+ly\s+)?$/.exec(
      head,
    );
  // ("prompting Seoul to order residents into shelters and to stage drills": "to stage" is
  // Seoul's, joined to "to order"; the one asked is a noun phrase, with no preposition or "and".)
  if (!asked?.[1] || !asked[2] || /\b(?:and|or|but|into|in|at|from|with|on|for|by)\s/.test(asked[2]))
    return undefined;
  const from = ctx.sentence.start + asked.index + asked[1].length;
  const end = from + asked[2].length;
  // "invited him to visit Kaesong": the last person named other than the one inviting.
  const pronoun = /^(him|her)\s+$/.exec(asked[2]);
  if (pronoun?.[1]) {
    const askers = subjectsBefore(ctx, ctx.sentence.start + asked.index).map((m) => m.entity);
    const last = mentionsSoFar(ctx)
      .filter((m) => m.end <= from && ctx.kindOf(m.entity) === 'person' && !askers.includes(m.entity))
      .pop();
    const text = pronoun[1];
    return last
      ? [{ start: from, end: from + text.length, entity: last.entity, text, reason: 'metonym' }]
      : [];
  }
  return ctx.mentions
    .filter((m) => m.start >= from && m.end <= end && ctx.typeOf(m.entity) === 'actor' && !m.demonym)
    .slice(-1);
}

/**
 * After the comma that closes an opening phrase, the subject up to its verb: names, "and", titles
 * ("At the talks, North Korean chief negotiator Ri Son Gwon said").
 */
const FRONTED_SUBJECT =
  /^\s*,\s+(?:(?:[A-Z][\w.'’-]*|and|the|chief|top|senior|leader|president|minister|foreign|chairman|envoy|negotiator|officials?)\s+)+/;

/**
 * The subjects of a verb joined by "and" to an earlier verb phrase of its clause ("... and
 * proposed"), when the last actor before "and" is no subject of its own (words stand between it and
 * "and": "met Trump in Hanoi and"): a pronoun that opens the clause ("he offered ..."), else the
 * clause's first actors. Undefined when the verb is not so joined.
 */
function joinedVerbSubjects(ctx: SentenceContext, head: string): Mention[] | undefined {
  const and = /\band\s+(?:also\s+|then\s+|later\s+)?$/.exec(head);
  if (!and) return undefined;
  const andAt = ctx.sentence.start + and.index;
  const actors = ctx.mentions.filter((m) => m.end <= andAt && ctx.typeOf(m.entity) === 'actor' && !m.demonym);
  const last = actors[actors.length - 1];
  // "Kim and Moon agreed" is no joined verb; "Kim's envoys and" neither ("'s" and a noun); but
  // "in a statement carried by KCNA and warned": an actor after a preposition is no subject.
  if (!last) return undefined;
  const objectOfPreposition =
    /\b(?:by|from|with|to|of|in|on|at|for|against)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}$/.test(
      ctx.lower.slice(Math.max(ctx.sentence.start, last.start - 60), last.start),
    );
  if (
    !objectOfPreposition &&
    !/[a-z]/.test(ctx.lower.slice(last.end, andAt).replace(/^['’]s\s+[a-z-]+\s*$/, ''))
  )
    return undefined;
  // Another clause inside ("said the North would ... and") is left to the reported-clause rule.
  if (
    /[;:]|\b(?:said|says|that|who|which|when|while|after|before|because|but)\b/.test(
      ctx.lower.slice(ctx.sentence.start, andAt),
    )
  )
    return undefined;
  const first = actors.find(
    (m) => !afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, m.start - 50), m.start)),
  );
  if (!first) return undefined;
  const pronoun = /(?:^|[,\s])(he|she|they|it)\s+(?=[a-z]+\b)/.exec(
    ctx.lower.slice(ctx.sentence.start, first.start),
  );
  if (pronoun) {
    const at = ctx.sentence.start + pronoun.index + pronoun[0].length;
    const found = pronounSubjects(ctx, at);
    if (found.length > 0) return found;
  }
  return first === last ? undefined : clauseSubjects(ctx, andAt);
}

/** The subjects of the clause a sentence opens with: its first actors not after a preposition. */
export function clauseSubjects(ctx: SentenceContext, at: number): Mention[] {
  const actors = ctx.mentions.filter((m) => m.end <= at && ctx.typeOf(m.entity) === 'actor' && !m.demonym);
  const first = actors.findIndex(
    (m) => !afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, m.start - 50), m.start)),
  );
  if (first < 0) return [];
  let last = actors[first];
  // "U.S. Secretary of State Antony Blinken": the state of a title is not the subject, its person is.
  const titled = actors[first + 1];
  if (
    last &&
    titled &&
    ctx.kindOf(titled.entity) === 'person' &&
    ctx.lower
      .slice(last.end, titled.start)
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_WORD.test(w) || w === 'of' || w === "'s")
  )
    last = titled;
  // "Kim and Moon", "Trump, Moon and Abe": the whole coordinated group.
  // ("Moon, who met Kim ...": no group across a relative clause; only titles between.)
  for (const next of actors.slice(first + 1)) {
    const gap =
      last && /^\s*(?:,|,?\s*and)\s+((?:[a-z.'-]+\s+){0,4})$/.exec(ctx.lower.slice(last.end, next.start));
    const titles = (gap?.[1] ?? '').split(/\s+/).filter(Boolean);
    if (!gap || !titles.every((w) => w === 'the' || TITLE_WORD.test(w))) break;
    last = next;
  }
  return last ? subjectsBefore(ctx, last.end) : [];
}

/** The first person the sentence before names outside a prepositional phrase: its subject. */
function previousSubject(ctx: SentenceContext): Mention | undefined {
  const start = ctx.previous?.start ?? ctx.sentence.start;
  return ctx.earlier.find(
    (m) =>
      m.start >= start &&
      ctx.kindOf(m.entity) === 'person' &&
      !afterPreposition(ctx.lower.slice(Math.max(start, m.start - 50), m.start)),
  );
}

/**
 * "It said ...", "They met ...": a pronoun subject with no actor before it in its sentence stands
 * for the last state or organization of the sentences just before ("it"), or for the two sides
 * when both were named there ("they"); "he" or "she" for the last person named. A person is never
 * "it"; other pronouns are left alone.
 */
function pronounSubjects(ctx: SentenceContext, at: number): Mention[] {
  const head = ctx.lower.slice(ctx.sentence.start, at);
  // "His government urged ...": the state of the last person named, as the text has said; "Earlier
  // Tuesday, its military said": the state named last before (its government, forces).
  const owned =
    /\b(?:(his|her)\s+(?:government|administration|country)|(its)\s+(?:government|military|army|navy|forces|leadership|authorities|officials))\s+(?:[a-z']+\s+){0,3}$/.exec(
      head,
    );
  if (owned) {
    const start = ctx.sentence.start + owned.index;
    const before = mentionsSoFar(ctx).filter((m) => m.end <= start);
    const person = owned[1] ? before.filter((m) => ctx.kindOf(m.entity) === 'person').pop() : undefined;
    const state = owned[1]
      ? person && ctx.stateOf?.(person.entity)
      : before.filter((m) => ctx.kindOf(m.entity) === 'state').pop()?.entity;
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
  const recent = recentEarlier(ctx);
  // "He said ...": the last person named in this sentence or the ones just before.
  if (pronoun[1] === 'he' || pronoun[1] === 'she') {
    const here = ctx.mentions.filter((m) => m.end <= start && ctx.kindOf(m.entity) === 'person');
    // "Putin was greeted by Kim. ... he flew to Hanoi": a pronoun opening its sentence stands
    // for the person the sentence before was about, its subject, before the last person named.
    const subject =
      here.length === 0
        ? previousSubject(ctx)
        : (toldSpeaker(ctx, here, start) ?? saidSpeaker(ctx, here, start));
    const last = subject ?? [...recent.filter((m) => ctx.kindOf(m.entity) === 'person'), ...here].pop();
    return last ? [{ ...where, entity: last.entity }] : [];
  }
  if (pronoun[1] === 'it') {
    const last = [...recent]
      .reverse()
      // ("expelled all South Korean workers ... . It also cut off": no group of people is "it".)
      .find(
        (m) => ctx.typeOf(m.entity) === 'actor' && !/^(?:person|group)$/.test(ctx.kindOf(m.entity) ?? ''),
      );
    return last ? [{ ...where, entity: last.entity }] : [];
  }
  // "negotiations between the rivals, ..., when they threatened each other": a pair phrase before
  // the pronoun in its sentence.
  const phrase = [...ctx.lower.slice(ctx.sentence.start, start).matchAll(PAIR)].pop();
  if (phrase && sidesOf(ctx, phrase[0]))
    return orderedPair(ctx, phrase[0]).map((entity) => ({ ...where, entity }));
  // "South Korea and Japan met. They ...": the last actors named together.
  const together = lastJoinedActors(ctx, recent, /^\s*(?:and|,)\s*(?:the\s+)?$/);
  if (together) return together.map((m) => ({ ...where, entity: m.entity }));
  // "the two leaders said ... . They agreed": the people the phrase stood for.
  const leaders = ctx.leaders;
  const before = ctx.lower.slice(Math.max(0, ctx.sentence.start - 300), start);
  if (leaders && new RegExp(PERSON_PAIR.source).test(before))
    return leaders.map((entity) => ({ ...where, entity }));
  const pair = ctx.pair;
  if (pair && pair.every((id) => recent.some((m) => m.entity === id)))
    return pair.map((entity) => ({ ...where, entity }));
  return [];
}

/**
 * "Kim told Xi he was committed to ...": a "he" right after the person told is the one who told,
 * when that is a person.
 */
function toldSpeaker(ctx: SentenceContext, here: readonly Mention[], pronounAt: number): Mention | undefined {
  const hearer = here[here.length - 1];
  if (!hearer || !/^\s+(?:that\s+)?$/.test(ctx.lower.slice(hearer.end, pronounAt))) return undefined;
  if (!/\btold\s+$/.test(ctx.lower.slice(Math.max(ctx.sentence.start, hearer.start - 8), hearer.start)))
    return undefined;
  const speaker = subjectsBefore(ctx, hearer.start).pop();
  return speaker && ctx.kindOf(speaker.entity) === 'person' ? speaker : undefined;
}

/**
 * "Trump said he had received a letter from Kim, and that he expected ...": a "he" in what a person
 * said is that person, the sentence's first, when "said" follows the name.
 */
function saidSpeaker(ctx: SentenceContext, here: readonly Mention[], pronounAt: number): Mention | undefined {
  const first = here[0];
  if (!first || ctx.kindOf(first.entity) !== 'person') return undefined;
  if (afterPreposition(ctx.lower.slice(Math.max(ctx.sentence.start, first.start - 50), first.start)))
    return undefined;
  return /^\s+(?:[a-z]+\s+){0,3}?(?:said|says|told [a-z]+)\b/.test(ctx.lower.slice(first.end, pronounAt))
    ? first
    : undefined;
}

/** Where the pattern's "with" / "in" first stands as a word of its own: not in "Moon Jae-in". */
export function viaAt(ctx: SentenceContext, via: RegExp, from: number, to: number): number | undefined {
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
export function pairObject(ctx: SentenceContext, at: number, subject: Mention, relation: string): Mention[] {
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
export function pronounObject(
  ctx: SentenceContext,
  at: number,
  subject: Mention,
  relation: string,
): Mention | undefined {
  const it = /^\s+(it)\b/.exec(ctx.lower.slice(at, at + 6));
  if (!it) return personObject(ctx, at, subject, relation);
  const start = at + it[0].length - 2;
  // Only a name in a subject's place (opening its sentence or clause): "the North conducted a test
  // … reaching the United States, and Trump threatened it" means the North.
  const subjectPlace = (m: Mention) =>
    /(?:^|[.!?;,]\s*|\band\s+|\n\s*)(?:the\s+)?$/i.test(ctx.folded.slice(Math.max(0, m.start - 30), m.start));
  const last = mentionsSoFar(ctx)
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

/**
 * "Kim Jong Un greeted him at the airport", "Trump praised him as a talented leader": "him" (or
 * "her", not as a possessive: "praised her efforts") right after the verb stands for the last
 * person named before, in this sentence or the ones just before, other than the subject.
 */
function personObject(
  ctx: SentenceContext,
  at: number,
  subject: Mention,
  relation: string,
): Mention | undefined {
  const pronoun = /^\s+(him|her)(?=\s+(?:as|for|at|in|on|to|with|and|after|before|during)\b|\s*[,.;]|$)/.exec(
    ctx.lower.slice(at, at + 16),
  );
  if (!pronoun?.[1] || !allows(relation, ctx.typeOf(subject.entity), 'actor')) return undefined;
  const start = at + pronoun[0].length - pronoun[1].length;
  const last = mentionsSoFar(ctx)
    .filter((m) => m.end <= at && m.entity !== subject.entity)
    .reverse()
    .find((m) => ctx.kindOf(m.entity) === 'person');
  return (
    last && {
      start,
      end: start + pronoun[1].length,
      entity: last.entity,
      text: pronoun[1],
      reason: 'metonym',
    }
  );
}

// "said the military would", "announced that the talks will": a reported clause with a subject.
const REPORTED_SUBJECT =
  /\b(?:said|says|announced|added|stated|insisted|confirmed)\s+(?:that\s+)?(?:the|a|an|its|their|his|her)\s+[a-z-]+\s+(?:[a-z-]+\s+){0,2}?(?:would|will|could|can|may|might|had|has|have|was|were|is|are)\b/;

// A name followed by "'s" and a lower-case noun: "South Korea's efforts".
const POSSESSOR = /^['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\b/;

/**
 * The relative clause ", who … ," / ", which … ," closed before `at`, if any; or an apposition
 * between a name and the verb at `at`: "Kim Yong Chol, a senior North Korean official, arrived".
 */
function closedAside(ctx: SentenceContext, at: number): TextRange | undefined {
  const head = ctx.folded.slice(ctx.sentence.start, at);
  const open = [...head.matchAll(/,\s+(?:who|which|whose)\b/g)].pop();
  if (!open) return apposition(ctx, at);
  const close = head.indexOf(',', open.index + 1);
  if (close < 0) return undefined;
  return { start: ctx.sentence.start + open.index, end: ctx.sentence.start + close };
}

/**
 * "Kim Yong Chol, a senior North Korean official, arrived", "Kim Yo Jong, the first vice director of
 * the party's Central Committee, visited": a phrase set off by commas right after an actor's name,
 * with the verb at `at` right after the second comma, describes that name; it holds no subject.
 */
function apposition(ctx: SentenceContext, at: number): TextRange | undefined {
  const head = ctx.folded.slice(ctx.sentence.start, at);
  const close = /,\s+(?:[a-z]+ly\s+)?$/.exec(head);
  if (!close) return undefined;
  const open = head.lastIndexOf(',', close.index - 1);
  if (open < 0) return undefined;
  const start = ctx.sentence.start + open;
  const described = ctx.mentions.find((m) => m.end === start && ctx.typeOf(m.entity) === 'actor');
  // A description opens with an article or a lower-case word ("a senior official", "chairman of"),
  // not a name of its own ("Kim, Moon, and Trump").
  const opening = /^,\s+(?:an?|the)\s|^,\s+[a-z]/.test(head.slice(open, open + 8));
  return described && opening ? { start, end: ctx.sentence.start + close.index } : undefined;
}

export function clauseEnd(ctx: SentenceContext, from: number): number {
  const rest = ctx.folded.slice(from, ctx.sentence.end);
  // "Moon, who met Kim three times in 2018, had urged Pyongyang": the relative clause ends at its comma.
  const opened = [...ctx.folded.slice(ctx.sentence.start, from).matchAll(/,\s+(?:who|which|whose)\b/g)].pop();
  if (opened && !ctx.folded.slice(ctx.sentence.start + opened.index + 1, from).includes(',')) {
    const comma = rest.indexOf(',');
    if (comma >= 0) return from + comma;
  }
  // A comma before "when", "where", "which", "who", "after" or "before" opens another clause.
  // "reunions of families separated by the war": a participle with its "by" describes a noun; what
  // it names is no object of the verb; "before walking to X" starts a clause of its own.
  const m =
    /[;:]|,\s+(?:but|while|and then|when|where|which|who|after|before|although|though)\b|\bbut\b|\b(?:after|before|because|until)\s+(?=[A-Z])|\band\s+(?:also\s+)?(?:said|says|added|told|insisted|claimed)\b|\b(?:before|after|while|when|without)\s+[a-z]+ing\b|(?<!\b(?:was|were|is|are|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+)?)\b[a-z]{3,}ed\s+by\b/.exec(
      rest,
    );
  return m ? from + m.index : ctx.sentence.end;
}

export const STATE_AGENTS =
  /^\s+(?:government|officials?|authorities|military|forces|troops|navy|army|artillery|soldiers|warships|jets|negotiators?|delegation|delegates|diplomats|leadership)\b/;
