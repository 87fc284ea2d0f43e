import { foldTypography } from '../text/normalize';
import { slug } from './gazetteer';
import type { KnownIndex } from './known';
import { ACT_VERBS } from './lexicon';
import { addMention, type Registry, type Scan } from './registry';
import type { EntityCandidate, TextRange } from './types';

// Words between a verb and what it acts on: an article and a few modifiers ("blew up the
// four-story liaison office", "sinking the warship Cheonan"), never a preposition or a clause.
const OBJECT_GAP =
  /^\s+(?:(?:the|a|an|its|their|his|her|two|three|several)\s+)?(?:(?!(?:in|at|near|on|over|off|to|from|with|by|for|into|onto|across|along|after|before|during|and|or|but|that|which|who|as|than)\s)[a-z][a-z-]*\s+){0,3}?$/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * What a verb at `verbEnd` acts on: the first mention after it in object position, and those listed
 * after that one ("abolish the Committee ..., the Bureau and the Administration"). `mentions` must be
 * sorted by start; `lower` is the folded, lower-cased text.
 */
export function actObjects<M extends TextRange>(lower: string, verbEnd: number, mentions: readonly M[]): M[] {
  const i = mentions.findIndex((m) => m.start >= verbEnd);
  const first = mentions[i];
  const gap = lower.slice(verbEnd, first?.start ?? verbEnd);
  // An object is in the verb's sentence: "blows up liaison office" (a headline) ends at its line.
  if (!first || first.start - verbEnd > 60 || /\n|[.;!?]\s/.test(gap) || !OBJECT_GAP.test(gap)) return [];
  const out = [first];
  for (let k = i + 1; k < mentions.length; k++) {
    const prev = out[out.length - 1];
    const m = mentions[k];
    if (!prev || !m || m.start < prev.end) continue;
    if (!LIST_GAP.test(lower.slice(prev.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/**
 * How an act verb at `r` is used: its objects (see actObjects) and whether it is passive ("was
 * shelled"); undefined where the word is no verb of an act here: a noun after an article or a
 * possessive ("the sinking", "Friday's shelling"), or a verb with nothing it acts on ("the ship
 * sank", "for Cheonan sinking").
 */
export function actUse<M extends TextRange>(
  lower: string,
  r: TextRange,
  mentions: readonly M[],
): { objects: M[]; passive: boolean; phrase?: string } | undefined {
  const lead = lower.slice(Math.max(0, r.start - 8), r.start);
  if (/\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$/.test(lead)) return undefined;
  const objects = actObjects(lower, r.end, mentions);
  const passive = /\b(?:was|were|been|is|are|be)\s+$/.test(lead);
  const after = lower.slice(r.end, r.end + 60);
  const transitive = /^\s+(?:the|a|an|its|their|his|her)\s/.test(after);
  // "blows up liaison office" (a headline): a bare noun phrase to the end of its line is the object.
  const headline = /^[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)[ \t]*(?:\n|$)/.exec(after);
  const phrase =
    objects.length > 0 ? undefined : (headline?.[1] ?? (transitive ? nounPhrase(after) : undefined));
  return objects.length > 0 || passive || transitive || headline ? { objects, passive, phrase } : undefined;
}

// "the four-story building in ...": what an act was done to, named in words, not by a name: up to
// three words after the article, before a small word or a stop.
function nounPhrase(after: string): string | undefined {
  const words = /^\s+(?:the|a|an|its|their|his|her)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})/.exec(
    after,
  )?.[1];
  const kept: string[] = [];
  for (const w of words?.split(/\s+/) ?? []) {
    if (/^(?:in|at|near|on|over|off|to|from|with|by|for|into|and|or|but|that|which|who|as|than)$/.test(w))
      break;
    kept.push(w);
  }
  return kept.length > 0 && kept.length <= 3 ? kept.join(' ') : undefined;
}

/** The act verb whose words are exactly `words` ("blew up", "sinking"), if any. */
export function actVerb(words: string): (typeof ACT_VERBS)[number] | undefined {
  return ACT_VERBS.find((a) => new RegExp(`^(?:${a.verb.source})$`, 'i').test(words));
}

// The words of a name that say what it is, without its note or small words.
const contentWords = (label: string) =>
  foldTypography(label)
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 2 && !/^(?:the|and|of|at|in|on|for|with|from)$/.test(w));

/** "South Korean tourist (unnamed in text)": the name without its note. */
const bareLabel = (label: string) => label.replace(/\s*\([^)]*\)/g, '').trim();

/**
 * The event already known or read for an act of `kind` on `object`: a known event of that kind
 * whose name names the object ("Sinking of the Cheonan" for a sinking of the Cheonan; "Shooting of a
 * South Korean tourist ..." for a shooting of a South Korean tourist), or one this text named so.
 */
export function actOnKnown(
  reg: Registry,
  known: KnownIndex,
  kind: string,
  noun: string,
  object: EntityCandidate,
): EntityCandidate | undefined {
  const words = contentWords(object.label);
  if (words.length === 0) return undefined;
  for (const k of known.entities.values()) {
    if (k.type !== 'event' || k.kind !== kind) continue;
    const have = new Set(contentWords(k.label));
    if (words.every((w) => have.has(w))) {
      const e = reg.known_(k.id);
      if (e) return e;
    }
  }
  return reg.byId.get(slug(`${noun} of ${bareLabel(object.label)}`));
}

/** The event an act on `object` is: one known or read (see actOnKnown), else a new one. */
function actOn(
  reg: Registry,
  known: KnownIndex,
  kind: string,
  noun: string,
  object: EntityCandidate,
): EntityCandidate {
  const label = `${noun} of ${bareLabel(object.label)}`;
  return (
    actOnKnown(reg, known, kind, noun, object) ??
    reg.ensure(slug(label), () => ({ type: 'event', kind, label, aliases: [], existing: false }))
  );
}

/**
 * Events named by the verb that does them: "North Korea blows up liaison office", "will pay a price
 * for sinking the warship Cheonan", "a North Korean soldier shot dead a South Korean tourist". The
 * verb is the mention. What it acts on names the event; an act with no named object ("demolished the
 * four-story building") is the latest act of its kind already read, or a new one. A verb with
 * nothing after it ("the ship sank") or used as a noun ("the sinking") is left to the event nouns.
 */
export function findActs({ text, reg, known, taken, free, within }: Scan): void {
  const lower = foldTypography(text).toLowerCase();
  // What an act verb acts on follows it; the mentions this pass adds sit on earlier verbs, so the
  // order taken once serves every verb.
  const byStart = [...taken].sort((a, b) => a.start - b.start);
  for (const { act, ...r } of actVerbsIn(lower, free, within)) {
    const use = actUse(lower, r, byStart);
    if (!use) continue;
    const { objects, passive } = use;
    const object = objects[0] && reg.byId.get(objects[0].entity);
    // With nothing named acted on, the act is the one of its kind just read ("blows up liaison
    // office ... demolished the four-story building"), unless a passive leaves what it acted on
    // behind ("The island was shelled by the North in 2010": another time and place).
    const latest = passive ? undefined : latestOfKind(reg, act.kind, r.start);
    const e = object
      ? actOn(reg, known, act.kind, act.noun, object)
      : (latest ?? newAct(reg, act.kind, use.phrase ? `${act.noun} of ${use.phrase}` : act.noun));
    if (!e.existing) e.confidence = Math.max(e.confidence, 0.5);
    addMention(e, r, text, 'new', taken);
  }
}

/**
 * "The Cheonan split in two and sank near Baengnyeong Island": an act verb with nothing it acts on
 * tells of the act of its kind the text has named before (by verb or noun), if any. Runs after the
 * event nouns are read.
 */
export function findToldActs({ text, reg, taken, free, within }: Scan): void {
  const lower = foldTypography(text).toLowerCase();
  for (const { act, ...r } of actVerbsIn(lower, free, within)) {
    if (!intransitive(lower, r)) continue;
    const told = latestOfKind(reg, act.kind, r.start);
    if (told) addMention(told, r, text, 'new', taken);
  }
}

/** The act verbs of the body not yet taken by a mention, in text order. */
function actVerbsIn(
  lower: string,
  free: (r: TextRange) => boolean,
  within: readonly TextRange[],
): ({ act: (typeof ACT_VERBS)[number] } & TextRange)[] {
  return ACT_VERBS.flatMap((act) =>
    [...lower.matchAll(act.verb)].map((v) => ({ act, start: v.index, end: v.index + v[0].length })),
  )
    .filter((r) => free(r) && within.some((w) => r.start >= w.start && r.end <= w.end))
    .sort((a, b) => a.start - b.start);
}

/** A verb used without an object: not a noun after an article, and followed by no noun phrase. */
function intransitive(lower: string, r: TextRange): boolean {
  const lead = lower.slice(Math.max(0, r.start - 8), r.start);
  if (/\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$/.test(lead)) return false;
  return /^(?:\s+(?:near|off|in|at|over|after|before|on|within)\b|\s*[,.;])/.test(
    lower.slice(r.end, r.end + 10),
  );
}

function latestOfKind(reg: Registry, kind: string, before: number): EntityCandidate | undefined {
  let best: EntityCandidate | undefined;
  let at = -1;
  for (const e of reg.byId.values()) {
    if (e.type !== 'event' || e.kind !== kind) continue;
    for (const m of e.mentions)
      if (m.start < before && m.start > at) {
        best = e;
        at = m.start;
      }
  }
  return best;
}

function newAct(reg: Registry, kind: string, noun: string): EntityCandidate {
  let id = slug(noun);
  for (let n = 2; reg.byId.has(id); n++) id = `${slug(noun)}-${n}`;
  return reg.ensure(id, () => ({ type: 'event', kind, label: noun, aliases: [], existing: false }));
}
// "launched missiles", "fired more than 200 artillery shells", "test-fired a new rocket": the act
// is the event, named by the verb and what it fired.
const FIRING =
  /\b(test-fired|test-launched|fired|launched|tested)\s+(?:(?:[\w'’-]+|\d[\d,]*)\s+){0,6}?(missiles?|rockets?|shells|projectiles|satellites?|ICBMs?)\b/gi;

/** Weapons fired or launched, as events of their own: a test, or an attack when shells are fired. */
export function findFirings({ text, reg, taken, free, within }: Scan): void {
  for (const f of text.matchAll(FIRING)) {
    const r = { start: f.index, end: f.index + f[0].length };
    if (!free(r) || !within.some((w) => r.start >= w.start && r.end <= w.end)) continue;
    // "fired a warning" or "launched a campaign for missiles": only a short noun phrase counts.
    if (
      /[,;.]|\b(?:at|to|into|toward|from|for|and|that|which)\b/i.test(
        text.slice(r.start, r.end).split(/\s+/).slice(1, -1).join(' '),
      )
    )
      continue;
    const shells = /^shells$/i.test(f[2] ?? '');
    const weapon = (f[2] ?? '').replace(/s$/, '');
    const label = shells ? 'Shelling' : `${weapon.charAt(0).toUpperCase()}${weapon.slice(1)} launch`;
    // Each firing is an event of its own: "missile-launch", "missile-launch-2", ...
    let id = slug(label);
    for (let n = 2; reg.byId.has(id); n++) id = `${slug(label)}-${n}`;
    const e = reg.ensure(id, () => ({
      type: 'event',
      kind: shells ? 'attack' : 'weapons-test',
      label,
      aliases: [],
      existing: false,
    }));
    e.confidence = Math.max(e.confidence, 0.5);
    addMention(e, r, text, 'new', taken);
  }
  // "test-fired what it said was a solid-fuel missile": the verb alone names a test.
  for (const f of text.matchAll(/\btest-(?:fired|launched)\b/gi)) {
    const r = { start: f.index, end: f.index + f[0].length };
    if (!free(r) || !within.some((w) => r.start >= w.start && r.end <= w.end)) continue;
    let id = 'weapons-test';
    for (let n = 2; reg.byId.has(id); n++) id = `weapons-test-${n}`;
    const e = reg.ensure(id, () => ({
      type: 'event',
      kind: 'weapons-test',
      label: 'Weapons test',
      aliases: [],
      existing: false,
    }));
    e.confidence = Math.max(e.confidence, 0.5);
    addMention(e, r, text, 'new', taken);
  }
}
