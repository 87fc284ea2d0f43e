const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * The readable text of an HTML page: scripts, styles and tags dropped, block ends as line breaks,
 * character references decoded. The result is what gets stored and quoted, so offsets point into it.
 */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(head|script|style|noscript|template|title)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/section|\/article|\/header|\/footer)\b[^>]*>/gi, '\n\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
        if (ref[0] === '#') {
          const code =
            ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          return Number.isFinite(code) ? String.fromCodePoint(code) : all;
        }
        return ENTITIES[ref.toLowerCase()] ?? all;
      })
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
