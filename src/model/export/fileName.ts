/** What a file name says the export holds. */
export type ScopeName =
  | { kind: 'whole' }
  | { kind: 'view'; focus?: string; filtered: boolean }
  | { kind: 'selection'; labels: readonly string[] };

const MAX_SLUG = 60;

/**
 * A name as a file-name part: lower case, letters and digits of any script joined by single
 * hyphens, accents dropped ("Kim Jong-un" → "kim-jong-un", "Pyeongchang’s Games" → "pyeongchang-s-games").
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
}

/** A day as yyyy-mm-dd, in local time (the day the person exported on). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function scopeParts(title: string | undefined, scope: ScopeName): string[] {
  switch (scope.kind) {
    case 'whole':
      return [title ?? '', 'whole-graph'];
    case 'view':
      if (scope.focus !== undefined) return [scope.focus, 'neighbourhood'];
      return [title ?? '', scope.filtered ? 'filtered-view' : 'whole-graph'];
    case 'selection':
      return scope.labels.length === 1 ? [scope.labels[0] ?? ''] : [`${scope.labels.length}-entities`];
  }
}

/**
 * `dossier-<what>-<yyyy-mm-dd>.<ext>`: "dossier-kim-jong-un-neighbourhood-2026-11-22.png",
 * "dossier-inter-korean-relations-2014-2021-whole-graph-2026-11-22.gexf", "dossier-3-entities-….csv".
 */
export function exportFileName(title: string | undefined, scope: ScopeName, date: Date, ext: string): string {
  const parts = ['dossier', ...scopeParts(title, scope).map(slugify), isoDay(date)].filter((p) => p !== '');
  return `${parts.join('-')}.${ext}`;
}
