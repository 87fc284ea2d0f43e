/**
 * Reads articles and writes the authoring form that `npm run build:graph` compiles.
 *   npm run ingest -- [--out <dir>] [--publisher <name>] [--published <YYYY-MM-DD>] <file.txt|.md|.html> ...
 *   npm run ingest -- [--out <dir>] --from <export.json>
 * The first form proposes relations for a person to review in the YAML. The second takes a graph
 * exported from the explorer as JSON and writes the articles the corpus lacks with the relations a
 * person accepted there (Add article, review, Finish, then Export as JSON).
 * <dir> (default ingest-out/) starts as a copy of graph-data/ and receives the new sources, one
 * article YAML per article and the new entities appended to entities.yaml; compile it with
 *   npm run build:graph -- --dir <dir>
 * Pass --out graph-data to add the articles to the bundled corpus itself.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ingestText } from '../src/model/ingest/pipeline';
import { parseHTML } from 'linkedom';
import { isHtmlFile, readArticle } from '../src/model/ingest/articleFile';
import { sourceIdFor, toAuthoring, type AuthoringOutput } from '../src/model/ingest/authoringForm';
import { knownFromCorpus } from '../src/model/ingest/corpusKnown';
import { exportedArticles } from '../src/model/ingest/fromExport';
import { nameKey } from '../src/model/ingest/names';
import { loadGraphDocument } from '../src/model/load';
import type { CorpusData } from '../src/model/schema';
import { GRAPH_DATA_DIR, compileCorpusFromDisk } from './corpusFiles';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const flags = new Set(['--out', '--publisher', '--published', '--from']);
const files = process.argv.slice(2).filter((a, i, all) => !flags.has(a) && !flags.has(all[i - 1] ?? ''));
const from = option('--from');
if (files.length === 0 && !from) {
  console.error(
    'usage: npm run ingest -- [--out <dir>] [--publisher <name>] [--published <YYYY-MM-DD>] <files>\n' +
      '       npm run ingest -- [--out <dir>] --from <graph exported from the explorer as JSON>',
  );
  process.exit(2);
}
const out = resolve(option('--out') ?? 'ingest-out');
// A directory written before keeps what it has (its earlier articles need their entities).
if (out !== resolve(GRAPH_DATA_DIR) && !existsSync(join(out, 'authoring', 'entities.yaml'))) {
  for (const part of ['authoring', 'sources'])
    cpSync(join(GRAPH_DATA_DIR, part), join(out, part), { recursive: true });
}
mkdirSync(join(out, 'authoring', 'articles'), { recursive: true });
mkdirSync(join(out, 'sources'), { recursive: true });

let problems = 0;

/** The corpus in `out` as it stands, which every article is read against; exits when it is broken. */
function corpusNow(before: string): CorpusData {
  const compiled = compileCorpusFromDisk(out);
  if (!compiled.ok) {
    console.error(`${out} does not compile before adding ${before}; run npm run build:graph -- --dir ${out}`);
    process.exit(1);
  }
  return compiled.data;
}

const namesOf = (corpus: CorpusData) =>
  new Map(knownFromCorpus(corpus).map((k) => [k.id, [k.label, ...k.aliases]]));

function write(id: string, text: string, form: AuthoringOutput): void {
  writeFileSync(join(out, 'sources', `${id}.txt`), text);
  writeFileSync(join(out, 'authoring', 'articles', `${id}.yaml`), form.article);
  if (form.entities)
    appendFileSync(
      join(out, 'authoring', 'entities.yaml'),
      `\n# ---------------------------------------------------------------- ingested from ${id}\n${form.entities}`,
    );
}

const relationCount = (form: AuthoringOutput) => (form.article.match(/^ {2}- source:/gm) ?? []).length;

if (from) {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(from, 'utf8'));
  } catch (error) {
    console.error(`${from}: not a JSON file (${error instanceof Error ? error.message : String(error)})`);
    process.exit(1);
  }
  const loaded = loadGraphDocument(doc, () => undefined);
  if (!loaded.ok) {
    for (const issue of loaded.issues.slice(0, 5)) console.error(`${from}: ${issue.path}: ${issue.message}`);
    console.error(`${from} is not a graph exported from the explorer as JSON`);
    process.exit(1);
  }
  const corpus = corpusNow(from);
  const sources = new Set(corpus.sources.map((s) => s.id));
  const nodes = new Set(corpus.nodes.map((n) => n.id));
  const names = new Set(corpus.nodes.flatMap((n) => [n.label, ...n.aliases]).map(nameKey));
  const articles = exportedArticles(loaded.dataset, {
    hasSource: (id) => sources.has(id),
    hasNode: (id) => nodes.has(id),
    hasName: (name) => names.has(nameKey(name)),
  });
  if (articles.length === 0)
    console.log(`${from}: no article with accepted relations that ${out} does not have already`);
  for (const { source, result, body } of articles) {
    const form = toAuthoring(
      result,
      {
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        published: source.published,
        file: `sources/${source.id}.txt`,
        note: `Added in the explorer and reviewed there; read from ${basename(from)}.`,
        reviewed: true,
      },
      body,
      namesOf(corpusNow(from)),
    );
    write(source.id, source.text, form);
    console.log(
      `${from} -> ${source.id}: ${relationCount(form)} accepted relations, ${form.newEntityIds.length} new entities`,
    );
  }
}

for (const file of files) {
  const corpus = corpusNow(file);
  const raw = readFileSync(file, 'utf8');
  const guessed = readArticle(
    raw,
    isHtmlFile(file),
    (html) => parseHTML(html).document as unknown as Document,
  );
  const { text } = guessed;
  const published = option('--published') ?? guessed.published;
  if (!published) {
    console.error(`${file}: no date found in the text; pass --published YYYY-MM-DD`);
    problems++;
    continue;
  }
  const title = guessed.title ?? 'Untitled';
  const id = sourceIdFor(published, title);
  if (existsSync(join(out, 'authoring', 'articles', `${id}.yaml`))) {
    console.error(`${file}: an article with id ${id} already exists in ${out}; skipped`);
    problems++;
    continue;
  }
  const publisher = option('--publisher') ?? guessed.publisher ?? 'Unknown publisher';
  const readFrom = [
    'title',
    ...(option('--published') ? [] : ['date']),
    ...(!option('--publisher') && guessed.publisher ? ['publisher'] : []),
  ];
  const body = { start: text.search(/\S/), end: text.trimEnd().length };
  const result = ingestText(text, { existing: knownFromCorpus(corpus), body: [body], published });
  const form = toAuthoring(
    result,
    {
      id,
      title,
      publisher,
      published,
      file: `sources/${id}.txt`,
      note: `Ingested from ${basename(file)}; ${readFrom.join(', ')} read from the ${isHtmlFile(file) ? 'page' : 'text'}${publisher === 'Unknown publisher' ? ', publisher not given' : ''}.`,
    },
    body,
    namesOf(corpus),
  );
  write(id, text, form);
  console.log(
    `${file} -> ${id}: ${result.entities.length} entities (${form.newEntityIds.length} new), ${relationCount(form)} relations proposed`,
  );
}
const check = compileCorpusFromDisk(out);
if (check.ok)
  console.log(
    `\n${out} compiles: ${check.data.nodes.length} nodes, ${check.data.edges.length} edges. ${from ? 'Check' : 'Review'} the YAML, then npm run build:graph -- --dir ${out}`,
  );
else {
  for (const e of check.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  problems++;
}
process.exit(problems > 0 ? 1 : 0);
