import { foldTypography } from '../text/normalize';
import {
  ACT_VERBS,
  EVENT_HEADS,
  MASS_EVENTS,
  KOREAN_SURNAMES,
  SURNAME_FIRST,
  NOT_NAMES,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PORTFOLIOS,
} from './lexicon';
import { slug } from './gazetteer';
import { actOnKnown, findActs, findFirings, findToldActs } from './acts';
import { findGroups } from './groups';
import type { KnownIndex } from './known';
import { findName, nameKey, surnameOf } from './names';
import type { EntityCandidate, KnownEntity, LinkReason, Mention, TextRange, Token } from './types';
import type { Tokenized } from './tokenize';
import { addMention, Registry, type Scan } from './registry';

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const isCap = (s: string) => /^\p{Lu}/u.test(s);

/** Groups tokens glued by hyphens ("Jong", "-", "un") into one word. */
interface Word extends TextRange {
  text: string;
  first: number;
  last: number;
}

function wordsOf(tokens: readonly Token[], text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = out[out.length - 1];
    // "Kim Yo-jong" (a hyphen), "Korean People's Army" ("People's" is part of names, no possessive).
    const glue =
      prev &&
      prev.end === t.start &&
      (t.text === '-' || text[prev.end - 1] === '-' || (prev.text === 'People' && /^['’]s$/.test(t.text)));
    if (prev && glue) {
      prev.end = t.end;
      prev.last = i;
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ start: t.start, end: t.end, text: t.text, first: i, last: i });
  }
  return out;
}

/**
 * Finds entity mentions in the tokenized text and links them: names of known nodes (any
 * spelling), capitals and "the North" standing for their state, surnames after a full name, then
 * new people, organizations, places and events found from capitalized runs and event nouns.
 */
export function findEntities(
  text: string,
  tok: Tokenized,
  known: KnownIndex,
  within: readonly TextRange[],
): EntityCandidate[] {
  const folded = foldTypography(text);
  const reg = new Registry(known);
  const taken: Mention[] = [];
  const free = (r: TextRange) => !taken.some((t) => overlaps(t, r));
  // Free, and inside the article's body.
  const freeInBody = (r: TextRange) => free(r) && within.some((w) => r.start >= w.start && r.end <= w.end);
  const tokenAt = new Map<number, number>();
  tok.tokens.forEach((t, i) => tokenAt.set(t.start, i));
  const tokenEndingAt = new Map<number, number>();
  tok.tokens.forEach((t, i) => tokenEndingAt.set(t.end, i));

  const titleCase = titleCaseLines(text);
  const inTitleCase = (r: TextRange) => titleCase.some((l) => r.start >= l.start && r.start < l.end);
  // 1. Names of known nodes, longest first where they overlap.
  const hits: (TextRange & { id: string; exact: boolean })[] = [];
  for (const k of known.entities.values()) {
    for (const name of new Set([k.label, ...k.aliases])) {
      for (const r of findName(folded, name, within)) {
        hits.push({ ...r, id: k.id, exact: folded.slice(r.start, r.end) === foldTypography(name) });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // "the U.S. National Security Council": a known organization's name ("Security Council") inside a
  // longer capitalized name is not that organization (a demonym or a title before it is no name).
  const insideLongerOrgName = (h: TextRange & { id: string }) => {
    const k = known.entities.get(h.id);
    const i = tokenAt.get(h.start);
    const prev = i === undefined ? undefined : tok.tokens[i - 1];
    const before = i === undefined ? undefined : tok.tokens[i - 2];
    return (
      !!k &&
      k.type === 'actor' &&
      k.kind !== 'person' &&
      k.kind !== 'state' &&
      /\s/.test(text.slice(h.start, h.end)) &&
      !inTitleCase(h) &&
      !!prev &&
      prev.sentence === tok.tokens[i ?? 0]?.sentence &&
      /^\s+$/.test(text.slice(prev.end, h.start)) &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
      !NOT_NAMES.has(prev.text) &&
      !PERSON_TITLES.has(prev.text.toLowerCase()) &&
      !known.demonyms.has(prev.text) &&
      !known.demonyms.has(`${before?.text ?? ''} ${prev.text}`)
    );
  };
  // "Kim Il Sung Square", "Kim Il Sung University": a person's name that begins a place's or a
  // body's is not that person.
  const beginsLongerName = (h: TextRange & { id: string }) => {
    if (known.entities.get(h.id)?.kind !== 'person') return false;
    const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(h.end, h.end + 30))?.[1]?.toLowerCase() ?? '';
    return PLACE_HEADS[next] !== undefined || ORG_HEADS.has(next);
  };
  // "the 2032 Summer Olympics" is not the graph's "1988 Summer Olympics": a year before the name
  // that the node's own name or id does not carry names another edition.
  const otherYear = (h: TextRange & { id: string }) =>
    yearBefore(folded, h.start, known.entities.get(h.id)) !== undefined;
  const inLongerName = (h: TextRange & { id: string }) =>
    partOfLongerName(h, tok, tokenAt, text, inTitleCase(h)) ||
    insideLongerOrgName(h) ||
    beginsLongerName(h) ||
    otherYear(h);
  // A bare surname the graph knows ("Lee" for Lee Myung-bak) waits when the text also names
  // someone else of that surname in full ("Lee Do-hoon"): see step 4b.
  const bareSurname = (h: TextRange & { id: string }) => {
    const k = known.entities.get(h.id);
    const word = text.slice(h.start, h.end);
    return k?.kind === 'person' && !/\s/.test(word) && surnameOf(k.label) === word ? word : undefined;
  };
  const sharedSurnames = new Set(
    hits
      .filter(
        (h) =>
          bareSurname(h) &&
          inLongerName(h) &&
          !hits.some(
            (o) => o.id === h.id && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
          ),
      )
      .map((h) => text.slice(h.start, h.end)),
  );
  const waiting: (TextRange & { id: string; exact: boolean })[] = [];
  for (const h of hits) {
    if (!free(h) || inLongerName(h)) continue;
    if (sharedSurnames.has(bareSurname(h) ?? '')) {
      waiting.push(h);
      continue;
    }
    let id = h.id;
    let reason: LinkReason = h.exact ? 'name' : 'variant';
    const state = known.capitals.get(text.slice(h.start, h.end));
    // "a summit in Hanoi collapsed": after "in", "at" or "near" a capital is where, whatever follows.
    const where = /\b(?:in|at|near)\s+(?:(?:central|northern|southern|eastern|western|downtown)\s+)?$/i.test(
      folded.slice(Math.max(0, h.start - 18), h.start),
    );
    if (
      state &&
      !where &&
      (actsAsGovernment(tok, tokenEndingAt.get(h.end), text) ||
        PASSIVE_AGENT.test(folded.slice(Math.max(0, h.start - 60), h.start)) ||
        COUNTERPART.test(folded.slice(Math.max(0, h.start - 60), h.start)))
    ) {
      id = state;
      reason = 'metonym';
    }
    const e = reg.known_(id);
    if (e) addMention(e, h, text, reason, taken);
  }

  // 2. "the North", "North's": the state, where the graph or gazetteer knows it.
  // ("the communist North", "the nuclear-armed North": adjectives between; "North and South Korea",
  // "North, South Korea": the first word names the North.)
  for (const m of folded.matchAll(
    /\b(?:[Tt]he (?:[a-z]+(?:-[a-z]+)? ){0,2})?(North|South)(?=(?:'s)?\b)(?! Korea)/g,
  )) {
    const bare = !/^the /i.test(m[0]);
    const rest = folded.slice(m.index + m[0].length);
    const paired = m[1] === 'North' && /^(?:,| and) South Korean?\b/.test(rest);
    if (bare && !rest.startsWith("'s") && !paired) continue;
    const r = { start: m.index, end: m.index + m[0].length };
    const inside = within.some((w) => r.start >= w.start && r.end <= w.end);
    const e = reg.known_(m[1] === 'North' ? 'north-korea' : 'south-korea');
    if (inside && e && free(r)) addMention(e, r, text, 'metonym', taken);
  }

  // 2b. Unnamed people described by nationality: "a North Korean soldier", "46 South Koreans".
  for (const g of findGroups(folded, [...known.demonyms.keys()], within)) {
    if (!free(g)) continue;
    const e = reg.ensure(slug(g.label), () => ({
      type: 'actor',
      kind: g.kind,
      label: g.label,
      aliases: [],
      existing: false,
    }));
    e.confidence = Math.max(e.confidence, 0.5);
    addMention(e, g, text, 'new', taken);
  }

  // 2c. "the country", "the isolated nation", "the reclusive state": the state the text is about.
  for (const m of folded.matchAll(COUNTRY_WORDS)) {
    const r = { start: m.index, end: m.index + m[0].length };
    // "the state media", "the country of origin": a noun or "of" after it makes it another thing.
    if (
      !freeInBody(r) ||
      /^(?:\s+of\b|[\s-]+(?:media|news|run|owned|agency|television|tv|visit|dinner|banquet|funeral|department)\b)/i.test(
        folded.slice(r.end, r.end + 14),
      )
    )
      continue;
    // The state the text is about so far: named most often ("U.S." in "U.S. President Donald Trump"
    // names the president's state, not the subject), the one named last among equals.
    const named = taken.filter(
      (t) =>
        t.end <= r.start &&
        reg.byId.get(t.entity)?.kind === 'state' &&
        !TITLE_AFTER_STATE.test(folded.slice(t.end, t.end + 24)),
    );
    const count = new Map<string, number>();
    for (const t of named) count.set(t.entity, (count.get(t.entity) ?? 0) + 1);
    const last = (id: string) => Math.max(...named.filter((t) => t.entity === id).map((t) => t.start));
    const topic = [...count.keys()].sort(
      (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || last(b) - last(a),
    )[0];
    const state = topic && reg.byId.get(topic);
    if (state) addMention(state, r, text, 'reference', taken);
  }

  // 2d. "the agents", "the soldiers": the latest group or person described with that word.
  for (const m of folded.matchAll(/\b[Tt]he\s+([a-z]+)\b/g)) {
    const word = m[1] ?? '';
    const r = { start: m.index, end: m.index + m[0].length };
    if (!freeInBody(r)) continue;
    const singular = word.replace(/(?:s|men)$/, (x) => (x === 'men' ? 'man' : ''));
    const described = [...reg.byId.values()]
      .filter(
        (e) =>
          !e.existing &&
          e.type === 'actor' &&
          (e.kind === 'group' || e.kind === 'person') &&
          e.mentions.some((x) => x.start < r.start) &&
          new RegExp(`\\b${singular}(?:s|men)?$`, 'i').test(e.label) &&
          (e.kind === 'group') === (word !== singular),
      )
      .sort(
        (a, b) => Math.max(...b.mentions.map((x) => x.start)) - Math.max(...a.mentions.map((x) => x.start)),
      )[0];
    if (described && singular.length > 2) addMention(described, r, text, 'new', taken);
  }

  const lastOffice = new Map<string, string>();
  // 3. New names: runs of capitalized words that no known node claims. A line in title case
  // ("Seoul's Envoys Return From Pyongyang With a Summit Offer") capitalizes common words: no new
  // name is read from it. Single words that are the surname of a person named in full are left to
  // step 4 ("According to Chung" after "Chung Eui-yong").
  for (const s of tok.sentences) {
    if (inTitleCase(s)) continue;
    const words = wordsOf(tok.tokens, text, s.firstToken, s.endToken);
    for (let i = 0; i < words.length; i++) {
      const run: Word[] = [];
      let j = i;
      while (j < words.length) {
        const w = words[j];
        // "Korean People's Army": "Korean" starts a name only before "People's".
        const peoples = w?.text === 'Korean' && /^People['’]s$/.test(words[j + 1]?.text ?? '');
        // "Vietnamese President To Lam": a short word right after a title, before a name, is part of it.
        const named =
          run.length === 0 &&
          /^[A-Z][a-z]$/.test(w?.text ?? '') &&
          PERSON_TITLES.has(words[j - 1]?.text.toLowerCase() ?? '') &&
          isCap(words[j + 1]?.text ?? '');
        if (!w || !isCap(w.text) || (NOT_NAMES.has(w.text) && !peoples && !named) || !free(w)) break;
        // A title opens no name ("President Moon": the name is what follows it), unless a word for
        // a body follows it ("General Council").
        if (
          PERSON_TITLES.has(w.text.toLowerCase()) &&
          run.length === 0 &&
          !ORG_HEADS.has(words[j + 1]?.text.toLowerCase() ?? '')
        )
          break;
        run.push(w);
        j++;
      }
      // A lower-case word right after the name that says what it names ("treaty", "island").
      const takeHead = (head: RegExp) => {
        const w = words[j];
        if (
          run.length > 0 &&
          w &&
          free(w) &&
          w.start === (run[run.length - 1]?.end ?? 0) + 1 &&
          head.test(w.text)
        ) {
          run.push(w);
          j++;
        }
      };
      // "Hankuk University of Foreign Studies", "Ministry of Unification": an institution's "of" name.
      const headWord = run[run.length - 1]?.text.toLowerCase() ?? '';
      if (
        run.length > 0 &&
        (ORG_HEADS.has(headWord) || headWord === 'ministry' || PLACE_HEADS[headWord] === 'monument') &&
        /^(?:of|for)$/.test(words[j]?.text ?? '')
      ) {
        let k = j + 1;
        const tail: Word[] = [];
        // "University of North Korean Studies": a state's words may stand inside such a name.
        const inName = (w: string) => !NOT_NAMES.has(w) || /^(?:North|South|Korean?)$/.test(w);
        // ("Group of 20": a number may follow the "of".)
        const number = (w: string, prev: string | undefined) => prev === undefined && /^\d{1,2}$/.test(w);
        // "Committee for the Peaceful Reunification of the Country": "the", and further "of" or
        // "for" phrases, may stand inside.
        const joiner = (w: string, prev: string | undefined) =>
          (w === 'the' && (prev === undefined || prev === 'of' || prev === 'for')) ||
          ((w === 'of' || w === 'for') && prev !== undefined && isCap(prev));
        while (k < words.length) {
          const w = words[k];
          if (!w || !free(w)) break;
          const prev = tail[tail.length - 1]?.text;
          if (!joiner(w.text, prev) && !number(w.text, prev) && (!isCap(w.text) || !inName(w.text))) break;
          tail.push(w);
          k++;
        }
        // A name ends on a word of its own: not "the", "of", "North".
        const loose = (w: string) => NOT_NAMES.has(w) || /^(?:the|of|for)$/.test(w);
        while (tail.length > 0 && loose(tail[tail.length - 1]?.text ?? '')) {
          tail.pop();
          k--;
        }
        const of = words[j];
        if (tail.length > 0 && of) {
          run.push(of, ...tail);
          j = k;
          // "the Group of 20 summit": a gathering of the body, named with it.
          takeHead(/^(?:summit|meeting|talks|conference)$/);
        }
      }
      // "a Comprehensive Strategic Partnership treaty": a lower-case word for a pact after a new name
      // makes it the pact's name.
      takeHead(/^(?:treaty|agreement|pact|accord)$/);
      // "Sentosa island", "Gangwon province": a lower-case place word after a new name belongs to it.
      takeHead(LOWER_PLACE_HEADS);
      if (run.length === 0) continue;
      i = j - 1;
      // "North Korean Vice Foreign Minister Pak Myong-ho", "Secretary of State Marco Rubio": the
      // name is what follows the title (the office before it is no name of its own).
      const title = run.findLastIndex(
        (w, k) => k < run.length - 1 && PERSON_TITLES.has(w.text.toLowerCase()),
      );
      if (title >= 0 && !ORG_HEADS.has(run[run.length - 1]?.text.toLowerCase() ?? ''))
        run.splice(0, title + 1);
      const before = words[words.indexOf(run[0] as Word) - 1];
      const office = words[words.indexOf(run[0] as Word) - 2];
      if (
        run.length >= 3 &&
        before?.text === 'of' &&
        PERSON_TITLES.has(office?.text.toLowerCase() ?? '') &&
        OFFICE_OBJECTS.has(run[0]?.text ?? '')
      )
        run.splice(0, 1);
      const prev = words[run[0] === undefined ? 0 : words.indexOf(run[0]) - 1];
      const next = words[j];
      const candidate = classify(run, prev, next, tok.tokens, words);
      if (!candidate) continue;
      // ("Ministry spokesman Koo": a body's word alone names no body of its own; step 3c links it.)
      if (run.length === 1 && BODY_WORD.test(run[0]?.text ?? '')) continue;
      if (
        run.length === 1 &&
        candidate.type !== 'actor' &&
        [...reg.byId.values()].some(
          (e) => e.kind === 'person' && e.mentions.length > 0 && surnameOf(e.label) === run[0]?.text,
        )
      )
        continue;
      const r = { start: run[0]?.start ?? 0, end: run[run.length - 1]?.end ?? 0 };
      // "the 2032 Summer Olympics": another edition than the graph's, named with its year.
      const edition = yearBefore(
        folded,
        r.start,
        known.entities.get(existingByKey(known, text.slice(r.start, r.end)) ?? ''),
      );
      if (edition !== undefined) r.start -= edition.length + 1;
      const named = text.slice(r.start, r.end).replace(/\s+/g, ' ');
      // "Japan's Foreign Ministry" and "China's Foreign Ministry" are two ministries: an office every
      // state has is named with the state the text gives it ("Foreign Ministry of Japan"), and a
      // bare one after that is the last one so named.
      const generic = !existingByKey(known, named) && GENERIC_OFFICE.test(named);
      const ownerState = generic ? stateBefore(folded, r.start, known) : undefined;
      const label = ownerState ? `${named} of ${ownerState}` : named;
      const id =
        existingByKey(known, label) ??
        (generic && !ownerState ? lastOffice.get(named) : undefined) ??
        slug(label);
      if (ownerState) lastOffice.set(named, id);
      const e =
        reg.known_(id) ??
        reg.ensure(id, () => ({
          type: candidate.type,
          kind: candidate.kind,
          label,
          aliases: [],
          existing: false,
        }));
      if (!e.existing) e.confidence = Math.max(e.confidence, candidate.confidence);
      addMention(e, r, text, e.existing ? 'variant' : 'new', taken);
    }
  }

  // 3b. "North Korea's foreign ministry", "the Chinese defense ministry": an office every state
  // has, written in lower case, is that state's (named as step 3 names "Japan's Foreign Ministry").
  for (const m of folded.matchAll(LOWER_OFFICE)) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (!freeInBody(r)) continue;
    const owner = stateBefore(folded, r.start, known);
    if (!owner) continue;
    const named = m[0].split(' ').map(capitalized).join(' ');
    const label = `${named} of ${owner}`;
    const id = existingByKey(known, label) ?? slug(label);
    const e =
      reg.known_(id) ??
      reg.ensure(id, () => ({ type: 'actor', kind: 'organization', label, aliases: [], existing: false }));
    if (!e.existing) e.confidence = Math.max(e.confidence, 0.6);
    lastOffice.set(named, id);
    addMention(e, r, text, e.existing ? 'variant' : 'new', taken);
  }

  // 3c. "the ministry", "the agency", "Ministry spokesman Koo": the latest body named with that word.
  for (const m of folded.matchAll(BODY_REFERENCE)) {
    const head = m[1] ?? m[2] ?? '';
    const r = { start: m.index + m[0].length - head.length, end: m.index + m[0].length };
    if (!freeInBody(r)) continue;
    const word = new RegExp(`\\b${head}\\b`, 'i');
    const body = namedLastBefore(
      reg,
      r.start,
      (e) => e.type === 'actor' && e.kind !== 'state' && e.kind !== 'person' && word.test(e.label),
    );
    if (body) addMention(body, r, text, 'reference', taken);
  }

  // 4a. "President Moon", "Chairman Kim": a title and the surname of exactly one known person.
  linkTitledSurnames(folded, text, known, reg, taken, free, within);

  // 4. Surnames of people named in full: "Park" after "Park Geun-hye".
  const firstLine = /^[^\n]*/.exec(text)?.[0] ?? '';
  const headlineEnd = /[.!?]["”’]?\s*$/.test(firstLine) ? 0 : firstLine.length;
  const people = [...reg.byId.values()].filter((e) => e.kind === 'person' && e.mentions.length > 0);
  const bySurname = new Map<string, EntityCandidate[]>();
  for (const p of people) {
    const short = surnameOf(p.label);
    if (short) bySurname.set(short, [...(bySurname.get(short) ?? []), p]);
  }
  for (const [surname, owners] of bySurname) {
    if (owners.length !== 1 || !owners[0]) continue;
    const owner = owners[0];
    const firstSeen = Math.min(...owner.mentions.map((m) => m.start));
    for (const r of findName(folded, surname, within)) {
      // "Kim Tae-young" after "Kim Jong Un": another person of the same surname.
      if (/^[\s-]+\p{Lu}/u.test(folded.slice(r.end, r.end + 3))) continue;
      // A headline names people by surname before the story names them in full.
      if ((r.start > firstSeen || r.end <= headlineEnd) && free(r))
        addMention(owner, r, text, 'surname', taken);
    }
  }

  // 4b. The bare surnames that waited: the graph's own person when the text names them in full
  // too (a story's "Kim" is Kim Jong Un, even after "Kim Yo Jong"), else the person of that
  // surname named last before.
  for (const h of waiting) {
    if (!free(h)) continue;
    const word = text.slice(h.start, h.end);
    const ownInFull = reg.byId.get(h.id)?.mentions.some((m) => m.reason !== 'surname' && /\s/.test(m.text));
    const latest = ownInFull
      ? undefined
      : [...reg.byId.values()]
          .filter((e) => e.kind === 'person' && surnameOf(e.label) === word)
          .flatMap((e) =>
            e.mentions.filter((m) => m.start < h.start && m.reason !== 'surname').map((m) => ({ e, m })),
          )
          .sort((a, b) => b.m.start - a.m.start)[0];
    const e = latest?.e ?? reg.known_(h.id);
    if (e) addMention(e, h, text, latest ? 'surname' : h.exact ? 'name' : 'variant', taken);
  }

  // 4c. People named only by kinship: "the powerful sister of North Korean leader Kim Jong Un".
  for (const k of folded.matchAll(KIN)) {
    const r = { start: k.index, end: k.index + (k[1]?.length ?? 0) };
    const from = k.index + k[0].length;
    if (!freeInBody(r)) continue;
    // Set beside a name ("Kim Yo Jong, the sister of ..."), the words describe that person.
    const named = [...reg.byId.values()]
      .filter((e) => e.kind === 'person')
      .find((e) => e.mentions.some((m) => /^,\s+$/.test(folded.slice(m.end, r.start))));
    if (named) {
      addMention(named, r, text, 'apposition', taken);
      continue;
    }
    const relative = [...reg.byId.values()]
      .filter((e) => e.kind === 'person')
      .flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .find(
        ({ m }) =>
          m.start === from + (/^(?:[^\s,.;]+\s+){0,4}/.exec(folded.slice(from, m.start))?.[0].length ?? -1),
      );
    if (!relative) continue;
    const kin = (k[2] ?? '').toLowerCase();
    const label = `${kin.charAt(0).toUpperCase()}${kin.slice(1)} of ${relative.e.label}`;
    const e = reg.ensure(slug(label), () => ({
      type: 'actor',
      kind: 'person',
      label,
      aliases: [],
      existing: false,
    }));
    e.confidence = Math.max(e.confidence, 0.5);
    addMention(e, r, text, 'new', taken);
  }

  // 4d. "the island", "the resort", "the complex": the place named last before whose name ends in
  // that word ("Yeonpyeong Island", "Diamond Mountain resort").
  for (const m of folded.matchAll(
    /\b[Tt]he\s+(island|resort|complex|peninsula|village|port|base|site|zone|park)\b/g,
  )) {
    const word = m[1] ?? '';
    const r = { start: m.index, end: m.index + m[0].length };
    // "the island of Yeonpyeong", "the resort's owner": the words name something else.
    if (!freeInBody(r) || /^(?:\s+of\b|['’]s\b|-)/.test(folded.slice(r.end, r.end + 4))) continue;
    const head = new RegExp(String.raw`\b${word}$`, 'i');
    // (or of that kind: "the island of Yeonpyeong" is "Yeonpyeong", an island).
    const place = namedLastBefore(
      reg,
      r.start,
      (e) => e.type === 'place' && (head.test(e.label) || e.kind === word),
    );
    if (place) addMention(place, r, text, 'reference', taken);
  }

  // 4e. "the North Korean leader", "the U.S. president": the person the text last named with that
  // office of that state ("North Korean leader Kim Jong Un"), or who was so described beside it.
  for (const m of folded.matchAll(DESCRIBED_OFFICE)) {
    const office = (m[2] ?? '').toLowerCase();
    const at = m.index + m[0].length - office.length;
    // "the North's leader": "the North" was read as the state; the whole phrase is the person.
    const side = /^(North|South)['’]s/.exec(m[1] ?? '')?.[1];
    const r = {
      start: side ? m.index : m.index + m[0].length - office.length - (m[1]?.length ?? 0),
      end: m.index + m[0].length,
    };
    // "the U.S. President Donald Trump", "the South Korean president, Kim Dae-jung": a title before
    // the name (or set beside it), read with the name.
    if (/^,?\s+(?:\p{Lu}|of\b)/u.test(folded.slice(r.end, r.end + 5))) continue;
    const state = side
      ? known.entities.get(side === 'North' ? 'north-korea' : 'south-korea')?.label
      : stateBefore(folded, at, known);
    // "U.S." in "the U.S. president" was read as the state: the words describe the person instead.
    const adjective = taken.filter((t) => overlaps(t, r));
    const inside = adjective.every(
      (t) => t.start >= r.start && t.end <= at && reg.byId.get(t.entity)?.kind === 'state',
    );
    // "the prime minister" with no state named: the one person the text has named with that office.
    const bare = m[1] === undefined;
    if ((!state && !bare) || !inside || !within.some((w) => r.start >= w.start && r.end <= w.end)) continue;
    const titled = new RegExp(String.raw`\b${LEADS[office] ?? office}\s+$`, 'i');
    const holders = [...reg.byId.values()]
      .filter((e) => e.kind === 'person')
      .flatMap((e) => e.mentions.filter((x) => x.end <= r.start).map((x) => ({ e, x })))
      .filter(({ x }) => {
        const title = titled.exec(folded.slice(Math.max(0, x.start - 40), x.start));
        const beside = /^,\s+$/.test(folded.slice(x.end, m.index));
        return (
          beside || (!!title && (bare || stateBefore(folded, x.start - title[0].length, known) === state))
        );
      })
      .sort((a, b) => b.x.start - a.x.start);
    const holder = holders[0];
    if (!holder || (bare && holders.some((h) => h.e !== holder.e))) continue;
    for (const t of adjective) {
      taken.splice(taken.indexOf(t), 1);
      const owner = reg.byId.get(t.entity);
      owner?.mentions.splice(owner.mentions.indexOf(t), 1);
    }
    addMention(holder.e, r, text, 'reference', taken);
  }

  // 5. Events: noun phrases headed by an event noun, and weapons fired or launched.
  const scan: Scan = { text, reg, known, taken, free, within };
  findFirings(scan);
  findActs(scan);
  findEvents(scan, tok);
  findToldActs(scan);
  mergeHeadlineEvents(reg, text);

  const out = [...reg.byId.values()].filter((e) => e.mentions.length > 0);
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.existing || e.confidence === 0) e.confidence = e.existing ? 0.95 : 0.8;
  }
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

// A title after a state's name: "U.S. President", "Chinese Foreign Minister".
const TITLE_AFTER_STATE =
  /^\s+(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|Unification|Special)\s+)?(?:President|Minister|Secretary|Leader|Chairman|Premier|Ambassador|Envoy|Representative|leader|president)\b/;
// "the country", "the impoverished nation", "the communist state" (a bare "the state" is too often
// "the state media" and the like to be read alone).
const COUNTRY_WORDS =
  /\b[Tt]he\s+(?:(?:[a-z]+(?:-[a-z]+)?\s+){1,2}(?:country|nation|state)|country|nation)\b(?!['’]s\s+[a-z]+\s+(?:of|in)\b)/g;

// "the Chinese leader" after "Chinese President Xi Jinping": the titles of a state's leader.
const LEADS: Record<string, string> = { leader: '(?:leader|president|chairman|prime minister)' };
// "the North Korean leader", "the U.S. president", "the prime minister": an office (of a state, named
// by the state's adjective, or of no state named) with no name after it.
const DESCRIBED_OFFICE =
  /\b[Tt]he\s+((?:North|South)['’]s\s+|(?:[A-Z][\p{L}.]*\s+){1,2})?(leader|president|prime minister|premier|foreign minister|defen[cs]e minister|unification minister|secretary of state|minister|envoy|spokes(?:man|woman|person)|negotiator|ambassador)\b/gu;

// "the (powerful) sister of", "his younger brother": a person named by a relative, then "of".
const KIN =
  /\b((?:[Tt]he|[Hh]is|[Hh]er)\s+(?:(?!of\b)[a-z-]+\s+)?(sister|brother|wife|husband|son|daughter|uncle|aunt|father|mother|niece|nephew))\s+of\s+/g;

const TITLE_BEFORE_SURNAME =
  /\b(?:President|Chairman|Leader|Premier|Prime Minister|(?:Foreign |Defense |Unification )?Minister|Secretary(?: of State)?|Ambassador|Envoy|General|Gen\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+$/;

/**
 * A title before a bare surname names a known person when exactly one known person (graph node
 * or gazetteer leader) has that surname: "President Moon" is Moon Jae-in. A surname two known
 * people share ("Kim") is left alone.
 */
function linkTitledSurnames(
  folded: string,
  text: string,
  known: KnownIndex,
  reg: Registry,
  taken: Mention[],
  free: (r: TextRange) => boolean,
  within: readonly TextRange[],
): void {
  const owners = new Map<string, string[]>();
  for (const k of known.entities.values()) {
    if (k.kind !== 'person') continue;
    const surname = surnameOf(k.label);
    if (surname) owners.set(surname, [...(owners.get(surname) ?? []), k.id]);
  }
  for (const [surname, ids] of owners) {
    const id = ids[0];
    if (ids.length !== 1 || !id) continue;
    for (const r of findName(folded, surname, within)) {
      if (!free(r) || !TITLE_BEFORE_SURNAME.test(folded.slice(Math.max(0, r.start - 40), r.start))) continue;
      // "President Moon Jae-in" is already the full name; only a bare surname is linked here.
      if (/^[\s-]+\p{Lu}/u.test(folded.slice(r.end, r.end + 3))) continue;
      const e = reg.known_(id);
      if (e) addMention(e, r, text, 'surname', taken);
    }
  }
}

function existingByKey(known: KnownIndex, label: string): string | undefined {
  const key = nameKey(label);
  for (const k of known.entities.values()) {
    if ([k.label, ...k.aliases].some((n) => nameKey(n) === key)) return k.id;
  }
  return undefined;
}

// "were suspended by Seoul": the agent of a passive verb acts, so a capital there is its government.
// The words for a body that, alone, refer to the latest body named with them ("the ministry").
const BODY_WORDS = 'ministry|agency|committee|commission|council|party';
const BODY_WORD = new RegExp(`^(?:${BODY_WORDS})$`, 'i');
const BODY_REFERENCE = new RegExp(
  String.raw`\bthe\s+(${BODY_WORDS})\b|\b(?<![Tt]he\s+)(${BODY_WORDS})(?=\s+(?:spokes(?:man|woman|person)|officials?)\b)`,
  'gi',
);

const PASSIVE_AGENT = /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\s+by\s+$/i;

// "talks with Pyongyang", "tensions between Seoul and Tokyo", "urged Pyongyang to", "demanded that
// Seoul return", "a go-between for Washington and Pyongyang", "held Pyongyang responsible": the other side
// of a relation is a government; one is "in" or "near" a city, not "with" it.
const COUNTERPART =
  /\b(?:with|against|toward|towards|between|between [A-Z][a-z]+ and|(?:go-between|mediator|intermediary) for(?: [A-Z][a-z]+ and)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|call(?:s|ed|ing)? (?:up)?on|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|sanction(?:s|ed|ing)?|prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|demand(?:s|ed|ing)?(?: that)?|insist(?:s|ed|ing)? that|held)\s+$/;

// "Seoul said", "Seoul and Washington are": a capital followed by a verb acts as its government.
function actsAsGovernment(tok: Tokenized, lastToken: number | undefined, text: string): boolean {
  if (lastToken === undefined) return false;
  let i = lastToken + 1;
  let t = tok.tokens[i];
  if (t && (t.text === 'and' || t.text === ',')) {
    // "Seoul and Tokyo agreed", but "After leaving Pyongyang, he flew": a clause of its own.
    if (/^(?:he|she|it|they|we|i|you)$/i.test(tok.tokens[i + 1]?.text ?? '')) return false;
    i += 2;
    t = tok.tokens[i];
  }
  // "Seoul partially suspended the deal", "Seoul also considered": an adverb may stand before the verb.
  if (
    t &&
    t.pos === 'ADV' &&
    /^(?:\w+ly|also|then|now|still|later|again|already|soon|quickly)$/i.test(t.text)
  )
    t = tok.tokens[i + 1];
  if (!t) return false;
  if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.text))) return true;
  // "with Pyongyang expressing regret and Seoul agreeing to halt": a participle after a capital
  // that "with" or "and" brings in has the government as its subject.
  const first = tok.tokens[lastToken];
  if (
    t.pos === 'VERB' &&
    /ing$/.test(t.text) &&
    first &&
    /\b(?:with|and)\s+(?:[A-Z][\w-]*\s+)?$/.test(text.slice(Math.max(0, first.start - 12), first.start))
  )
    return true;
  // "Seoul's Unification Ministry" is the government's; "Seoul's Dongguk University" is in the city.
  if (/^['’]s$/.test(t.text))
    // "Seoul's top nuclear envoy": an office of the government too.
    return (
      /^['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Office|Agency|Command|government|military|spy agency)\b/.test(
        text.slice(t.start, t.start + 60),
      ) ||
      /^['’]s\s+(?:(?:top|chief|senior|special|deputy|nuclear|foreign|defen[cs]e|unification)\s+){0,3}(?:envoy|negotiator|diplomat|minister|ambassador|representative|official|spokes(?:man|woman|person)|delegation|negotiators|offer|proposal|demand|refusal|response|decision|regime|leadership|stance|position|policy)\b/.test(
        text.slice(t.start, t.start + 60),
      )
    );
  return /^\s*(?:has|have|had|is|was|will|would|wants|said|says)\b/.test(text.slice(t.start, t.start + 10));
}

interface Kind {
  type: 'actor' | 'place' | 'event';
  kind: string;
  confidence: number;
}

/** What an office is "of" in a title: "Secretary of State", "Minister of Defense". */
const OFFICE_OBJECTS = new Set([
  'State',
  'Defense',
  'Defence',
  'Unification',
  'Foreign',
  'Interior',
  'Finance',
]);

/**
 * Whether a one-word name ("Kim", an alias of Kim Jong Un) is only the end of a longer name the
 * graph does not know ("Ambassador Kevin Kim"): a proper noun that is no title stands right before it.
 */
function partOfLongerName(
  h: TextRange,
  tok: Tokenized,
  tokenAt: ReadonlyMap<number, number>,
  text: string,
  titleCase: boolean,
): boolean {
  if (/\s/.test(text.slice(h.start, h.end))) return false;
  const i = tokenAt.get(h.start);
  // "Defense Minister Kim Tae-young": a surname written first, then a given name of its own
  // ("Lee Do-hoon": a hyphenated given name, whatever the tagger makes of "Do").
  const next = i === undefined ? undefined : tok.tokens[i + 1];
  if (
    SURNAME_FIRST.has(text.slice(h.start, h.end)) &&
    next &&
    (next.pos === 'PROPN' || /^\p{Lu}\p{Ll}+-\p{Ll}+/u.test(text.slice(next.start, next.start + 20))) &&
    /^\s+$/.test(text.slice(h.end, next.start)) &&
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(next.text) &&
    !NOT_NAMES.has(next.text)
  )
    return true;
  // "his U.S. counterpart Sung Kim": a given name before, tagged a noun or verb or not, when it is
  // capitalized inside a sentence of running text.
  const prev = i === undefined ? undefined : tok.tokens[i - 1];
  const midSentence = i !== undefined && prev !== undefined && tok.tokens[i - 2]?.sentence === prev.sentence;
  return (
    prev !== undefined &&
    (prev.pos === 'PROPN' || (!titleCase && midSentence && prev.pos !== 'PUNCT')) &&
    /^\s+$/.test(text.slice(prev.end, h.start)) &&
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    !PERSON_TITLES.has(prev.text.toLowerCase()) &&
    !NOT_NAMES.has(prev.text) // "On Monday Kim said": no given name
  );
}

function classify(
  run: Word[],
  prev: Word | undefined,
  next: Word | undefined,
  tokens: readonly Token[],
  words: Word[],
): Kind | undefined {
  const last = run[run.length - 1]?.text.toLowerCase() ?? '';
  // "Chinese Foreign Minister" before a known name: a title, nobody's name; "By a Senior Fellow",
  // "Staff Reporter": a byline's role.
  if (PERSON_TITLES.has(last) || BYLINE_ROLES.has(last)) return undefined;
  const allProper = run.every((w) => tokens[w.first]?.pos === 'PROPN');
  // "Group of 20 summit": a body's gathering, named with the body.
  if (/^(?:summit|meeting|talks)$/.test(last) && run.length >= 3)
    return { type: 'event', kind: EVENT_HEADS[last] ?? 'meeting', confidence: 0.6 };
  if (
    ORG_HEADS.has(last) ||
    (run.length > 2 &&
      ORG_HEADS.has(
        run[run.findIndex((w) => w.text === 'of' || w.text === 'for') - 1]?.text.toLowerCase() ?? '',
      ))
  )
    return { type: 'actor', kind: 'organization', confidence: 0.75 };
  // "Yellow Sea", "Diamond Mountain", "Jeju Island": a name headed by a word for a place;
  // "Arch of Reunification", "War Memorial of Korea": one headed before its "of".
  const ofAt = run.findIndex((w) => w.text === 'of');
  const head = ofAt > 0 ? (run[ofAt - 1]?.text.toLowerCase() ?? '') : last;
  if (PLACE_HEADS[head] && run.length >= 2)
    return { type: 'place', kind: PLACE_HEADS[head], confidence: 0.6 };
  // "the South's border island of Yeonpyeong", "the port city of Wonsan": a name after a word for
  // the kind of place it is.
  const prevWord0 = prev?.text.toLowerCase() ?? '';
  const kindWord = words[words.indexOf(run[0] as Word) - 2]?.text.toLowerCase() ?? '';
  if (prevWord0 === 'of' && run.length === 1 && PLACE_OF_KIND[kindWord])
    return { type: 'place', kind: PLACE_OF_KIND[kindWord], confidence: 0.55 };
  // "Mount Kumgang", "Lake Baikal": one headed from the front.
  const first = run[0]?.text.toLowerCase() ?? '';
  if (PLACE_PREFIXES[first] && run.length >= 2)
    return { type: 'place', kind: PLACE_PREFIXES[first], confidence: 0.6 };
  // "Winter Olympics", "Korean War", "World Cup": a name headed by an event noun is an event.
  const eventKind = EVENT_HEADS[last];
  if (eventKind && run.length >= 2) return { type: 'event', kind: eventKind, confidence: 0.6 };
  // "Pyongyang Joint Declaration", "Singapore Joint Statement": a named document two sides signed.
  if (/^(?:declaration|statement|communiqu[eé])$/.test(last) && run.length >= 2)
    return { type: 'event', kind: 'agreement', confidence: 0.55 };
  // "Munich Security Conference", "Boao Forum": a named gathering (a "news conference" is none).
  if (/^(?:conference|forum)$/.test(last) && run.length >= 2)
    return { type: 'event', kind: 'meeting', confidence: 0.55 };
  const prevWord = prev?.text.toLowerCase() ?? '';
  const titled = PERSON_TITLES.has(prevWord);
  // "Kim Jong Un", "Park Geun-hye"; "Ryoo Kihl-jae": a short capitalized surname and a hyphenated
  // given name in the Korean way, with the surname known or not.
  const koreanShape =
    run.length >= 2 &&
    (KOREAN_SURNAMES.has(run[0]?.text ?? '') ||
      (run.length === 2 &&
        /^\p{Lu}\p{Ll}{1,4}$/u.test(run[0]?.text ?? '') &&
        KOREAN_GIVEN.test(run[1]?.text ?? ''))) &&
    run.slice(1).every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w.text));
  // "Ferdinand Marcos Jr.": a generational suffix ends a western name.
  const suffix = run.length >= 3 && /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(run[run.length - 1]?.text ?? '');
  const westernShape =
    run.length >= 2 &&
    run.length <= (suffix ? 4 : 3) &&
    run.every(
      // "Paul LaCamera", "John McCain", "Beto O'Rourke": a surname may have a capitalized prefix.
      (w, k) =>
        /^(?:Mc|Mac|La|Le|De|Di|Da|Van|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text) ||
        (suffix && k === run.length - 1),
    );
  // "Lee Jong-joo, a spokeswoman": an apposition naming a role.
  const idx = next ? words.indexOf(next) : -1;
  const role = next?.text === ',' && PERSON_TITLES.has(words[idx + 2]?.text.toLowerCase() ?? '');
  if (koreanShape) return { type: 'actor', kind: 'person', confidence: 0.8 };
  if (westernShape && (titled || role)) return { type: 'actor', kind: 'person', confidence: 0.75 };
  if (run.length === 1 && allProper && titled) return undefined; // a bare surname after a title: too weak alone
  // "according to Xinhua news agency", "the Rodong Sinmun newspaper": a name before a lower-case
  // word for a news outlet is that outlet.
  const outlet = `${next?.text ?? ''} ${words[idx + 1]?.text ?? ''}`;
  // ("Russian state media": a nationality names no outlet.)
  const nationality = run.length === 1 && /(?:an|ese|ish)$/.test(run[0]?.text ?? '');
  if (
    /^(?:news agency|agency|newspaper|daily|broadcaster|news outlet|state media)\b/.test(outlet) &&
    !nationality
  )
    return { type: 'actor', kind: 'organization', confidence: 0.6 };
  if (run.length === 1 && allProper && /^(in|at|near|to|from)$/.test(prevWord))
    return { type: 'place', kind: 'city', confidence: 0.5 };
  // "met Kim in New York": an untitled name of two or three words after "in", "at" or "near" is a
  // place ("in John Bolton's view" is not: the possessive is a person's).
  if (westernShape && allProper && /^(in|at|near)$/.test(prevWord) && !/^['’]s?$/.test(next?.text ?? ''))
    return { type: 'place', kind: 'city', confidence: 0.45 };
  if (westernShape && allProper) return { type: 'actor', kind: 'person', confidence: 0.45 };
  return undefined;
}

const BYLINE_ROLES = new Set([
  'fellow',
  'reporter',
  'correspondent',
  'editor',
  'writer',
  'columnist',
  'staff',
]);

// A Korean given name of two syllables joined by a hyphen: "Byung-se", "Kihl-jae", "Jae-in".
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

// Words for a kind of place that may stand before "of" and its name: "the island of Yeonpyeong".
const PLACE_OF_KIND: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['island', 'city', 'village', 'port', 'province', 'county'].map((w) => [w, PLACE_HEADS[w]]),
  ),
  town: 'city',
  region: 'region',
};
const ACT_KINDS = new Set(ACT_VERBS.map((a) => a.kind));
/** The noun phrase after an event noun's "of" ("launch of a spy satellite": "spy satellite"), if any. */
function ofComplement(tok: Tokenized, head: number): string | undefined {
  const of = tok.tokens[head + 1];
  if (of?.text.toLowerCase() !== 'of' || of.sentence !== tok.tokens[head]?.sentence) return undefined;
  let k = head + 2;
  if (/^(?:a|an|the|its|their)$/i.test(tok.tokens[k]?.text ?? '')) k++;
  // "the launch of hundreds of balloons": a count is not what was launched.
  if (
    /^(?:hundreds|thousands|dozens|scores|millions|dozen|number|series|pair|couple)$/i.test(
      tok.tokens[k]?.text ?? '',
    ) &&
    tok.tokens[k + 1]?.text.toLowerCase() === 'of'
  )
    k += 2;
  const words: string[] = [];
  for (; words.length < 3; k++) {
    const w = tok.tokens[k];
    if (!w || w.sentence !== of.sentence || !MODIFIER_POS.has(w.pos)) break;
    words.push(w.text);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

// Offices every government has: a name of one says whose only with the state before it.
const GENERIC_OFFICE = new RegExp(String.raw`^(?:${PORTFOLIOS}\s+)?(?:ministry|office|department)$`, 'i');

const LOWER_OFFICE = new RegExp(String.raw`\b${PORTFOLIOS} ministry\b`, 'g');

/** The state named right before a position: "Japan's ", "China's ", "Chinese " (by its label). */
function stateBefore(folded: string, at: number, known: KnownIndex): string | undefined {
  const before = folded.slice(Math.max(0, at - 40), at);
  const possessive = /([\p{L}.]+(?: [\p{L}.]+)?)['’]s\s+$/u.exec(before);
  const adjective = /([\p{L}.]+(?: [\p{L}.]+)?)\s+$/u.exec(before);
  for (const words of [possessive?.[1], adjective?.[1]]) {
    if (!words) continue;
    for (const w of [words, words.split(' ').pop() ?? '']) {
      const id =
        known.demonyms.get(w) ??
        known.capitals.get(w) ??
        [...known.entities.values()].find(
          (k) => k.kind === 'state' && (k.label === w || k.aliases.includes(w)),
        )?.id;
      const state = id ? known.entities.get(id) : undefined;
      if (state?.kind === 'state') return state.label;
    }
  }
  return undefined;
}

/** Of the entities `keep` accepts, the one with the last mention ending before `at`. */
function namedLastBefore(
  reg: Registry,
  at: number,
  keep: (e: EntityCandidate) => boolean,
): EntityCandidate | undefined {
  return [...reg.byId.values()]
    .filter(keep)
    .flatMap((e) => e.mentions.filter((x) => x.end <= at).map((x) => ({ e, start: x.start })))
    .sort((a, b) => b.start - a.start)[0]?.e;
}

const capitalized = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/**
 * The known event of `kind` that the place after an event noun names ("summit in Hanoi" is the
 * graph's "Hanoi summit"), when exactly one known event of that kind has the place in its name.
 */
function knownEventAt(text: string, noun: TextRange, kind: string, known: KnownIndex): string | undefined {
  // ("Kim's talks with Trump in Hanoi": the other party may come first; talks there are its summit.)
  const place =
    /^\s+(?:with\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3})?(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(
      text.slice(noun.end, noun.end + 80),
    )?.[1];
  if (!place) return undefined;
  const word = new RegExp(String.raw`(?:^|\s)${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\s|$)`);
  const matches = [...known.entities.values()].filter(
    (k) =>
      k.type === 'event' && sameFamily(k.kind, kind) && [k.label, ...k.aliases].some((n) => word.test(n)),
  );
  return matches.length === 1 ? matches[0]?.id : undefined;
}

/** The mention an event noun names as acted on: just before it ("Cheonan sinking") or after "of". */
function actNamed(text: string, taken: readonly Mention[], start: number, end: number): Mention | undefined {
  const of = /^\s+of\s+(?:(?:the|a|an)\s+)?/.exec(text.slice(end, end + 12));
  return (
    taken.find((m) => m.end + 1 === start && text[m.end] === ' ') ??
    (of ? taken.find((m) => m.start === end + of[0].length) : undefined)
  );
}

/**
 * Lines written in title case: four words or more, most of the longer ones capitalized
 * ("Seoul's Envoys Return From Pyongyang With a Summit Offer").
 */
function titleCaseLines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 4 && caps / words.length > 0.75 && !/[.!?]["”’]?\s*$/.test(line.trim()))
      out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

// Verbs a headline writes in the present before an event noun ("sign pact", "end drills").
const HEADLINE_VERBS =
  /^(?:sign|signs|meet|meets|hold|holds|agree|agrees|resume|resumes|end|ends|start|starts|begin|begins|open|opens|halt|halts|suspend|suspends|cancel|cancels|scrap|scraps|join|joins|stage|stages|seek|seeks|back|backs|reject|rejects|propose|proposes|plan|plans|vow|vows|hail|hails|slam|slams|wrap|wraps|host|hosts|postpone|postpones|delay|delays|restore|restores|destroy|destroys|pledge|pledges|tighten|tightens|approve|approves|boost|boosts|urge|urges)$/i;

// Nouns that head a phrase an event noun only modifies: "test site", "talks venue".
const COMPOUND_HEADS =
  /^(?:sites?|facility|facilities|program(?:me)?s?|ban|process|schedule|venue|plans?|team|delegation|data|results?|cent(?:er|re)|area|grounds?|room|hall|village|relief|committee|violations?|polic(?:y|ies)|anniversary|declarations?|ally|allies|partner|partners)$/i;

/**
 * The year written right before `at` ("the 2032 Summer Olympics") when `node` is an event whose
 * label or id carries another year: the text names another edition than the graph's.
 */
function yearBefore(folded: string, at: number, node: KnownEntity | undefined): string | undefined {
  const year = /\b(1[89]\d\d|20\d\d)\s$/.exec(folded.slice(Math.max(0, at - 6), at))?.[1];
  const own: string[] = `${node?.label ?? ''} ${node?.id ?? ''}`.match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  return node?.type === 'event' && year !== undefined && own.length > 0 && !own.includes(year)
    ? year
    : undefined;
}

/** Place words that may follow a name in lower case and still be part of it. */
const LOWER_PLACE_HEADS = /^(?:island|islands|province|county|river|hotel)$/;

/**
 * "a joint statement", "the joint communique": a document two sides put out together is an
 * agreement ("said in a statement" is none).
 */
function jointDocument(tok: Tokenized, i: number): string | undefined {
  const t = tok.tokens[i];
  const before = tok.tokens[i - 1];
  return t &&
    /^(?:statement|communiqu[eé])$/i.test(t.text) &&
    before?.sentence === t.sentence &&
    /^joint$/i.test(before.text)
    ? 'agreement'
    : undefined;
}

/** Verbs whose object names an event: "holds talks", "resumed tours". */
const VERB_TAKING_EVENT =
  /^(?:holds|held|holding|resumes|resumed|resuming|stages|staged|staging|conducts|conducted|conducting)$/i;
/**
 * What an agreement or pledge is to do, in the bare infinitive: "agreed to expand reunions",
 * "pledged to restart tours". "Pushing to resume talks" names no particular talks.
 */
const AGREED_VERB = /^(?:hold|resume|stage|conduct|expand|restart|reopen|reconnect|allow)$/i;
const AGREED_TO =
  /\b(?:agree[sd]?|agreeing|pledge[sd]?|pledging|decided?|decides|deciding)\s+(?:also\s+)?(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|in\s+principle\s+)?to\s+$/i;
// ("North Korea's recent rocket launch" is the rocket launch the headline names.)
const QUANTIFIERS = /^(?:much|many|few|fewer|numerous|several|recent|latest)$/i;
const GERUND_AFTER = new Set(['by', 'for', 'of', 'in', 'after', 'before', 'without', 'on', 'about', 'to']);
const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
  'a',
  'an',
  "'s",
  '’s',
]);
const INDEFINITE = new Set(['a', 'an']);
// Kinds of event a definite "the meeting" or "the talks" may take up from each other.
// "The blast" after a building was blown up is that demolition.
const FAMILIES = [new Set(['talks', 'meeting', 'summit']), new Set(['demolition', 'explosion', 'bombing'])];
const sameFamily = (a: string | undefined, b: string) =>
  a === b || (a !== undefined && FAMILIES.some((f) => f.has(a) && f.has(b)));
// A meeting of one side's own body ("Cabinet meeting", "Emergency meeting of the National Security Council").
const OWN_BODY_MEETING =
  /^(?:cabinet|party|politburo|plenary|emergency|council|committee|staff)\b|^meeting of\b/i;
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "U.S., South Korea postpone joint drills" over "... agreed to delay annual joint military
 * exercises": an event a headline names in its own words is the one event of that kind its first
 * paragraph names, when there is just one.
 */
function mergeHeadlineEvents(reg: Registry, text: string): void {
  const line = /^[^\n]*/.exec(text)?.[0] ?? '';
  // A headline: a first line of its own, with no full stop at its end.
  if (!/\n\s*\n/.test(text.slice(line.length, line.length + 4)) || /[.!?]["'”’]?\s*$/.test(line)) return;
  const ledeStart = text.slice(line.length).search(/\S/) + line.length;
  const ledeEnd = text.indexOf('\n', ledeStart) < 0 ? text.length : text.indexOf('\n', ledeStart);
  const events = [...reg.byId.values()].filter((e) => e.type === 'event' && e.mentions.length > 0);
  for (const e of events) {
    // ("shapes Korean diplomacy": a process, no one event.)
    if (e.existing || /diplomacy/i.test(e.label) || !e.mentions.every((m) => m.end <= line.length)) continue;
    const lede = events.filter(
      (x) =>
        x !== e &&
        x.kind === e.kind &&
        x.mentions.some((m) => m.start >= ledeStart && m.end <= ledeEnd) &&
        !x.mentions.some((m) => m.end <= line.length),
    );
    const into = lede.length === 1 ? lede[0] : undefined;
    if (!into) continue;
    for (const m of e.mentions) {
      m.entity = into.id;
      m.reason = 'reference';
      into.mentions.push(m);
    }
    e.mentions = [];
    reg.byId.delete(e.id);
  }
}

function findEvents({ text, reg, known, taken, free, within }: Scan, tok: Tokenized): void {
  const byHead = new Map<string, EntityCandidate>();
  tok.tokens.forEach((t, i) => {
    const kind = EVENT_HEADS[t.text.toLowerCase()] ?? jointDocument(tok, i);
    if (!kind || !free(t) || !within.some((w) => t.start >= w.start && t.end <= w.end)) return;
    // "the first such meeting since 2007": a kind of event, not one.
    if (/^such$/i.test(tok.tokens[i - 1]?.text ?? '')) return;
    // "the nuclear test site", "the talks process": the noun after it heads the phrase.
    const after = tok.tokens[i + 1];
    if (after?.sentence === t.sentence && after.start === t.end + 1 && COMPOUND_HEADS.test(after.text))
      return;
    // ("denuclearization talks": the talks are the event.)
    if (MASS_EVENTS.test(t.text) && after?.sentence === t.sentence && EVENT_HEADS[after.text.toLowerCase()])
      return;
    let first = i;
    for (let k = i - 1; k >= 0; k--) {
      const p = tok.tokens[k];
      if (!p || p.sentence !== t.sentence || !free(p)) break;
      const glued = p.text === '-' || tok.tokens[k + 1]?.start === p.end;
      // "a televised address": a participle between an article and the noun describes it.
      const participle =
        /ed$/.test(p.text) && DETERMINERS.has(tok.tokens[k - 1]?.text.toLowerCase() ?? '') && k === i - 1;
      if (!MODIFIER_POS.has(p.pos) && !glued && !/ly$/.test(p.text) && !participle) break;
      // "how much aid", "many tests": a quantity is no part of a name ("more reunions" may be: further ones).
      if (QUANTIFIERS.test(p.text)) break;
      // "Putin and Kim sign defense pact", "allies end drills": a headline's verb is no modifier.
      if (HEADLINE_VERBS.test(p.text) && !glued && text[p.start - 1] !== '-') break;
      // "by opening talks", "after holding talks": a gerund after a preposition is a verb, not a name.
      const before = tok.tokens[k - 1];
      // ("for working-level talks": a word joined by a hyphen is a modifier all the same.)
      const hyphened = text[p.end] === '-';
      if (/ing$/i.test(p.text) && !hyphened && before && GERUND_AFTER.has(before.text.toLowerCase())) break;
      first = k;
    }
    const det = tok.tokens[first - 1];
    const hasDet =
      det !== undefined && DETERMINERS.has(det.text.toLowerCase()) && det.sentence === t.sentence;
    // "Talks between the two Koreas", "drills involving Japan": a plural event noun with
    // no article is an event when its parties follow.
    const next = tok.tokens[i + 1];
    // "any negotiations between the rivals" is no particular event.
    const parties =
      /s$/.test(t.text) &&
      next?.sentence === t.sentence &&
      /^(?:between|among|involving)$/i.test(next.text) &&
      !/^(?:any|no|some|more|further|future|new)$/i.test(det?.sentence === t.sentence ? det.text : '');
    // "Cheonan sinking", "the shooting of a South Korean tourist": an act on something named, when
    // that act is already known or read, is that event.
    const head = tok.tokens[first];
    const named = head && ACT_KINDS.has(kind) && actNamed(text, taken, head.start, t.end);
    const object = named && reg.byId.get(named.entity);
    const act =
      object && object.type !== 'event'
        ? actOnKnown(reg, known, kind, capitalized(t.text), object)
        : undefined;
    if (act && head) {
      const from = hasDet && det && first === i && !/^['’]s$/.test(det.text) ? det.start : head.start;
      addMention(act, { start: from, end: t.end }, text, act.existing ? 'name' : 'new', taken);
      return;
    }
    // "agreed to hold reunions of families", "resumed talks": a plural event noun a verb takes as
    // its object is an event all the same.
    const prevTok = tok.tokens[i - 1];
    const verbObject =
      /s$/.test(t.text) &&
      prevTok?.sentence === t.sentence &&
      (VERB_TAKING_EVENT.test(prevTok.text) ||
        (AGREED_VERB.test(prevTok.text) &&
          AGREED_TO.test(text.slice(Math.max(0, prevTok.start - 30), prevTok.start))));
    if (first === i && !hasDet && !parties && !verbObject && !MASS_EVENTS.test(t.text)) return;
    // "Friday's talks": the possessive makes the reference definite but is not part of the mention.
    const possessive = !!det && /^['’]s$/.test(det.text);
    const start =
      hasDet && det && first === i && !possessive ? det.start : (tok.tokens[first]?.start ?? t.start);
    // "ended with an armistice, not a peace treaty", "no talks": an event said not to exist.
    if (
      /\b(?:not|without|never)\s+(?:(?:a|an|any)\s+)?$|\bno\s+$/i.test(
        text.slice(Math.max(0, start - 16), start),
      )
    )
      return;
    const r = { start, end: t.end };
    const words = text.slice(tok.tokens[first]?.start ?? t.start, t.end).replace(/\s+/g, ' ');
    const bare = first === i;
    // "a summit", "an attack": an indefinite noun brings in an event not named before.
    const indefinite = bare && INDEFINITE.has(det?.text.toLowerCase() ?? '');
    // "the North's launch of a spy satellite": what the "of" names makes it an event of its own.
    const of = ofComplement(tok, i);
    // "their summit in Hanoi": the graph's event of that kind named by that place ("Hanoi summit").
    const placed = bare && !indefinite ? knownEventAt(text, t, kind, known) : undefined;
    const atPlace = placed && reg.known_(placed);
    if (atPlace) {
      addMention(atPlace, r, text, 'reference', taken);
      return;
    }
    // "Japan and South Korea held talks in Tokyo": talks a verb takes without an article are new
    // ones, not the talks or summit named before.
    if (bare && !indefinite && !of && !(verbObject && !hasDet)) {
      // "the drills", "the games": the latest event of that kind already named; "the meeting",
      // "Friday's talks" also the latest talks or summit (a definite reference to an event named),
      // but "the talks" are no cabinet meeting: one side's own body meeting holds no talks.
      const latest = [...reg.byId.values()]
        .filter(
          (x) =>
            x.type === 'event' &&
            sameFamily(x.kind, kind) &&
            // ("the diplomacy with Pyongyang" is a process, no meeting named before.)
            (!/^diplomacy$/i.test(t.text) || /diplomacy/i.test(x.label)) &&
            !(kind !== x.kind && OWN_BODY_MEETING.test(x.label)) &&
            x.mentions.some((mm) => mm.start < t.start),
        )
        .sort(
          (a, b) =>
            // ("the talks" after "talks between their prime ministers" and "military talks next
            // month": the event named by the same word, before a more particular one.)
            Number(b.label.toLowerCase() === t.text.toLowerCase()) -
              Number(a.label.toLowerCase() === t.text.toLowerCase()) ||
            Math.max(...b.mentions.map((mm) => mm.start)) - Math.max(...a.mentions.map((mm) => mm.start)),
        )[0];
      if (latest) {
        addMention(latest, r, text, latest.existing ? 'name' : 'new', taken);
        return;
      }
    }
    const name = bare && of ? `${words} of ${of}` : words;
    let key = slug(name);
    if (indefinite) for (let n = 2; reg.byId.has(key); n++) key = `${slug(name)}-${n}`;
    const e =
      byHead.get(key) ??
      reg.ensure(key, () => ({
        type: 'event',
        kind,
        label: name.charAt(0).toUpperCase() + name.slice(1),
        aliases: [],
        existing: false,
      }));
    if (!byHead.has(key)) {
      e.confidence = bare ? 0.4 : 0.55;
      byHead.set(key, e);
    }
    addMention(e, r, text, 'new', taken);
  });
}
