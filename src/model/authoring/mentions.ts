import { foldTypography, isWholeWord, occurrences } from '../text/normalize';
import type { QuoteIndex } from './quotes';

export interface Range {
  start: number;
  end: number;
}

export interface NodeNames {
  id: string;
  names: readonly string[];
}

interface Candidate extends Range {
  node: string;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const inside = (r: Range, segments: readonly Range[]) =>
  segments.some((s) => r.start >= s.start && r.end <= s.end);

/**
 * Finds the mentions of nodes by name in one text: every case-sensitive, whole-word occurrence of a
 * label or alias inside the body segments. Explicit mentions win over name matches they overlap,
 * suppressed ranges are skipped, and where names overlap the earliest, then longest, wins.
 */
export function findMentions(
  index: QuoteIndex,
  nodes: readonly NodeNames[],
  body: readonly Range[],
  explicit: readonly (Range & { node: string })[],
  suppressed: readonly Range[],
): (Range & { node: string })[] {
  const candidates: Candidate[] = [];
  for (const { id, names } of nodes) {
    for (const name of new Set(names)) {
      const folded = foldTypography(name);
      for (const start of occurrences(index.folded, folded)) {
        const c = { node: id, start, end: start + name.length };
        if (isWholeWord(index.folded, c.start, c.end) && inside(c, body)) candidates.push(c);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: (Range & { node: string })[] = [...explicit];
  for (const c of candidates) {
    if (suppressed.some((s) => overlaps(s, c))) continue;
    if (taken.some((t) => overlaps(t, c))) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
