import { afterPreposition } from './clauseArguments';
import { lastJoinedActors } from './pairs';
import { KOREAN_SURNAMES, PORTFOLIOS, STATE_TITLE, TITLE_MODIFIERS } from './lexicon';
import {
  demonymEnding,
  mentionsSoFar,
  recentEarlier,
  type Draft,
  type SentenceContext,
} from './sentenceContext';
import type { Mention } from './types';

// A title's own modifiers at the end of the words before its head word, with or without the space after.
const MODIFIERS_AT_END = new RegExp(String.raw`(?:\s+${TITLE_MODIFIERS})+$`);
const MODIFIERS_BEFORE = new RegExp(String.raw`(?:${TITLE_MODIFIERS}\s+)*$`);
// The state whose office "Secretary of State" alone names.
const US = 'united-states';

/** "vice chairman", "deputy leader": second to the leader, so an official. */
function deputy(role: string | undefined, before: string): string | undefined {
  return role === 'leader of' && /\b(?:vice|deputy|first vice|assistant)[\s-]+(?:[a-z-]+\s+)?$/.test(before)
    ? 'official of'
    : role;
}

const ROLE_WORDS: [RegExp, string][] = [
  [/^(?:spokes(?:man|woman|person))$/, 'spokesperson of'],
  [/^(?:analyst|expert|professor|researcher|scholar|fellow|lecturer)$/, 'expert at'],
  [
    /^(?:official|minister|negotiator|envoy|ambassador|director|chief|secretary|adviser|advisor|officer|delegate|representative|commander|diplomat)$/,
    'official of',
  ],
  [/^(?:leader|president|premier|chancellor|dictator|chairman|head)$/, 'leader of'],
  [/^(?:member)$/, 'member of'],
];

/** A portfolio's word in a title ("unification" in "Vice Unification Minister"). */
const PORTFOLIO_WORD = new RegExp(String.raw`\b${PORTFOLIOS}\b`);
// "Unification Minister ": a full minister of a portfolio (the portfolio captured).
const PORTFOLIO_MINISTER = new RegExp(String.raw`(?:^|\s)(${PORTFOLIOS})\s+minister\s+$`);

// "talks at Panmunjom", "a battle broke out in the Yellow Sea", "talks near the old village of Panmunjom".
// "the meetings between senior officials in Kaesong": a short phrase naming who met may come first.
// "reunions, scheduled for Feb. 20-25 at Mount Kumgang", "talks in years on Wednesday at X": when,
// then where.
const EVENT_PLACE_GAP =
  /^,?\s+(?:(?:between|among|of)\s+(?:[a-z-]+,?\s+){1,3})?(?:(?:in|on|for|this|last|next)\s+(?:[a-z]+day|years|decades|months|weeks|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\s+){0,2}(?:(?:(?:(?:was|were|is|are|will be|to be)\s+)?(?:held|scheduled|planned|set|due)|took place|(?:(?:would|will|to|could|should)\s+)?takes?\s+place|broke out|erupted|opened|began|started|ended|resumed|concluded|collapsed)\s+(?:(?:for|on)\s+[a-z0-9.-]+(?:\s+[a-z0-9.-]+)?\s+)?)?(?:in|at|near|over|along)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$/;
// "The summit, which took place in Hanoi, ended early": where a relative clause says it was held.
const EVENT_WHICH_HELD =
  /^,\s+(?:which|that)\s+(?:took place|was held|were held|is held|are held|will be held)\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$/;
// "drills with the United States", "talks broke out between X and Y".
// "a summit with President Donald Trump": a title may stand before the name.
// Words of a party's title between an event's "between" or "and" and the party's name.
const PARTY_TITLE = String.raw`(?:u\.s\.|former|then-?|president|prime minister|premier|chairman|leader|secretary of state|(?:${PORTFOLIOS} )?minister)`;
const EVENT_WITH_GAP = new RegExp(
  String.raw`^\s+(?:(?:broke out|took place|erupted|began|started|resumed|(?:was|were) held|planned|scheduled|proposed|held)\s+)?(?:also\s+)?(?:between|with|involving)\s+(?:the\s+)?(?:${PARTY_TITLE}\s+){0,3}$`,
);
/**
 * The words between an event and its first party: "talks with", "a meeting between"; also past a
 * possessive description of the party ("between Kim's father, Kim Jong Il"), whoever "Kim" is.
 */
const withParty = (gap: string) => {
  // ("a summit in Pyongyang last year between ...": when it was may come first.)
  const untimed = gap.replace(
    /^\s+(?:(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|in\s+\d{4}|on\s+[a-z]+day)(?=\s)/,
    '',
  );
  return (
    EVENT_WITH_GAP.test(untimed) ||
    EVENT_WITH_GAP.test(untimed.replace(/\b[a-z-]+['’]s\s+[a-z-]+\s*,\s*$/, ''))
  );
};
// "..., Japanese Prime Minister Kishida and U.S. President Biden": the next party of a list.
const LIST_GAP = new RegExp(
  String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:${PARTY_TITLE}\s+){0,2}$`,
);
// "a year-end meeting of the ruling Workers' Party": the body whose meeting it is.
const MEETING_OF = /^\s+of\s+(?:the\s+)?(?:(?:ruling|powerful|national|central)\s+)?$/;

// Events whose owner is a party to them ("X's talks", "X's drills"), unlike "X's crisis".
const PARTY_EVENTS =
  /^(?:talks|meeting|summit|military-drills|sports-event|visit|congress|weapons-test|speech|war)$/;
/** Kinds of event whose people met: talks, a meeting, a summit. */
const TALKS = /^(?:talks|meeting|summit)$/;

/** How a party stands to an event it is named with: one agrees to an agreement, takes part in the rest. */
export function partyRelation(ctx: SentenceContext, event: Mention): string {
  return ctx.kindOf(event.entity) === 'agreement' ? 'agreed to' : 'participated in';
}

function roleOf(word: string): string | undefined {
  // "former South Korean presidents Kim Dae-jung and Roh Moo-hyun": each held the role.
  const one = /(?:ent|der|ter|ial|tor|man|ert|yst)s$/.test(word) ? word.slice(0, -1) : word;
  return ROLE_WORDS.find(([re]) => re.test(one))?.[1];
}

/**
 * The state whose ambassador to a body a title names: "China's U.N. Ambassador", "the North Korean
 * U.N. ambassador" (a mention of the state, or its demonym, right before the body).
 */
function ambassadorsState(ctx: SentenceContext, body: Mention): Mention | undefined {
  const owner = ctx.mentions.filter((x) => x.end <= body.start).pop();
  if (
    owner &&
    ctx.kindOf(owner.entity) === 'state' &&
    /^(?:['’]s)?\s+$/.test(ctx.folded.slice(owner.end, body.start))
  )
    return owner;
  return undefined;
}

/**
 * Patterns that state a relation without a verb: appositions and noun phrases ("North Korean
 * leader Kim Jong Un", "Lee, a spokeswoman at the Unification Ministry", "South Korea's Defense
 * Ministry", "drills between South Korea and the United States", "rival North Korea").
 */
export function rolePatterns(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const { lower, mentions } = ctx;
  const push = (
    source: Mention | string,
    relation: string,
    target: Mention | string,
    start: number,
    end: number,
    confidence: number,
    pattern: string,
  ) => {
    const s = typeof source === 'string' ? source : source.entity;
    const t = typeof target === 'string' ? target : target.entity;
    if (s === t) return;
    out.push({
      source: s,
      relation,
      target: t,
      evidence: { start, end },
      trigger: { start, end },
      confidence,
      pattern,
    });
  };
  const actor = (m: Mention | undefined) => !!m && ctx.typeOf(m.entity) === 'actor';
  const person = (m: Mention) => ctx.kindOf(m.entity) === 'person';
  // "U.S. President Donald Trump": the person a state's title names, when the title stands between.
  const titledPerson = (state: Mention, next: Mention | undefined) =>
    next &&
    ctx.kindOf(state.entity) === 'state' &&
    person(next) &&
    STATE_TITLE.test(lower.slice(state.end, next.start))
      ? next
      : undefined;
  // Whose an event is: "Kim's summit" (the name before "'s"), "his first meeting" (the last person
  // named, here or in the sentences just before; the mention is the pronoun's place).
  const ownerOf = (m: Mention, prev: Mention | undefined): Mention | undefined => {
    // ("North Korea's recent rocket launch": a word of time may stand between.)
    if (prev && /^['’]s\s+(?:(?:recent|latest)\s+)?$/.test(ctx.folded.slice(prev.end, m.start))) return prev;
    const his = /\b(?:his|her)\s+(?:(?:recent|latest)\s+)?$/.exec(
      lower.slice(Math.max(ctx.sentence.start, m.start - 8), m.start),
    );
    if (!his) return undefined;
    const at = m.start - his[0].length;
    // "Kim held talks with Xi during a visit to Beijing, his first trip abroad": the person the
    // sentence is about, not one a preposition brings in after it.
    const lead = (x: Mention) => lower.slice(Math.max(ctx.sentence.start, x.start - 50), x.start);
    const here = ctx.mentions.filter((x) => x.end <= at && person(x));
    const last =
      here.filter((x) => !afterPreposition(lead(x))).pop() ??
      mentionsSoFar(ctx)
        .filter((x) => x.end <= at && person(x))
        .pop();
    return last && { ...last, start: at, end: at + his[0].trimEnd().length, text: his[0].trimEnd() };
  };

  mentions.forEach((m, i) => {
    const before = lower.slice(Math.max(ctx.sentence.start, m.start - 60), m.start);
    const after = lower.slice(m.end, Math.min(ctx.sentence.end, m.end + 80));
    const next = mentions[i + 1];
    const prev = mentions[i - 1];

    if (person(m)) {
      // "North Korean leader Kim Jong Un", "Unification Ministry spokesman X", "Spokesman X".
      const trimmed = before.replace(/[\s,]+$/, ' ');
      const last1 = /(\S+)\s+$/.exec(trimmed);
      // ("South Korea's foreign minister, met Wang Yi": no title across a comma.)
      const last2 = /([^\s,]+)\s+[a-z]+\s+$/.exec(trimmed);
      // "Secretary of State Hillary Clinton", "Minister of Foreign Affairs X": the office's "of".
      const office =
        /(secretary|minister)\s+of\s+(?:state|defen[cs]e|foreign affairs|unification|the interior)\s+$/.exec(
          trimmed,
        );
      // "Special Representative for North Korea Stephen Biegun": a title and what it is for.
      const forWhat = /(\S+)\s+for\s+(?:the\s+)?(?:[a-z.'-]+\s+){1,3}$/.exec(trimmed);
      const qualified = forWhat && roleOf(forWhat[1] ?? '') ? forWhat : undefined;
      const found =
        office ?? qualified ?? (last1 && roleOf(last1[1]?.replace(/[^a-z.]/g, '') ?? '') ? last1 : last2);
      // The title's word ("secretary", "leader") and where the title starts.
      const title = found ? { word: found[1] ?? '', index: found.index } : undefined;
      const word = title?.word.replace(/[^a-z.]/g, '') ?? '';
      // A prime minister leads a government; other ministers hold a post in it.
      const role = /\bprime minister\s+$/.test(trimmed)
        ? 'leader of'
        : deputy(roleOf(word), before.slice(0, title?.index ?? 0));
      // "the North Korean leader told Xi": a title that is itself a mention (of the person it
      // describes) is no title of the name after it.
      const titleStart = title && m.start - (before.length - title.index);
      const described =
        titleStart !== undefined &&
        mentions.some((x) => x !== m && person(x) && x.end > titleStart && x.start < m.start);
      if (role && title && !described) {
        // "Japanese Prime Minister X", "Chinese Foreign Minister X": the state adjective stands
        // before the title's own words.
        // ("His South Korean counterpart, Prime Minister X": the adjective may describe the counterpart.)
        const head = before
          .slice(0, title.index)
          .trimEnd()
          .replace(/\s+counterparts?\s*,(?:\s+[a-z]+){0,2}$/, '')
          .replace(MODIFIERS_AT_END, '');
        const demonym = demonymEnding(ctx, head);
        const state = demonym?.state;
        const demonymAt = demonym ? m.start - before.length + demonym.index : undefined;
        const start = m.start - (before.length - title.index);
        // The name before the title, not one inside it ("for North Korea"), nor the title's own
        // modifiers ("U.S. Special Representative").
        const modifiers = MODIFIERS_BEFORE.exec(before.slice(0, title.index))?.[0].length ?? 0;
        const prev = [...mentions.slice(0, i)].reverse().find((x) => x.end <= start - modifiers);
        // "Unification Ministry spokesman X", "North Korea's top negotiator X".
        const possessive = prev && /^'s\s+(?:[a-z-]+\s+){0,2}$/.test(lower.slice(prev.end, start));
        const bodyBefore =
          prev && actor(prev) && (prev.end >= start - modifiers - 3 || possessive) && !person(prev);
        // The ministry a (full, not vice) minister of a portfolio heads, when the text names it.
        const portfolio = PORTFOLIO_MINISTER.exec(trimmed);
        const ministry =
          portfolio?.[1] && !/\b(?:vice|deputy|assistant)[\s-]+$/.test(trimmed.slice(0, portfolio.index + 1))
            ? ctx.ministryOf?.(portfolio[1].replace(/^defen[cs]e$/, 'defen[cs]e'))
            : undefined;
        // "President Moon Jae-in of the Republic of Korea", "Chairman Kim of the State Affairs
        // Commission": the body named right after the name.
        const ofBody =
          next && actor(next) && !person(next) && /^\s+of\s+(?:the\s+)?$/.test(lower.slice(m.end, next.start))
            ? next
            : undefined;
        if (ofBody && !bodyBefore && !state) {
          push(m, role, ofBody, start - modifiers, ofBody.end, 0.75, 'title-of-body');
        } else if (bodyBefore && word === 'ambassador' && ctx.kindOf(prev.entity) !== 'state') {
          // "China's U.N. Ambassador X": an ambassador to a body is a state's, not the body's.
          const owner = ambassadorsState(ctx, prev);
          if (owner) push(m, role, owner, owner.start, m.end, 0.75, 'ambassador-to-body');
        } else if (bodyBefore) {
          push(m, role, prev, prev.start, m.end, 0.8, 'title-after-org');
        } else if (prev && person(prev) && possessive && role === 'spokesperson of') {
          // "Moon's spokesman Yoon Young-chan": he speaks for the person.
          push(m, role, prev, prev.start, m.end, 0.75, 'person-spokesperson');
        } else if (/\bits$/.test(head)) {
          // "North Korea said its leader Kim", "... . Its leader, Kim Jong Un": the title of the state
          // or body named last before, in this sentence or, for an "its" opening it, the ones before.
          const at = m.start - before.length + head.length - 3;
          const opening = /^\s*$/.test(lower.slice(ctx.sentence.start, at));
          const owner = (opening ? mentionsSoFar(ctx) : ctx.mentions)
            .filter((x) => x.end <= at && actor(x) && !/^(?:person|group)$/.test(ctx.kindOf(x.entity) ?? ''))
            .pop();
          if (owner) push(m, role, owner, at, m.end, 0.6, 'its-title');
        } else if (state && ctx.typeOf(state)) {
          // From the demonym's first word ("North Korean official X").
          push(m, role, state, demonymAt ?? start, m.end, 0.8, 'demonym-title');
        } else if (/\bsecretary of state\s+$/.test(trimmed) && ctx.typeOf(US)) {
          // "Secretary of State Rex Tillerson": with no state named, the U.S. office of that name.
          push(m, role, US, start - modifiers, m.end, 0.6, 'secretary-of-state');
        } else if (ministry) {
          // "Unification Minister Hyun In-taek" where the text names the Unification Ministry: he heads it.
          push(m, 'leader of', ministry, start - modifiers, m.end, 0.6, 'minister-of-ministry');
        } else if (
          ctx.home &&
          // Only ministers and cabinet secretaries: "President Trump" in a story from Seoul is often
          // another state's.
          // ("Defense Secretary Jim Mattis" in a story from Washington: a cabinet secretary too.)
          (word === 'minister' ||
            /\b(?:cabinet|defen[cs]e|treasury|commerce|energy|homeland security) secretary\s+$/.test(
              trimmed,
            )) &&
          !/[a-z]+(?:ese|ian|an|ish|i)\s+\S*\s*$/.test(head) &&
          // ("Defense Minister Sergei Shoigu" in a story from Seoul is no Korean minister.)
          (!/korea/.test(ctx.home) || KOREAN_SURNAMES.has(m.text.split(/\s+/)[0] ?? ''))
        ) {
          // "Defense Minister Kim" in a story filed from Seoul: a minister of the home state.
          push(m, role, ctx.home, start - modifiers, m.end, 0.45, 'home-title');
        } else if (role === 'spokesperson of' || role === 'official of') {
          // "Vice Unification Minister X" serves no committee named before: a title naming a
          // portfolio is of a body of that portfolio.
          const portfolio = PORTFOLIO_WORD.exec(before.slice(-30))?.[0];
          const ofPortfolio = portfolio ? new RegExp(String.raw`\b${portfolio}\b`) : undefined;
          const org = [...ctx.earlier].reverse().find(
            (e) =>
              actor(e) &&
              !person(e) &&
              // ("American soldiers ... . National Security Adviser John Bolton": no group of people.)
              !/^(?:state|group)$/.test(ctx.kindOf(e.entity) ?? '') &&
              (!ofPortfolio || ofPortfolio.test(e.text.toLowerCase())),
          );
          if (org && ctx.earlier.indexOf(org) >= ctx.earlier.length - 4)
            push(m, role, org, start - modifiers, m.end, 0.45, 'title-earlier-org');
        }
      }
      // "Lee Jong-joo, a spokeswoman at the Unification Ministry"
      const appo =
        /^,?\s+(?:(?:a|an|the)\s+)?(?:[^,.;]{0,40}?\s)??([a-z]+)\s+(?:of [a-z]+ )?(?:at|of|for|from|with)\s+/.exec(
          after,
        );
      const role2 = appo?.[1]
        ? deputy(roleOf(appo[1]), appo[0].slice(0, appo[0].lastIndexOf(appo[1])))
        : undefined;
      const from = m.end + (appo ? appo.index + appo[0].length : 0);
      const org = mentions.find(
        (x) =>
          x.start >= from &&
          x.start - from < 40 &&
          actor(x) &&
          !person(x) &&
          !/^(?:state|city)$/.test(ctx.kindOf(x.entity) ?? ''),
      );
      const gapOk =
        org &&
        !mentions.some(
          (x) => x.start >= from && x.end <= org.start && (person(x) || ctx.kindOf(x.entity) === 'state'),
        );
      if (role2 && org && gapOk) push(m, role2, org, m.start, org.end, 0.8, 'apposition');
      // "Lee, South Korea's special representative", "Biegun, the U.S. special envoy": the role is
      // held for the state named first in the apposition.
      const stateNext = next && ctx.kindOf(next.entity) === 'state' ? next : undefined;
      if (stateNext && /^,\s+(?:the\s+)?$/.test(lower.slice(m.end, stateNext.start))) {
        const title = /^(?:'s)?\s+((?:[a-z-]+ ){0,3}[a-z-]+)/.exec(
          lower.slice(stateNext.end, Math.min(ctx.sentence.end, stateNext.end + 60)),
        );
        const words = title?.[1]?.split(' ') ?? [];
        const at = words.findIndex((w) => roleOf(w));
        const role3 = at >= 0 ? roleOf(words[at] ?? '') : undefined;
        const span = /^(?:'s)?\s+/.exec(lower.slice(stateNext.end))?.[0].length ?? 0;
        const end = stateNext.end + span + words.slice(0, at + 1).join(' ').length;
        // "Yoon, Japanese Prime Minister Fumio Kishida and ...": a title followed by its own name is
        // the next item of a list, no apposition; "Trump, China's official Xinhua news agency": nor
        // is a word that describes the name after it.
        const named =
          /^\s+[A-Z]/.test(ctx.folded.slice(end, end + 3)) ||
          mentions.some((x) => x.start >= end && /^\s*$/.test(lower.slice(end, x.start)));
        if (role3 && !named) push(m, role3, stateNext, m.start, end, 0.75, 'apposition-state');
      }
      // "Kim Jong Un, the leader of North Korea": the role is held for the state after "of".
      const ofState =
        stateNext && !(stateNext as { demonym?: boolean }).demonym
          ? /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+of\s+(?:the\s+)?$/.exec(
              lower.slice(m.end, stateNext.start),
            )
          : null;
      const role4 = ofState?.[1] ? roleOf(ofState[1]) : undefined;
      if (stateNext && role4 && !/^['’]s\b/.test(ctx.folded.slice(stateNext.end, stateNext.end + 2)))
        push(m, role4, stateNext, m.start, stateNext.end, 0.75, 'apposition-of-state');
      // "Kim Yong Chol, a senior North Korean official,": the state's official the apposition names
      // (read as the state acting, "North Korean official"); "a North Korea expert" is no one's.
      const agent =
        stateNext &&
        /^,\s+(?:the|an?)\s+(?:(?:senior|top|veteran|chief|leading|former)\s+)?$/.test(
          lower.slice(m.end, stateNext.start),
        )
          ? /\s(official|diplomat|negotiator|envoy|delegate)$/.exec(
              lower.slice(stateNext.start, stateNext.end),
            )
          : null;
      if (stateNext && agent?.[1] && /^,/.test(lower.slice(stateNext.end, stateNext.end + 1)))
        push(m, 'official of', stateNext, m.start, stateNext.end, 0.7, 'apposition-agent');
      // "the South Korean delegation, led by X": X acts for the state whose delegation it is.
      // "led by national security adviser X": a lower-case title may stand between.
      if (
        /\b(?:led|headed) by\s+(?:(?:[a-z-]+\s+){0,3}(?:adviser|advisor|minister|director|chief|official|envoy|secretary|negotiator)\s+)?$/.test(
          before,
        )
      ) {
        const delegation = [...mentions.slice(0, i)]
          .reverse()
          .find(
            (x) =>
              ctx.kindOf(x.entity) === 'state' &&
              m.start - x.end < 80 &&
              (/(?:delegation|team|negotiators)$/.test(lower.slice(x.start, x.end)) ||
                /^['’]s\s+(?:[a-z-]+\s+)?(?:delegation|team)\b/.test(lower.slice(x.end, x.end + 30))),
          );
        if (delegation) {
          push(m, 'official of', delegation, delegation.start, m.end, 0.7, 'delegation-led-by');
          // The delegation went to the talks the sentences just before named, when this one names none.
          const talks = mentions.some((x) => TALKS.test(ctx.kindOf(x.entity) ?? ''))
            ? undefined
            : recentEarlier(ctx)
                .filter((x) => TALKS.test(ctx.kindOf(x.entity) ?? ''))
                .pop();
          if (talks)
            push(m, 'participated in', talks, delegation.start, m.end, 0.45, 'delegation-led-by-talks');
        }
      }
      // "Kim was accompanied by his sister, Kim Yo Jong": the person the sentence is about.
      const kin = /\b(?:his|her)\s+(?:younger\s+|older\s+)?sister\s*,\s*$/.exec(before);
      const about = kin && mentions.slice(0, i).find((x) => person(x) && x.entity !== m.entity);
      if (kin && about) push(m, 'sister of', about, about.start, m.end, 0.7, 'his-sister');
      // "the sister of X" names an unnamed person: left to the reviewer; "X's sister Y" is a relation.
      if (prev && /^'s\s+(?:younger\s+|older\s+)?sister\s*,?\s*$/.test(lower.slice(prev.end, m.start)))
        push(m, 'sister of', prev, prev.start, m.end, 0.8, 'sister');
      // "the powerful sister of North Korean leader Kim": the unnamed person and the one named.
      if (/\bsister$/.test(lower.slice(m.start, m.end))) {
        const of = /^\s+of\s+(?:[^\s,.;]+\s+){0,4}$/;
        const named = mentions.find(
          (x) => x.start > m.end && person(x) && of.test(lower.slice(m.end, x.start)),
        );
        if (named) push(m, 'sister of', named, m.start, named.end, 0.7, 'sister-of');
      }
    }

    // "South Korea's Defense Ministry", "the North's powerful National Defense Commission", "South
    // Korean Defense Ministry": part of the state.
    if (
      actor(m) &&
      /(?:ministry|office|agency|command|bureau|department|commission|council|committee|service|assembly|army|navy)$/i.test(
        m.text,
      )
    ) {
      if (
        prev &&
        ctx.kindOf(prev.entity) === 'state' &&
        /^['’]s\s+(?:(?:powerful|official|main|top|state|state-run|ruling|national|new)\s+)?$/.test(
          lower.slice(prev.end, m.start),
        )
      )
        push(m, 'part of', prev, prev.start, m.end, 0.8, 'possessive-part');
      // "the South Korean Defense Ministry": from the demonym's first word.
      const demonym = demonymEnding(ctx, before.trimEnd());
      if (demonym && ctx.typeOf(demonym.state))
        push(
          m,
          'part of',
          demonym.state,
          m.start - before.length + demonym.index,
          m.end,
          0.7,
          'demonym-part',
        );
    }

    // "Seoul's Dongguk University": an institution in the city.
    if (
      actor(m) &&
      prev &&
      ctx.typeOf(prev.entity) === 'place' &&
      /^['’]s\s+$/.test(ctx.folded.slice(prev.end, m.start))
    )
      push(m, 'located in', prev, prev.start, m.end, 0.6, 'possessive-place');
    // "with rival North Korea": the named actor is the rival of the clause's subject.
    if (actor(m) && /\b(rival|ally)\s+$/.test(before)) {
      const kind = /\brival\s+$/.test(before) ? 'rival of' : 'ally of';
      const subject = mentions
        .slice(0, i)
        .find((x) => actor(x) && ctx.kindOf(x.entity) === ctx.kindOf(m.entity));
      if (subject)
        push(
          m,
          kind,
          subject,
          m.start - (before.length - before.lastIndexOf(kind.split(' ')[0] ?? '')),
          m.end,
          0.7,
          kind,
        );
    }

    // "The Unification Ministry is part of the South Korean government": said outright.
    if (
      actor(m) &&
      !person(m) &&
      next &&
      actor(next) &&
      !person(next) &&
      /^\s+(?:is|are|was|were|remains)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?$/.test(
        lower.slice(m.end, next.start),
      )
    )
      push(m, 'part of', next, m.start, next.end, 0.7, 'is-part-of');
    // "Russia and North Korea, now close allies, ...": the two named before are each other's allies.
    if (actor(m) && prev && actor(prev) && ctx.kindOf(m.entity) === ctx.kindOf(prev.entity)) {
      const allies =
        /^,\s+(?:now\s+)?(?:(?:close|closest|old|longtime|staunch|traditional)\s+)?(allies|rivals)\b/.exec(
          after,
        );
      if (allies?.[1] && /^\s+and\s+$/.test(lower.slice(prev.end, m.start)))
        push(
          prev,
          allies[1] === 'allies' ? 'ally of' : 'rival of',
          m,
          prev.start,
          m.end + allies[0].length,
          0.65,
          'pair-allies',
        );
    }
    // "China, North Korea's main ally": the apposition says the first is the second's ally.
    if (actor(m) && next && actor(next) && ctx.kindOf(m.entity) === ctx.kindOf(next.entity)) {
      const said = /^,\s+(?:the\s+)?$/.test(lower.slice(m.end, next.start))
        ? /^['’]s\s+(?:(?:main|closest|key|only|chief|traditional|longtime|staunchest|biggest|old|treaty)\s+){0,2}(ally|rival)\b/.exec(
            ctx.folded.slice(next.end, next.end + 40).toLowerCase(),
          )
        : null;
      if (said?.[1])
        push(
          m,
          `${said[1]} of`,
          next,
          m.start,
          next.end + said.index + said[0].length,
          0.7,
          `apposition-${said[1]}`,
        );
    }

    const type = ctx.typeOf(m.entity);
    // "talks at Panmunjom", "drills in South Korea": where an event was held.
    if (type === 'event' && next) {
      const gap = lower.slice(m.end, next.start);
      // A demonym ("at a North Korean border town") names the state, not the place.
      const demonym = (next as { demonym?: boolean }).demonym === true;
      // "near the South's border island": the possessor is not where; "in protest at the North":
      // a state is where an event is held only "in" it.
      const possessor = /^['’]s\b/.test(ctx.folded.slice(next.end, next.end + 2));
      const atState = ctx.kindOf(next.entity) === 'state' && !/\bin\s+(?:the\s+)?$/.test(gap);
      // "a televised address from the War Memorial": a speech is given where it is given from.
      const from = ctx.kindOf(m.entity) === 'speech' && /^\s+from\s+(?:the\s+)?$/.test(gap);
      // "families separated by the Korean War at a mountain resort": a war is fought in a place,
      // and what follows "at" belongs to something else.
      const warAt = ctx.kindOf(m.entity) === 'war' && !/^\s+in\b/.test(gap);
      // "their summit on Sentosa island": an island is where things happen "on".
      const onIsland = ctx.kindOf(next.entity) === 'island' && /^\s+on\s+(?:the\s+)?$/.test(gap);
      const held =
        (EVENT_PLACE_GAP.test(gap) || EVENT_WHICH_HELD.test(gap) || from || onIsland) &&
        ctx.typeOf(next.entity) !== 'event' &&
        !demonym &&
        !possessor &&
        !atState &&
        !warAt;
      if (held) push(m, 'held at', next, m.start, next.end, 0.65, 'event-at');
      // "drills between South Korea and the United States", "drills with the United States".
      // "a meeting in Panmunjom between Moon and Kim": the parties come after where it was held.
      const afterPlace = mentions[i + 2];
      const placeFirst =
        held &&
        afterPlace &&
        actor(afterPlace) &&
        ctx.typeOf(next.entity) === 'place' &&
        withParty(lower.slice(next.end, afterPlace.start));
      if ((withParty(gap) && actor(next)) || placeFirst) {
        const first = placeFirst ? i + 2 : i + 1;
        // "between Kim's father, Kim Jong Il, and ...": the one the possessive describes, named after it.
        const [owner, described] = [mentions[first], mentions[first + 1]];
        const kin =
          !!owner &&
          !!described &&
          /^['’]s\s+[a-z-]+\s*,\s*$/.test(ctx.folded.slice(owner.end, described.start));
        const firstParty = mentions[kin ? first + 1 : first] ?? next;
        // "a summit with North Korean leader Kim Jong Un": the person, not the state of his title.
        const at = kin ? first + 1 : first;
        const k = titledPerson(firstParty, mentions[at + 1]) ? at + 1 : at;
        const party = mentions[k] ?? firstParty;
        push(party, partyRelation(ctx, m), m, m.start, party.end, 0.6, 'event-with');
        const talks = TALKS.test(ctx.kindOf(m.entity) ?? '');
        // "Kim's second summit with President Trump", "his first meeting with Putin": the two met.
        const host = ownerOf(m, prev);
        if (talks && host && person(host) && person(party))
          push(host, 'met with', party, host.start, party.end, 0.55, 'summit-with');
        // "… with Kim Jong Un in the border village of Panmunjom", "… collapsed in Hanoi".
        const after = placeFirst ? next : mentions[k + 1];
        const place =
          after &&
          ctx.typeOf(after.entity) === 'place' &&
          (placeFirst ||
            /^\s+(?:[a-z]+\s+)?(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?$/.test(
              lower.slice(party.end, after.start),
            ))
            ? after
            : undefined;
        if (place) {
          if (!placeFirst) push(m, 'held at', place, m.start, place.end, 0.55, 'event-with-at');
          // The sides of talks held at a place met there: "Moon's first summit with Kim in Panmunjom".
          if (talks) {
            push(party, 'met at', place, m.start, Math.max(place.end, party.end), 0.5, 'event-with-met-at');
            if (prev && actor(prev) && /^['’]s\s+$/.test(ctx.folded.slice(prev.end, m.start)))
              push(prev, 'met at', place, prev.start, place.end, 0.5, 'event-with-met-at');
          }
        }
        // "between Kim and U.S. President Donald Trump", "between Yoon, Japanese Prime Minister
        // Kishida and U.S. President Biden": each further party of the list (the person, not the
        // state of the title).
        let last = party;
        for (let j = k + 1; j < mentions.length;) {
          const next = mentions[j];
          if (!next || !actor(next) || !LIST_GAP.test(lower.slice(last.end, next.start))) break;
          // "with Trump, China's official news agency reported": a possessive after a comma starts
          // another phrase, not the next party.
          if (/^\s*,\s*$/.test(lower.slice(last.end, next.start)) && /^['’]s\b/.test(lower.slice(next.end)))
            break;
          const titled = titledPerson(next, mentions[j + 1]);
          const who = titled ?? next;
          push(who, partyRelation(ctx, m), m, m.start, who.end, 0.6, 'event-between');
          // "a meeting between Kim and President Trump": the two met.
          if (person(party) && person(who) && talks)
            push(party, 'met with', who, party.start, who.end, 0.55, 'meeting-between');
          // "a meeting in Panmunjom between Moon and Kim": each side met there.
          if (placeFirst && place && talks)
            push(who, 'met at', place, m.start, who.end, 0.5, 'event-with-met-at');
          last = who;
          j += titled ? 2 : 1;
        }
      }
    }
    if (
      type === 'event' &&
      next &&
      actor(next) &&
      !person(next) &&
      ctx.kindOf(next.entity) !== 'state' &&
      /^(?:meeting|congress)$/.test(ctx.kindOf(m.entity) ?? '') &&
      MEETING_OF.test(lower.slice(m.end, next.start))
    )
      push(next, 'hosted', m, m.start, next.end, 0.6, 'meeting-of');
    // "North Korea's talks with the US", "Japan's annual drills": the owner took part.
    const owner = type === 'event' ? ownerOf(m, prev) : undefined;
    if (
      owner &&
      actor(owner) &&
      !(owner as { demonym?: boolean }).demonym &&
      PARTY_EVENTS.test(ctx.kindOf(m.entity) ?? '')
    )
      push(owner, 'participated in', m, owner.start, m.end, 0.6, 'possessive-event');
    // "on his fourth visit to China", "Putin's first trip to Pyongyang": the owner visited it.
    const to = next && /^\s+to\s+(?:the\s+)?$/.test(lower.slice(m.end, next.start)) ? next : undefined;
    if (
      owner &&
      actor(owner) &&
      ctx.kindOf(m.entity) === 'visit' &&
      to &&
      !(to as { demonym?: boolean }).demonym &&
      (ctx.typeOf(to.entity) === 'place' || ctx.kindOf(to.entity) === 'state')
    )
      push(owner, 'visited', to, owner.start, to.end, 0.6, 'possessive-visit');
    // "signed by Moon and Kim at their summit": "their" event is the two people just named together's
    // (the passage runs from the first of them to the event).
    const their =
      type === 'event' &&
      PARTY_EVENTS.test(ctx.kindOf(m.entity) ?? '') &&
      (/^their\s/.test(lower.slice(m.start, m.end)) ||
        /\btheir\s+(?:[a-z-]+\s+){0,2}$/.test(
          lower.slice(Math.max(ctx.sentence.start, m.start - 30), m.start),
        ));
    const [a, b] = their
      ? ctx.leaders
        ? ctx.leaders.map((id) => mentions.find((x) => x.entity === id && x.end <= m.start))
        : // "Seoul and Washington prepared for their annual drills": the two named together before.
          (lastJoinedActors(
            ctx,
            mentions.filter((x) => x.end <= m.start && !x.demonym),
            /^\s+and\s+(?:the\s+)?$/,
          ) ?? [])
      : [];
    if (a && b) {
      const from = Math.min(a.start, b.start);
      for (const who of [a, b]) push(who, 'participated in', m, from, m.end, 0.5, 'their-event');
      // Two people at their own talks or summit met.
      if (TALKS.test(ctx.kindOf(m.entity) ?? '')) push(a, 'met with', b, from, m.end, 0.5, 'their-event');
    }
    // "U.S. sanctions on North Korea", "the UN's new sanctions against Iran": who sanctioned whom.
    const nextActor = mentions.slice(i + 1).find((x) => actor(x) && x.start - m.end < 60);
    if (actor(m) && nextActor && !(nextActor as { demonym?: boolean }).demonym) {
      const words = ctx.folded.slice(m.end, nextActor.start).toLowerCase();
      // Only modifiers between ("new", "economic"): "lifted the sanctions on" is no sanction.
      const m2 = /^(?:'s)?\s+((?:[a-z-]+\s+){0,2})sanctions\s+(?:on|against)\s+(?:the\s+)?$/.exec(words);
      const modifiers = (m2?.[1] ?? '').split(/\s+/).filter(Boolean);
      if (m2 && modifiers.every((w) => !/(?:ed|ing)$|^(?:the|a|an|its|their|lifts?|eases?|ends?)$/.test(w)))
        push(m, 'sanctioned', nextActor, m.start, nextActor.end, 0.6, 'sanctions-on');
    }
    // "the games, to be held in PyeongChang": the event before "held in" took place there.
    if (ctx.typeOf(m.entity) !== 'event' && /\bheld\s+(?:in|at|near)\s+(?:the\s+)?$/.test(before)) {
      const event = [...mentions.slice(0, i)].reverse().find((x) => ctx.typeOf(x.entity) === 'event');
      if (event && m.start - event.end < 80) push(event, 'held at', m, event.start, m.end, 0.6, 'held-in');
    }
    // "the North's Mount Kumgang", "China's Dandong", "South Korea's Jeju Island": a state's place.
    if (
      type === 'place' &&
      prev &&
      ctx.kindOf(prev.entity) === 'state' &&
      !(prev as { demonym?: boolean }).demonym &&
      /^['’]s\s+(?:[a-z-]+\s+){0,2}$/.test(ctx.folded.slice(prev.end, m.start).toLowerCase()) &&
      !/\bof\s+$/.test(ctx.folded.slice(prev.end, m.start).toLowerCase())
    )
      push(m, 'located in', prev, prev.start, m.end, 0.6, 'possessive-state-place');
    // "the North Korean city of Kaesong", "the border town of Kaesong in North Korea": the place
    // is in the state the adjective names; "an office in the North Korean city of Kaesong" is in
    // Kaesong, not merely in the state.
    if (type === 'place') {
      const of =
        /\b(?:the\s+)?((?:[a-z.-]+\s+){0,3})(?:city|town|village|port|county|province|island|region|capital)\s+of\s+$/.exec(
          before,
        );
      const state = of ? demonymEnding(ctx, (of[1] ?? '').trim())?.state : undefined;
      if (of && state && ctx.typeOf(state))
        push(m, 'located in', state, m.start - (before.length - of.index), m.end, 0.65, 'city-of-state');
      // "the South's border island of Yeonpyeong": the state named as owner.
      const owner = mentions
        .slice(0, i)
        .reverse()
        .find((x) => ctx.kindOf(x.entity) === 'state');
      if (
        owner &&
        /^['’]s\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|port|county|province|island|region)\s+of\s+$/.test(
          ctx.folded.slice(owner.end, m.start).toLowerCase(),
        )
      )
        push(m, 'located in', owner, owner.start, m.end, 0.65, 'possessive-city-of');
    }
    // "Kaesong is a North Korean border city", "Panmunjom, a truce village inside the Demilitarized
    // Zone": a place described as a town of a state, or one in another place, lies in it.
    if (
      type === 'place' &&
      next &&
      (ctx.typeOf(next.entity) === 'place' || ctx.kindOf(next.entity) === 'state')
    ) {
      const gap = lower.slice(m.end, next.start);
      const town = String.raw`(?:city|town|village|port|county|province|island|region|resort)`;
      const kindAfter = new RegExp(String.raw`^\s+(?:[a-z-]+\s+)?${town}\b`).exec(
        lower.slice(next.end, next.end + 30),
      );
      const ofState =
        (next as { demonym?: boolean }).demonym === true &&
        new RegExp(String.raw`^(?:,\s+|\s+is\s+)(?:a|an|the)\s+(?:[a-z-]+\s+)?$`).test(gap) &&
        kindAfter !== null;
      const inPlace = new RegExp(
        String.raw`^(?:,\s+|\s+is\s+)(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?${town}\s+(?:in|inside|on)\s+(?:the\s+)?$`,
      ).test(gap);
      const end = ofState && kindAfter ? next.end + kindAfter[0].length : next.end;
      if (ofState || inPlace) push(m, 'located in', next, m.start, end, 0.6, 'place-described');
    }
    // "a joint liaison office in the North Korean city of Kaesong", "the line in the truce village
    // of Panmunjom": the town named after the words for its kind.
    const town =
      type === 'place'
        ? mentions.find(
            (x) =>
              x.start > m.end &&
              ctx.typeOf(x.entity) === 'place' &&
              /^\s+(?:in|at|inside)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:city|town|port|village|county|province|region)\s+of\s+$/.test(
                lower.slice(m.end, x.start),
              ),
          )
        : undefined;
    if (town) push(m, 'located in', town, m.start, town.end, 0.6, 'place-in');
    // "Kaesong, North Korea", "Panmunjom in the Demilitarized Zone", "the Mount Kumgang resort in
    // North Korea": located in.
    if (
      type === 'place' &&
      next &&
      /^(?:,\s+|(?:\s+(?:resort|area|region|site|zone|complex))?\s+(?:in|at|inside)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown|north|south|east|west)\s+)?)$/.test(
        lower.slice(m.end, next.start),
      )
    ) {
      const gap = lower.slice(m.end, next.start);
      // "in the North Korean city of Kaesong": the adjective names no place it is in.
      // "in the East China Sea, Japan's Foreign Ministry said": a possessor starts another phrase.
      // ("at the village of Panmunjom, the North expressed regret": the subject of a clause.)
      const state =
        ctx.kindOf(next.entity) === 'state' &&
        !(next as { demonym?: boolean }).demonym &&
        !/^['’]s\b/.test(ctx.folded.slice(next.end, next.end + 2)) &&
        !(
          gap.startsWith(',') &&
          /^\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b/.test(lower.slice(next.end, next.end + 30))
        );
      if (state || (ctx.typeOf(next.entity) === 'place' && /\b(?:in|at|inside)\b/.test(gap)))
        push(m, 'located in', next, m.start, next.end, 0.6, 'place-in');
    }
    // "the North's threat", "X's decision to reopen": a possessive subject of an event noun is handled by the verb patterns.
    void after;
  });
  return out;
}
