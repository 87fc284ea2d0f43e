/**
 * `npm run bench:ingest`: how long the Add-article pipeline takes to read text, in Node (the browser
 * runs the same code in a Worker). Prints, for each bundled article and for the five article bodies
 * joined 1, 4 and 16 times, the words read, the median time of the repetitions and the time per
 * 1,000 words, with the ratio of that to the single copy's (1.0 where the cost grows with the text
 * alone). Each article is read knowing the nodes of the other four, as `npm run eval:ingest` does.
 *
 *   npm run bench:ingest               5 repetitions
 *   npm run bench:ingest -- --reps=9
 */
import { compileCorpusFromDisk, readSourceTexts } from '../scripts/corpusFiles';
import { knownExcept } from '../src/model/ingest/evaluate';
import { ingestText } from '../src/model/ingest/pipeline';

const repsArg = process.argv.find((a) => a.startsWith('--reps='));
const reps = Math.max(1, Number(repsArg?.split('=')[1] ?? 5));

const compiled = compileCorpusFromDisk();
if (!compiled.ok) {
  console.error('the bundled corpus does not compile; run npm run build:graph for details');
  process.exit(1);
}
const corpus = compiled.data;
const texts = readSourceTexts(corpus);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Median milliseconds of `reps` reads of `text` (after one read to warm up), and what it found. */
function time(text: string, sourceId: string, published?: string) {
  const options = { existing: knownExcept(corpus, sourceId), ...(published ? { published } : {}) };
  let result = ingestText(text, options);
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    result = ingestText(text, options);
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), entities: result.entities.length, relations: result.relations.length };
}

interface Row {
  name: string;
  words: number;
  ms: number;
  perThousand: number;
  entities: number;
  relations: number;
}
const rows: Row[] = [];
const bodies: string[] = [];
for (const source of corpus.sources) {
  const text = texts.get(source.id);
  if (text === undefined) continue;
  const body = (source.body ?? [{ start: 0, end: text.length }])
    .map((b) => text.slice(b.start, b.end))
    .join('\n\n');
  bodies.push(body);
  const r = time(body, source.id, source.published);
  rows.push({ name: source.id, words: words(body), ...r, perThousand: (r.ms / words(body)) * 1000 });
}
const joined = bodies.join('\n\n');
for (const copies of [1, 4, 16]) {
  const text = Array.from({ length: copies }, () => joined).join('\n\n');
  const r = time(text, 'none');
  rows.push({
    name: `all five × ${copies}`,
    words: words(text),
    ...r,
    perThousand: (r.ms / words(text)) * 1000,
  });
}

const single = rows.find((r) => r.name === 'all five × 1')?.perThousand ?? 1;
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `Ingest (Node ${process.version}, median of ${reps}; ratio: ms per 1,000 words against all five × 1)\n`,
);
console.log(
  `${'text'.padEnd(42)}${pad('words', 8)}${pad('ms', 9)}${pad('ms/1k words', 13)}${pad('ratio', 7)}${pad('entities', 10)}${pad('relations', 11)}`,
);
for (const r of rows)
  console.log(
    `${r.name.padEnd(42)}${pad(r.words, 8)}${pad(r.ms.toFixed(0), 9)}${pad(r.perThousand.toFixed(1), 13)}${pad((r.perThousand / single).toFixed(2), 7)}${pad(r.entities, 10)}${pad(r.relations, 11)}`,
  );
