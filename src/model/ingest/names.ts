import { foldTypography, isWholeWord } from '../text/normalize';
import { SURNAME_FIRST } from './lexicon';
import type { TextRange } from './types';

/** The form under which two spellings of a name count as the same: "Kim Jong-un" = "kim jong un". */
export function nameKey(name: string): string {
  return foldTypography(name)
    .replace(/[-\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Case-insensitive for this part only (inline `(?i:)` groups are too new for Node 20).
function caseless(part: string): string {
  return [...part]
    .map((ch) =>
      ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escape(ch),
    )
    .join('');
}

/**
 * A pattern matching `name` in folded text. Several-word names also match other hyphenation,
 * spacing and case of their later parts ("Kim Jong-un", "Kim Jong Un", "Moon Jae-In"); one-word
 * names match exactly, since "US" is not "us".
 */
export function namePattern(name: string): RegExp {
  const parts = foldTypography(name)
    .split(/[-\s]+/)
    .filter(Boolean);
  if (parts.length === 1) return new RegExp(escape(parts[0] ?? name), 'g');
  const [first, ...rest] = parts;
  const tail = rest.map(caseless).join('[-\\s]+');
  return new RegExp(`${escape(first ?? '')}[-\\s]+${tail}`, 'g');
}

/** Every whole-word match of `name` in the folded text, inside `within`. */
export function findName(folded: string, name: string, within: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  const re = namePattern(name);
  for (const range of within) {
    re.lastIndex = range.start;
    const slice = folded.slice(0, range.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (isWholeWord(folded, r.start, r.end)) out.push(r);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** The surname of a full name: first for Korean and Chinese names ("Li Qiang": Li), else last. */
export function surnameOf(label: string): string | undefined {
  const parts = label.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  return SURNAME_FIRST.has(parts[0] ?? '') ? parts[0] : parts[parts.length - 1];
}
