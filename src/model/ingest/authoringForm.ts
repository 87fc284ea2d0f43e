import { foldTypography, occurrences } from '../text/normalize';
import { slug } from './gazetteer';
import { datesIn } from './relationDates';
import type { IngestResult, TextRange } from './types';

/**
 * Writes an ingest result in the human-editable authoring form (graph-data/README.md): one article
 * YAML file plus the entity entries it needs, so that `npm run build:graph` compiles it. Quotes are
 * grown word by word until they occur once in the text, as the compiler requires.
 */
export interface ArticleMeta {
  id: string;
  title: string;
  publisher: string;
  published: string;
  file: string;
  note?: string;
  /** Relations a person accepted in the explorer's review (`ingest --from`), not proposals to review. */
  reviewed?: boolean;
}

export interface AuthoringOutput {
  article: string;
  /** YAML list entries for entities.yaml (new nodes only). */
  entities: string;
  newEntityIds: string[];
}

const q = (s: string) => JSON.stringify(s);

/** The shortest passage around [start, end) that occurs exactly once in the text. */
export function uniqueQuote(
  text: string,
  range: TextRange,
  within: TextRange = { start: 0, end: text.length },
): TextRange | undefined {
  const folded = foldTypography(text);
  let { start, end } = range;
  for (let step = 0; step < 60; step++) {
    if (occurrences(folded, folded.slice(start, end)).length === 1) return { start, end };
    const grow = step % 2 === 0 ? 'right' : 'left';
    if (grow === 'right' && end < within.end) {
      const m = /^\s*\S+/.exec(text.slice(end, within.end));
      end += m ? m[0].length : within.end - end;
    } else if (start > within.start) {
      const m = /\S+\s*$/.exec(text.slice(within.start, start));
      start -= m ? m[0].length : start - within.start;
    } else if (end >= within.end) return undefined;
  }
  return undefined;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? 'Untitled'
  );
}

/** Wire services whose dateline ("SEOUL (AP) —") names the publisher of the story. */
const WIRE_SERVICES: Readonly<Record<string, string>> = {
  AP: 'The Associated Press',
  Reuters: 'Reuters',
  AFP: 'Agence France-Presse',
  Yonhap: 'Yonhap News Agency',
  Kyodo: 'Kyodo News',
  UPI: 'United Press International',
  Xinhua: 'Xinhua News Agency',
};
const DATELINE = new RegExp(`\\((${Object.keys(WIRE_SERVICES).join('|')})\\)\\s*(?:[-\u2013\u2014]+|:)`);

/** What the text itself says of an article: the first line as its title, its first date, a wire dateline. */
export interface GuessedMeta {
  title: string;
  published?: string;
  publisher?: string;
}

/** Title, date and (from a wire dateline, in the opening lines) publisher guessed from the text. */
export function guessMeta(text: string): GuessedMeta {
  // A Markdown file's first line is a heading: "# Seoul proposes talks" is titled without the marks.
  const title = firstLine(text)
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .slice(0, 160);
  // The first full date the text writes ("2019-06-30", "June 30, 2019", "Nov. 4, 2025").
  const published = datesIn(text.toLowerCase()).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date))?.date;
  const wire = DATELINE.exec(text.slice(0, 1000))?.[1];
  const publisher = wire ? WIRE_SERVICES[wire] : undefined;
  return { title, ...(published ? { published } : {}), ...(publisher ? { publisher } : {}) };
}

export function sourceIdFor(published: string, title: string): string {
  return `${published}-${slug(title).split('-').slice(0, 6).join('-')}`;
}

export function toAuthoring(
  result: IngestResult,
  meta: ArticleMeta,
  body: TextRange,
  /** Existing nodes by id, with the names (label and aliases) their entity file gives them. */
  knownNames: ReadonlyMap<string, readonly string[]>,
): AuthoringOutput {
  const { text } = result;
  const lines: string[] = [];
  lines.push(
    meta.reviewed
      ? '# Written by `npm run ingest -- --from`: the relations a person accepted in the explorer, with their passages.'
      : '# Written by `npm run ingest`: review every relation below before compiling (npm run build:graph).',
  );
  lines.push('source:');
  lines.push(`  id: ${meta.id}`);
  lines.push(`  title: ${q(meta.title)}`);
  lines.push(`  publisher: ${q(meta.publisher)}`);
  lines.push(`  published: ${q(meta.published)}`);
  lines.push(`  file: ${meta.file}`);
  if (meta.note) lines.push(`  note: ${q(meta.note)}`);
  const first = /\S+(?:\s+\S+){0,5}/.exec(text.slice(body.start, body.end));
  const from =
    first &&
    uniqueQuote(
      text,
      { start: body.start + first.index, end: body.start + first.index + first[0].length },
      body,
    );
  const tail = /\S+(?:\s+\S+){0,5}\s*$/.exec(text.slice(body.start, body.end));
  const toRange = tail && {
    start: body.start + tail.index,
    end: body.start + tail.index + tail[0].trimEnd().length,
  };
  const to = toRange && uniqueQuote(text, toRange, body);
  if (!from || !to) throw new Error('could not find unique first and last words of the article body');
  lines.push(
    '',
    'body:',
    `  - from: ${q(text.slice(from.start, from.end))}`,
    `    to: ${q(text.slice(to.start, to.end))}`,
  );

  const usable = result.entities.filter(
    (e) => e.mentions.length > 0 && (knownNames.has(e.id) || !e.existing),
  );
  const usableIds = new Set(usable.map((e) => e.id));
  const entityLines: string[] = [];
  const newEntityIds: string[] = [];
  const mentionLines: string[] = [];
  for (const e of usable) {
    const isNew = !knownNames.has(e.id);
    // A new node keeps the gazetteer spellings the text uses as aliases; other words are explicit mentions.
    const used = isNew
      ? [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.label && e.aliases.includes(t))
      : [];
    if (isNew) {
      newEntityIds.push(e.id);
      entityLines.push(
        '',
        `- id: ${e.id}`,
        `  type: ${e.type}`,
        ...(e.kind ? [`  kind: ${e.kind}`] : []),
        `  label: ${q(e.label)}`,
        `  aliases: [${used.map(q).join(', ')}]`,
        ...(e.date ? [`  date: ${q(e.date)}`] : []),
        `  description: ${q(
          meta.reviewed
            ? `Added from "${meta.title}" after review in the explorer.`
            : `Proposed by ingest from "${meta.title}" (confidence ${e.confidence}); review.`,
        )}`,
      );
    }
    const names = new Set((isNew ? [e.label, ...used] : (knownNames.get(e.id) ?? [])).map(foldTypography));
    for (const m of e.mentions) {
      if (names.has(foldTypography(m.text))) continue;
      const around = uniqueQuote(text, m, body);
      if (!around) continue;
      const inside = occurrences(
        foldTypography(text.slice(around.start, around.end)),
        foldTypography(m.text),
      );
      if (inside.length !== 1) continue;
      mentionLines.push(
        `  - node: ${e.id} # ${m.reason}`,
        `    quote: ${q(text.slice(around.start, around.end))}`,
        `    text: ${q(m.text)}`,
      );
    }
  }
  if (mentionLines.length > 0) lines.push('', 'mentions:', ...mentionLines);

  const relLines: string[] = [];
  const seen = new Set<string>();
  const modalities = new Map<string, string | undefined>();
  for (const r of [...result.relations].sort((a, b) => b.confidence - a.confidence)) {
    if (!usableIds.has(r.source) || !usableIds.has(r.target)) continue;
    const span = uniqueQuote(text, r.evidence, body);
    if (!span) continue;
    const quote = text.slice(span.start, span.end);
    // The compiler merges a relation stated twice into one edge, so both must agree on modality.
    const edge = `${r.source}|${r.relation}|${r.target}|${r.date ?? ''}`;
    const key = `${edge}|${quote}`;
    if (seen.has(key) || (modalities.has(edge) && modalities.get(edge) !== r.modality)) continue;
    seen.add(key);
    modalities.set(edge, r.modality);
    relLines.push(
      `  - source: ${r.source} # ${meta.reviewed ? 'accepted in review' : `confidence ${r.confidence}, pattern ${r.pattern}`}`,
      `    relation: ${r.relation}`,
      `    target: ${r.target}`,
      ...(r.modality ? [`    modality: ${r.modality}`] : []),
      ...(r.date ? [`    date: ${q(r.date)}`] : []),
      `    quote: ${q(quote)}`,
    );
  }
  if (relLines.length > 0) lines.push('', 'relations:', ...relLines);
  return {
    article: lines.join('\n') + '\n',
    entities: entityLines.join('\n') + (entityLines.length ? '\n' : ''),
    newEntityIds,
  };
}
