/**
 * Reads articles and writes the authoring form that `npm run build:graph` compiles.
 *   npm run ingest -- [--out <dir>] [--publisher <name>] [--published <YYYY-MM-DD>] <file.txt|.md|.html> ...
 * <dir> (default ingest-out/) receives a copy of graph-data/ with the new sources, one article YAML
 * per file and the proposed new entities appended to entities.yaml; compile it with
 *   npm run build:graph -- --dir <dir>
 * Pass --out graph-data to add the articles to the bundled corpus itself.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { ingestText } from '../src/model/ingest/pipeline';
import { guessMeta, sourceIdFor, toAuthoring } from '../src/model/ingest/authoringForm';
import { knownFromCorpus } from '../src/model/ingest/corpusKnown';
import { htmlToText } from '../src/model/ingest/htmlText';
import { GRAPH_DATA_DIR, compileCorpusFromDisk } from './corpusFiles';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const flags = new Set(['--out', '--publisher', '--published']);
const files = process.argv.slice(2).filter((a, i, all) => !flags.has(a) && !flags.has(all[i - 1] ?? ''));
if (files.length === 0) {
  console.error(
    'usage: npm run ingest -- [--out <dir>] [--publisher <name>] [--published <YYYY-MM-DD>] <files>',
  );
  process.exit(2);
}
const out = resolve(option('--out') ?? 'ingest-out');
if (out !== resolve(GRAPH_DATA_DIR)) {
  for (const part of ['authoring', 'sources'])
    cpSync(join(GRAPH_DATA_DIR, part), join(out, part), { recursive: true });
}
mkdirSync(join(out, 'authoring', 'articles'), { recursive: true });
mkdirSync(join(out, 'sources'), { recursive: true });

let problems = 0;
for (const file of files) {
  const compiled = compileCorpusFromDisk(out);
  if (!compiled.ok) {
    console.error(`${out} does not compile before adding ${file}; run npm run build:graph -- --dir ${out}`);
    process.exit(1);
  }
  const raw = readFileSync(file, 'utf8');
  const text = /\.html?$/i.test(extname(file)) ? htmlToText(raw) : raw;
  const guessed = guessMeta(text, basename(file));
  const published = option('--published') ?? guessed.published;
  if (!published) {
    console.error(`${file}: no date found in the text; pass --published YYYY-MM-DD`);
    problems++;
    continue;
  }
  const id = sourceIdFor(published, guessed.title);
  if (existsSync(join(out, 'authoring', 'articles', `${id}.yaml`))) {
    console.error(`${file}: an article with id ${id} already exists in ${out}; skipped`);
    problems++;
    continue;
  }
  const publisher = option('--publisher') ?? 'Unknown publisher';
  const body = { start: text.search(/\S/), end: text.trimEnd().length };
  const known = knownFromCorpus(compiled.data);
  const result = ingestText(text, { existing: known, body: [body], published });
  const form = toAuthoring(
    result,
    {
      id,
      title: guessed.title,
      publisher,
      published,
      file: `sources/${id}.txt`,
      note: `Ingested from ${basename(file)}; title${option('--published') ? '' : ' and date'} guessed from the text${option('--publisher') ? '' : ', publisher not given'}.`,
    },
    body,
    new Map(known.map((k) => [k.id, [k.label, ...k.aliases]])),
  );
  writeFileSync(join(out, 'sources', `${id}.txt`), text);
  writeFileSync(join(out, 'authoring', 'articles', `${id}.yaml`), form.article);
  if (form.entities)
    appendFileSync(
      join(out, 'authoring', 'entities.yaml'),
      `\n# ---------------------------------------------------------------- ingested from ${id}\n${form.entities}`,
    );
  const rels = (form.article.match(/^ {2}- source:/gm) ?? []).length;
  console.log(
    `${file} -> ${id}: ${result.entities.length} entities (${form.newEntityIds.length} new), ${rels} relations proposed`,
  );
}
const check = compileCorpusFromDisk(out);
if (check.ok)
  console.log(
    `\n${out} compiles: ${check.data.nodes.length} nodes, ${check.data.edges.length} edges. Review the YAML, then npm run build:graph -- --dir ${out}`,
  );
else {
  for (const e of check.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  problems++;
}
process.exit(problems > 0 ? 1 : 0);
