import { foldTypography } from '../text/normalize';
import type { KnownIndex } from './known';
import {
  clauseEnd,
  pairObject,
  pronounObject,
  STATE_AGENTS,
  joinedByAnd,
  subjectsBefore,
  viaAt,
} from './clauseArguments';
import { STATE_TITLE, TITLE_AHEAD } from './lexicon';
import { barredObject, PLACE_RELATIONS, titledState } from './objectRules';
import { modalityBefore, VERB_PATTERNS } from './patterns';
import {
  actRoles,
  atEventParticipation,
  compoundParticipation,
  firingActors,
  hostedBy,
  hostedVisitor,
  openingSpeech,
  pairParticipation,
  verbParticipation,
  violenceRoles,
} from './participation';
import { rolePatterns } from './roles';
import { eventSequence } from './sequence';
import { findName } from './names';
import { PAIR, peopleNamedTogether, sidesOf } from './pairs';
import type { Tokenized } from './tokenize';
import { allows, type Draft, type RelMention, type SentenceContext } from './sentenceContext';
import type { EntityCandidate, Mention, RelationCandidate, TextRange } from './types';

/** Relations that hold both ways: "A met with B" states "B met with A" too. */
export const SYMMETRIC: ReadonlySet<string> = new Set(['met with', 'rival of', 'ally of']);

/**
 * The state each person leads or serves by these drafts ("leader of", "official of", "part of"),
 * the first said.
 */
function statesServed(
  drafts: readonly Draft[],
  kinds: ReadonlyMap<string, string | undefined>,
): Map<string, string> {
  const served = new Map<string, string>();
  for (const d of drafts)
    if (
      (d.relation === 'leader of' || d.relation === 'official of' || d.relation === 'part of') &&
      kinds.get(d.target) === 'state' &&
      !served.has(d.source)
    )
      served.set(d.source, d.target);
  return served;
}

/**
 * Relation candidates stated by one sentence. `roles` are its roles ("North Korean leader Kim"),
 * when the caller has read them already.
 */
export function sentenceRelations(
  ctx: SentenceContext,
  roles: readonly Draft[] = rolePatterns(ctx),
): Draft[] {
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
      if (
        p.verbOnly &&
        NOUN_LEAD.test(ctx.lower.slice(Math.max(ctx.sentence.start, trigger.start - 30), trigger.start))
      )
        continue;
      // "denounced the deployment as a "serious threat"", "the threat of war": a threat named, not
      // one made by anyone ("the North's threat to ..." is one).
      if (
        p.name === 'threat' &&
        /^threats?\b/.test(ctx.lower.slice(trigger.start, trigger.end)) &&
        /\b(?:a|an|the|as|any|no|such)\s+(?:["'“‘]?[a-z-]+\s+){0,2}["'“‘]?$/.test(
          ctx.lower.slice(Math.max(ctx.sentence.start, trigger.start - 40), trigger.start),
        )
      )
        continue;
      // "come to the other's aid if attacked": a participle after "if" or "when" has no subject of
      // its own, and the one before it did not do it.
      if (
        /\b(?:if|when|unless|once|until|whether|though|although)\s+$/.test(
          ctx.lower.slice(Math.max(ctx.sentence.start, trigger.start - 12), trigger.start),
        ) &&
        PARTICIPLE.test(ctx.lower.slice(trigger.start, trigger.end))
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
      const modality = p.saidAsFact ? (stated === 'negated' ? stated : undefined) : stated;
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
        // "two soldiers were killed in the attack": the subject is the victim, as in the active.
        p.relation !== 'victim of' &&
        /\b(?:was|were|been|is|are|be)\s+(?:(?:[a-z]+ly|later|also|then|soon|once)\s+)?$/.test(
          ctx.lower.slice(Math.max(0, trigger.start - 20), trigger.start),
        ) &&
        PARTICIPLE.test(ctx.lower.slice(trigger.start, trigger.end));
      if (passive) {
        // "were suspended by Seoul", "was greeted at the airport by North Korean leader Kim": the
        // agent follows "by" (a short place phrase may come first; a title, its person).
        const by = /^\s+(?:(?:at|in|on)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+)?by\s+(?:the\s+)?/.exec(
          ctx.lower.slice(trigger.end, trigger.end + 50),
        );
        const byAt = by ? trigger.end + by[0].length : -1;
        const first = ctx.mentions.find((x) => x.start === byAt);
        const titled =
          first && ctx.kindOf(first.entity) === 'state'
            ? ctx.mentions.find(
                (x) =>
                  x.start > first.end &&
                  ctx.kindOf(x.entity) === 'person' &&
                  STATE_TITLE.test(ctx.lower.slice(first.end, x.start)),
              )
            : undefined;
        // ("which were halted in 2004 under a deal between the two Koreas": the deal's parties.)
        const dealParties = by ? [] : underDealParties(ctx, trigger.end);
        const agent = titled ?? (first && !first.demonym ? first : undefined) ?? dealParties[0];
        const fits = (x: Mention) =>
          allows(p.relation, agent ? ctx.typeOf(agent.entity) : undefined, ctx.typeOf(x.entity));
        // The clause's subject ("Xi ... was greeted by Kim"), else the nearest name before that fits
        // ("the talks were suspended by Seoul"); never a state adjective.
        const patient =
          subjectsBefore(ctx, trigger.start).find(fits) ??
          [...ctx.mentions].reverse().find((x) => x.end <= trigger.start && !x.demonym && fits(x));
        // "was signed by Moon Jae-in and Kim Jong Un": both are agents.
        const also =
          agent &&
          ctx.mentions.find(
            (x) =>
              x.start > agent.end &&
              !x.demonym &&
              ctx.typeOf(x.entity) === 'actor' &&
              joinedByAnd(ctx.lower.slice(agent.end, x.start)),
          );
        const agents =
          agent && patient ? (dealParties.length > 0 ? dealParties : [agent, ...(also ? [also] : [])]) : [];
        for (const by of agents) {
          if (!patient || by.entity === patient.entity) continue;
          out.push({
            source: by.entity,
            relation: p.relation,
            target: patient.entity,
            evidence: { start: patient.start, end: by.end },
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
                if (barredObject({ ctx, p, trigger, from, subject, x })) return false;
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
        const chosen =
          target ??
          relativeHead(ctx, subjects, p.onEvent ?? p.relation, st) ??
          fallback ??
          pairTargets[0] ??
          pronounObject(ctx, from, subject, p.relation) ??
          otherSide(ctx, p, subject, trigger);
        if (!chosen) continue;
        const targets = pairTargets.length > 0 ? pairTargets : [chosen];
        // "the United States and South Korea": both; "US President Donald Trump" or "North Korea's
        // top negotiator Ri": the person.
        const following = target ? after[after.indexOf(target) + 1] : undefined;
        const gap = following ? ctx.lower.slice(chosen.end, following.start) : '';
        // "agreed to sign a peace treaty and to pursue three-way talks": an event the same verb
        // governs again after "and to".
        const again =
          ctx.typeOf(chosen.entity) === 'event' &&
          /^\s+and\s+to\s+[a-z]+\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$/.test(gap);
        // "met Scholz and French Foreign Minister Le Drian": the titled person, not the state; a
        // titled state with no name after it ("and a U.S. president") is no second target.
        const titled = following && ctx.kindOf(following.entity) === 'state' && titledState(ctx, following);
        const person = titled ? after[after.indexOf(following) + 1] : undefined;
        const second = titled
          ? person && ctx.kindOf(person.entity) === 'person'
            ? person
            : undefined
          : following;
        if (
          second &&
          (/^\s+and\s+(?:the\s+)?$/.test(gap) || again) &&
          ctx.typeOf(second.entity) === ctx.typeOf(chosen.entity)
        )
          targets.push(second);
        if (
          following &&
          ctx.kindOf(chosen.entity) === 'state' &&
          ctx.kindOf(following.entity) === 'person' &&
          // "North Korean official Kim": the title may be the last word of the state's mention.
          (STATE_TITLE.test(gap) || (/^\s+$/.test(gap) && titledState(ctx, chosen)))
        )
          targets.splice(0, 1, following);
        // "praised the North's leader": the person meant is not named here, and is not the state.
        else if (
          targets[0] === chosen &&
          ctx.kindOf(chosen.entity) === 'state' &&
          /^'s/.test(ctx.lower.slice(chosen.end, chosen.end + 2)) &&
          TITLE_AHEAD.test(ctx.lower.slice(chosen.end, chosen.end + 40))
        )
          continue;
        for (const target of targets) {
          if (
            p.people &&
            !(ctx.kindOf(subject.entity) === 'person' && ctx.kindOf(target.entity) === 'person')
          )
            continue;
          const relation =
            p.byMedia && ctx.kindOf(subject.entity) === 'news-agency'
              ? p.byMedia
              : ctx.typeOf(target.entity) === 'event' && p.onEvent
                ? p.onEvent
                : p.relation;
          // (From the event a relative clause follows, the words between it and the verb; for a
          // phrase opening the sentence, "In retaliation for the sanctions, North Korea", the words
          // between it and the subject after it.)
          const distance =
            target.end <= subject.start
              ? (trigger.start >= target.end ? trigger.start - target.end : subject.start - trigger.end) / 200
              : (target.start - trigger.end + Math.max(0, trigger.start - subject.end)) / 200;
          out.push({
            source: subject.entity,
            relation,
            target: target.entity,
            ...(modality ? { modality } : {}),
            evidence: {
              start: Math.min(subject.start, trigger.start, target.start),
              // "In retaliation for the sanctions, North Korea cut ...": the subject may come last.
              end: Math.max(target.end, trigger.end, subject.end),
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
  out.push(...metThereToo(out), ...metWhere(ctx, out));
  out.push(
    ...roles,
    ...pairParticipation(ctx),
    ...verbParticipation(ctx),
    ...atEventParticipation(ctx),
    ...firingActors(ctx),
    ...actRoles(ctx),
    ...openingSpeech(ctx),
    ...hostedVisitor(ctx),
    ...hostedBy(ctx),
    ...violenceRoles(ctx),
    ...compoundParticipation(ctx),
    ...eventSequence(ctx),
  );
  return out;
}

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
  const capitalState = new Map(
    entities.flatMap((e) => {
      const state = e.type === 'place' ? known.capitals.get(e.label) : undefined;
      return state ? [[e.id, state] as const] : [];
    }),
  );
  const byDemonym = new Map([...known.demonyms].map(([name, id]) => [name.toLowerCase(), id]));
  // The ministries the text names, by the portfolio their name gives ("the Unification Ministry").
  const ministries = entities.filter((e) => e.type === 'actor' && /\bministry\b/i.test(e.label));
  const ministryOf = (portfolio: string) =>
    ministries.find((e) =>
      new RegExp(String.raw`\b${portfolio} ministry\b|\bministry of (?:the )?${portfolio}`, 'i').test(
        e.label,
      ),
    )?.id;
  for (const [name, id] of known.demonyms) {
    if (!types.has(id) && !known.entities.has(id)) continue;
    for (const r of findName(folded, name, tok.sentences)) {
      if (mentions.some((m) => m.start < r.end && r.start < m.end)) continue;
      // "South Korean officials want ...": the state's officials act for it, so the words are the
      // state as an actor; "a South Korean tourist" or "North Korean missiles" stay a description.
      const agents = STATE_AGENTS.exec(lower.slice(r.end, r.end + 40));
      // "Japanese and Chinese officials met": the first adjective's state acts too.
      const joined = /^\s+and\s+((?:[A-Z][a-z.]+\s?){1,2}?)(?=\s)/.exec(folded.slice(r.end, r.end + 40));
      const shared =
        !agents &&
        joined?.[1] &&
        known.demonyms.has(joined[1]) &&
        STATE_AGENTS.test(lower.slice(r.end + joined[0].length, r.end + joined[0].length + 40));
      const end = agents ? r.end + agents[0].length : r.end;
      demonyms.push({
        start: r.start,
        end,
        entity: id,
        text: text.slice(r.start, end),
        reason: 'metonym',
        ...(agents || shared ? {} : { demonym: true }),
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
  // The text's two main states, counting "South Korean" as well as "South Korea".
  const count = new Map<string, number>();
  for (const m of all)
    if (kinds.get(m.entity) === 'state') count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  const states = [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  const pair: [string, string] | undefined = states[0] && states[1] ? [states[0], states[1]] : undefined;
  const drafts: Draft[] = [];
  // The state each person leads or serves, as far as the sentences read so far say.
  const roleStates = new Map<string, string>();
  // … and as the sentence being read says ("North Korean Foreign Minister Choe threatened that
  // Pyongyang would ...": her own state, which she does not threaten).
  let sentenceRoles = new Map<string, string>();
  const stateOf = (person: string) => roleStates.get(person) ?? sentenceRoles.get(person);
  // "SEOUL, May 24 (Yonhap) --": the state whose capital the story is filed from, for titles the text
  // leaves unqualified ("Defense Minister Kim Tae-young").
  let home: string | undefined;
  let leaders: [string, string] | undefined;
  tok.sentences.forEach((sentence, index) => {
    // "BEIJING (AP) — Officials met ...": the wire's dateline is no part of what the sentence says.
    const dateline = DATELINE.exec(folded.slice(sentence.start, sentence.end));
    const city = dateline && /^[A-Z][A-Z .'-]+?(?=,|\s*\(|\s*[-\u2014\u2013])/.exec(dateline[0])?.[0].trim();
    const state =
      city && [...known.capitals].find(([name]) => name.toUpperCase() === city.toUpperCase())?.[1];
    if (state && home === undefined && types.get(state) === 'actor') home = state;
    const from = sentence.start + (dateline?.[0].length ?? 0);
    const inside = all.filter((m) => m.start >= from && m.end <= sentence.end);
    const earlier = mentions.filter((m) => m.end <= sentence.start);
    leaders = peopleNamedTogether(lower, inside, (id) => kinds.get(id) === 'person') ?? leaders;
    const ctx: SentenceContext = {
      text,
      folded,
      lower,
      sentence,
      ...(index > 0 && tok.sentences[index - 1] ? { previous: tok.sentences[index - 1] } : {}),
      index,
      mentions: inside,
      earlier,
      ...(pair ? { pair } : {}),
      stateOf,
      ...(home ? { home } : {}),
      ...(leaders ? { leaders } : {}),
      typeOf: (id) => types.get(id),
      labelOf: (id) => labels.get(id),
      kindOf: (id) => kinds.get(id),
      demonymState: (words) => byDemonym.get(words),
      ministryOf,
      capitalOf: (place) => capitalState.get(place),
    };
    const roles = rolePatterns(ctx);
    sentenceRoles = statesServed(roles, kinds);
    const found = sentenceRelations(ctx, roles);
    drafts.push(...found);
    // "Biegun met his counterpart, Lee", "X arrived for a summit with Y": two people who met, or
    // took part in one event, are "the two envoys" or "the two leaders" after.
    const met = found.find(
      (d) =>
        d.relation === 'met with' && kinds.get(d.source) === 'person' && kinds.get(d.target) === 'person',
    );
    const together = found.filter(
      (d) => d.relation === 'participated in' && kinds.get(d.source) === 'person',
    );
    const shared = together.find((d) => together.some((e) => e.target === d.target && e.source !== d.source));
    const other = shared && together.find((e) => e.target === shared.target && e.source !== shared.source);
    if (met) leaders = [met.source, met.target];
    else if (shared && other) leaders = [shared.source, other.source];
    for (const [person, state] of statesServed(found, kinds))
      if (!roleStates.has(person)) roleStates.set(person, state);
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

/** "Pompeo met Kim Yong Chol in New York": whom the subject met there met there too. */
function metThereToo(drafts: readonly Draft[]): Draft[] {
  return drafts.flatMap((at) =>
    at.pattern !== 'met-in'
      ? []
      : drafts
          .filter(
            (w) =>
              w.pattern === 'meet-with' &&
              w.source === at.source &&
              w.trigger.start === at.trigger.start &&
              w.evidence.end <= at.evidence.end &&
              // "Japanese and Chinese officials met in Beijing": each already met there as a subject.
              !drafts.some((o) => o.pattern === 'met-in' && o.source === w.target && o.target === at.target),
          )
          .map((w) => ({
            ...at,
            source: w.target,
            evidence: { start: at.trigger.start, end: at.evidence.end },
            confidence: round(at.confidence - 0.05),
            pattern: 'met-in-object',
          })),
  );
}

// Before a noun, not a verb: "rejected the demand", "Pyongyang's attacks", "the artillery attack".
const NOUN_LEAD =
  /(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|any|new|fresh)|['’]s)\s+(?:(?:recent|latest|last|previous|first|second|third|new|joint|annual|major|large-scale|planned|upcoming)\s+)?(?:(?:artillery|missile|rocket|drone|cyber|terror|terrorist|torpedo|military|nuclear|chemical|suicide|air|naval|border)\s+)?$/;

/** "flew to Berlin, where he met Scholz": both met at the place the "where" stands for. */
function metWhere(ctx: SentenceContext, drafts: readonly Draft[]): Draft[] {
  return drafts.flatMap((d) => {
    if (d.pattern !== 'meet-with') return [];
    const lead = /,\s+where\s+(?:[a-z]+\s+){1,3}$/.exec(
      ctx.lower.slice(Math.max(ctx.sentence.start, d.trigger.start - 40), d.trigger.start),
    );
    if (!lead) return [];
    const comma = d.trigger.start - lead[0].length;
    const place = ctx.mentions.find((m) => m.end === comma && ctx.typeOf(m.entity) === 'place');
    if (!place) return [];
    return [d.source, d.target].map((who) => ({
      ...d,
      source: who,
      relation: 'met at',
      target: place.entity,
      evidence: { start: place.start, end: d.evidence.end },
      confidence: round(d.confidence - 0.1),
      pattern: 'met-where',
    }));
  });
}

/**
 * "the 2018 military agreement that Moon and Kim had signed": the object of a relative clause is
 * the event the clause follows, when nothing after the verb is.
 */
function relativeHead(
  ctx: SentenceContext,
  subjects: readonly Mention[],
  relation: string,
  subjectType: ReturnType<SentenceContext['typeOf']>,
): Mention | undefined {
  const first = subjects.reduce<Mention | undefined>((a, b) => (a && a.start <= b.start ? a : b), undefined);
  if (!first) return undefined;
  const head = [...ctx.mentions].reverse().find((x) => x.end <= first.start);
  if (!head || ctx.typeOf(head.entity) !== 'event') return undefined;
  if (!/^\s*,?\s*(?:that|which)\s+(?:the\s+)?$/.test(ctx.lower.slice(head.end, first.start)))
    return undefined;
  return allows(relation, subjectType, 'event') ? head : undefined;
}

/**
 * "Kim Yo Jong warned that a tragic scene would be seen", "the North has kept up its threats": in a
 * story about two states, a warning or threat that names no one is aimed at the other side. The
 * target is not in the words, so the mark stands at the trigger.
 */
function otherSide(
  ctx: SentenceContext,
  p: { name: string },
  subject: Mention,
  trigger: TextRange,
): Mention | undefined {
  if ((p.name !== 'warn' && p.name !== 'threat') || !ctx.pair) return undefined;
  // "did not threaten to suspend the talks": what is threatened is the act, not a side.
  if (
    /\bto$/.test(ctx.lower.slice(trigger.start, trigger.end)) ||
    /^\s+to\b/.test(ctx.lower.slice(trigger.end))
  )
    return undefined;
  const own = ctx.kindOf(subject.entity) === 'state' ? subject.entity : ctx.stateOf?.(subject.entity);
  const [a, b] = ctx.pair;
  const other = own === a ? b : own === b ? a : undefined;
  return other
    ? { entity: other, start: trigger.end, end: trigger.end, text: '', reason: 'metonym' }
    : undefined;
}

/**
 * "were halted in 2004 under a deal between the two Koreas": the parties of the deal an act was
 * done under, named right after "between" (a pair phrase, or two names joined by "and").
 */
function underDealParties(ctx: SentenceContext, from: number): Mention[] {
  const under =
    /^\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?under\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:deal|agreement|accord|pact)\s+between\s+/.exec(
      ctx.lower.slice(from, from + 90),
    );
  if (!under) return [];
  const at = from + under[0].length;
  const pair = new RegExp(`^${PAIR.source}`).exec(ctx.lower.slice(at, at + 30));
  if (pair) {
    const sides = sidesOf(ctx, pair[0]);
    return sides
      ? sides.map((entity) => ({
          start: at,
          end: at + pair[0].length,
          entity,
          text: pair[0],
          reason: 'metonym' as const,
        }))
      : [];
  }
  const a = ctx.mentions.find((x) => x.start === at && ctx.typeOf(x.entity) === 'actor');
  const b =
    a &&
    ctx.mentions.find(
      (x) => x.start > a.end && /^\s+and\s+(?:the\s+)?$/.test(ctx.lower.slice(a.end, x.start)),
    );
  return a && b && ctx.typeOf(b.entity) === 'actor' ? [a, b] : [];
}
