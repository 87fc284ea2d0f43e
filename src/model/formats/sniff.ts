/** What the content says a file is: a text format to read, or why it is not a graph. */
export type Sniffed = { kind: 'json' | 'xml' | 'csv' } | { kind: 'refused'; message: string };

/** Binary formats people drop by mistake, by their first characters once decoded as UTF-8 (bad bytes → U+FFFD). */
const MAGIC: [RegExp | string, string][] = [
  [/^\uFFFDPNG/, 'a PNG image'],
  [/^\uFFFD\uFFFD\uFFFD/, 'binary data (a JPEG image or similar)'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^%PDF-/, 'a PDF document'],
  ['PK\u0003\u0004', 'a ZIP archive (or an Excel or Word file: save the sheet as CSV)'],
  ['\u001f\uFFFD', 'a gzip-compressed file (unpack it first)'],
  [/^RIFF[\s\S]{4}WEBP/, 'a WebP image'],
  [/^7z\uFFFD/, 'a 7-Zip archive'],
];

/** Share of NUL, control or undecodable characters above which text is binary data. */
const BINARY_SHARE = 0.02;

function looksBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of head) {
    const c = ch.charCodeAt(0);
    if (ch === '\uFFFD' || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd += 1;
  }
  return odd > Math.max(2, head.length * BINARY_SHARE);
}

/** ASCII text saved as UTF-16: every other character is NUL. */
const isUtf16 = (head: string) =>
  head.length >= 8 && [...head.slice(0, 40)].every((ch, i) => (i % 2 === 1) === (ch === '\u0000'));

const rootName = (text: string) =>
  /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<([A-Za-z_][\w:.-]*)/i
    .exec(text.slice(0, 4096))?.[1]
    ?.replace(/^.*:/, '')
    .toLowerCase();

/**
 * Sniffs the format from the content, not the name (a ".txt" that holds GEXF opens; a PNG renamed
 * ".json" is refused as a PNG). The name only sharpens the messages.
 */
export function sniff(text: string, name: string): Sniffed {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { kind: 'refused', message: 'the file is empty' };
  const head = body.slice(0, 4096);
  for (const [pattern, what] of MAGIC) {
    if (typeof pattern === 'string' ? head.startsWith(pattern) : pattern.test(head))
      return { kind: 'refused', message: `this looks like ${what}, not a graph` };
  }
  if (looksBinary(head))
    return {
      kind: 'refused',
      message: isUtf16(head)
        ? 'this is UTF-16 text: save it as UTF-8'
        : 'this is binary data, not a graph file (expected JSON, GEXF, GraphML or CSV text)',
    };
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') return { kind: 'json' };
  if (start === '<') {
    const root = rootName(body);
    if (root === 'gexf' || root === 'graphml') return { kind: 'xml' };
    if (root === 'html') return { kind: 'refused', message: 'this is a web page (HTML), not a graph' };
    if (root === 'svg') return { kind: 'refused', message: 'this is an SVG image, not a graph' };
    // Malformed XML still goes to the XML reader, which says where it breaks.
    return root === undefined || /\.(gexf|graphml|xml)$/i.test(name)
      ? { kind: 'xml' }
      : { kind: 'refused', message: `an XML document with a <${root}> root, not GEXF or GraphML` };
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine)) return { kind: 'csv' };
  return {
    kind: 'refused',
    message: 'not a graph format the explorer reads: expected JSON, GEXF, GraphML or CSV (with a header row)',
  };
}
