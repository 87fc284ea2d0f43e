import { isIsoDate } from '../dates';
import type { RelationCandidate, TextRange } from './types';

/**
 * The date a relation happened, as the text gives it: written in its sentence ("on July 27, 2021",
 * "in 2018", "last Tuesday"), else the latest date written earlier in its paragraph. Relative days
 * ("on Sunday", "yesterday", "last month") are counted from the article's publication date; without
 * one they are left undated. Standing relations (roles, places) and relations to an event (which has
 * its own date) get none, as in the corpus.
 */
const UNDATED = new Set([
  'leader of',
  'official of',
  'spokesperson of',
  'expert at',
  'member of',
  'part of',
  'located in',
  'sister of',
  'rival of',
  'ally of',
  // Dated through their event, which carries its own date.
  'participated in',
  'held at',
  'hosted',
  'victim of',
  'carried out',
]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number) => String(n).padStart(2, '0');
const monthNo = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function dayOf(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const d = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function shift(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

interface Found {
  at: number;
  date: string;
}

/**
 * Every date expression in `lower` (lower-cased text), with the ISO date it stands for. `ahead`
 * reads a bare day as the next one to come, for what is planned ("will meet on Tuesday").
 */
export function datesIn(lower: string, published?: string, ahead = false): Found[] {
  const out: Found[] = [];
  const pub = dayOf(published);
  const year = published ? Number(published.slice(0, 4)) : undefined;
  // The most precise reading of some words wins: "4 April 2021" is not also "April 2021".
  const taken: TextRange[] = [];
  const scan = (re: RegExp, make: (m: RegExpExecArray) => string | undefined) => {
    for (const m of lower.matchAll(new RegExp(re.source, 'g'))) {
      const range = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => t.start < range.end && range.start < t.end)) continue;
      const date = make(m as RegExpExecArray);
      if (!date || !isIsoDate(date)) continue;
      taken.push(range);
      out.push({ at: range.start, date });
    }
  };
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => `${m[1]}-${m[2]}-${m[3]}`);
  scan(
    new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`),
    (m) => `${m[3]}-${pad(monthNo(m[1] ?? ''))}-${pad(Number(m[2]))}`,
  );
  scan(
    new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`),
    (m) => `${m[3]}-${pad(monthNo(m[2] ?? ''))}-${pad(Number(m[1]))}`,
  );
  scan(new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`), (m) => `${m[2]}-${pad(monthNo(m[1] ?? ''))}`);
  // "on July 27": the year of publication, or the one before when that day is still to come.
  scan(
    new RegExp(
      String.raw`\b(?:on|since|from|until|by)\s+${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})`,
    ),
    (m) => {
      if (year === undefined || published === undefined) return undefined;
      const month = monthNo(m[1] ?? '');
      const day = Number(m[2]);
      const later = `${year}-${pad(month)}-${pad(day)}` > published;
      const early = `${year}-${pad(month)}-${pad(day)}` < published;
      const y = ahead ? (early ? year + 1 : year) : later ? year - 1 : year;
      return `${y}-${pad(month)}-${pad(day)}`;
    },
  );
  scan(/\b(?:in|during|by|of)\s+((?:19|20)\d{2})\b(?![-/–]\d)/, (m) => m[1]);
  if (pub) {
    scan(new RegExp(String.raw`\b(last\s+|next\s+)?(${WEEKDAYS.join('|')})\b`), (m) => {
      const target = WEEKDAYS.indexOf(m[2] ?? '');
      if (m[1]?.startsWith('next') || (ahead && !m[1])) {
        let forward = (target - pub.getUTCDay() + 7) % 7;
        if (m[1] && forward === 0) forward = 7;
        return iso(shift(pub, forward));
      }
      let back = (pub.getUTCDay() - target + 7) % 7;
      if (m[1] && back === 0) back = 7;
      return iso(shift(pub, -back));
    });
    scan(/\byesterday\b/, () => iso(shift(pub, -1)));
    scan(/\btomorrow\b/, () => iso(shift(pub, 1)));
    scan(/\b(?:today|this morning|tonight)\b/, () => iso(pub));
    scan(/\bthis month\b/, () => iso(pub).slice(0, 7));
    scan(/\blast month\b/, () => {
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1));
      return iso(d).slice(0, 7);
    });
    scan(/\bnext month\b/, () =>
      iso(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 1))).slice(0, 7),
    );
    scan(/\blast year\b/, () => String(pub.getUTCFullYear() - 1));
    scan(/\bnext year\b/, () => String(pub.getUTCFullYear() + 1));
  }
  return out.sort((a, b) => a.at - b.at);
}

function paragraphAround(text: string, at: number): TextRange {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/** The date of one relation: see the module comment. */
export function relationDate(
  text: string,
  sentence: TextRange,
  r: Pick<RelationCandidate, 'relation' | 'trigger' | 'modality'> &
    Partial<Pick<RelationCandidate, 'evidence'>>,
  published?: string,
): string | undefined {
  if (UNDATED.has(r.relation)) return undefined;
  // Lower-cased slice by slice: the whole text once per relation made a long article quadratic.
  const lower = (from: number, to: number) => text.slice(from, to).toLowerCase();
  const ahead = r.modality === 'planned';
  const words = lower(sentence.start, sentence.end);
  // "demanded that Seoul return waitresses who defected in 2016": a date in a relative clause after
  // the relation's passage dates that clause, not the relation.
  const end = (r.evidence?.end ?? r.trigger.end) - sentence.start;
  const inSentence = datesIn(words, published, ahead).filter(
    (d) => d.at < end || !/\b(?:who|whom|whose|which)\b/.test(words.slice(end, d.at)),
  );
  if (inSentence.length) {
    // The date nearest the trigger words speaks for the relation.
    const at = r.trigger.start - sentence.start;
    return [...inSentence].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]?.date;
  }
  const paragraph = paragraphAround(text, sentence.start);
  const earlier = datesIn(lower(paragraph.start, sentence.start), published, ahead);
  return earlier[earlier.length - 1]?.date;
}
