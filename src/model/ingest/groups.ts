import type { TextRange } from './types';

/** People named only by a description: "a North Korean soldier", "two South Korean tourists", "46 South Koreans". */
export interface GroupMention extends TextRange {
  label: string;
  kind: 'person' | 'group';
}

// Officials, diplomats and troops act for their state (see STATE_AGENTS in relations.ts): not here.
const PEOPLE =
  'soldiers?|marines?|tourists?|agents?|sailors?|fishermen|fisherman|defectors?|workers?|students?|civilians?|nationals?|citizens?|spies|spy|hostages?|prisoners?|detainees?|journalists?|reporters?|missionar(?:y|ies)';
const COUNT =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|several|\\d{1,3}(?:,\\d{3})*';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Descriptions of unnamed people by nationality, found in `folded` (typography-folded text) within
 * the body: a count, at most one adjective, a demonym the gazetteer knows, and a word for people.
 * "46 South Koreans" (a count and the plural demonym) is a group too.
 */
export function findGroups(
  folded: string,
  demonyms: readonly string[],
  within: readonly TextRange[],
): GroupMention[] {
  if (demonyms.length === 0) return [];
  const names = demonyms.map(escape).join('|');
  const re = new RegExp(
    `\\b(?:(${COUNT})\\s+(?:(?!(?:a|an|the)\\s)([a-z-]+)\\s+)?)?(${names})(?:\\s+(${PEOPLE})\\b|s\\b)`,
    'gi',
  );
  const out: GroupMention[] = [];
  for (const m of folded.matchAll(re)) {
    const count = m[1] ?? '';
    // "North Korean defectors": a plural needs no count; "North Korean soldier" alone is no one.
    if (!count && !/(?:s|men)$/.test(m[4] ?? '')) continue;
    const article = /^(?:a|an|one)$/i.test(count);
    const start = m.index + (article ? count.length + 1 : 0);
    const end = m.index + m[0].length;
    if (!within.some((w) => start >= w.start && end <= w.end)) continue;
    // "a suspected Chinese spy balloon", "North Korean worker dispatches": the people noun only
    // describes the thing after it.
    if (
      /^\s+(?:balloons?|planes?|ships?|boats?|satellites?|agency|agencies|network|rings?|programs?|camps?|unions?|visas?)\b/.test(
        folded.slice(end, end + 16),
      )
    )
      continue;
    const words = folded.slice(start, end).replace(/\s+/g, ' ');
    const plural = !article || /(?:s|men)$/.test(m[4] ?? 's');
    out.push({
      start,
      end,
      label: words.charAt(0).toUpperCase() + words.slice(1),
      kind: plural ? 'group' : 'person',
    });
  }
  return out;
}
