/**
 * Scores the ingest pipeline against the bundled corpus, whose authoring YAML is the hand-written
 * gold. The rules were tuned on three articles; two were kept out of tuning and are reported apart.
 *   npm run eval:ingest             summary
 *   npm run eval:ingest -- --verbose  also every miss and false hit of the tuning articles
 *   (add --show-held-out to see the held-out ones too; doing so while tuning spoils them)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from '../src/model/ingest/pipeline';
import { knownExcept, prf, scoreSource, sum, type SourceScore } from '../src/model/ingest/evaluate';
import { GRAPH_DATA_DIR, compileCorpusFromDisk } from './corpusFiles';

export const HELD_OUT = ['2014-02-diplomat-high-level-talks', '2019-03-asian-lite-working-group'];

const verbose = process.argv.includes('--verbose');
const compiled = compileCorpusFromDisk();
if (!compiled.ok) {
  console.error('the bundled corpus does not compile; run npm run build:graph for details');
  process.exit(1);
}
const gold = compiled.data;
const scores: SourceScore[] = [];
for (const source of gold.sources) {
  const text = readFileSync(join(GRAPH_DATA_DIR, source.file ?? ''), 'utf8');
  const result = ingestText(text, {
    existing: knownExcept(gold, source.id),
    body: source.body ?? [],
    published: source.published,
  });
  const score = scoreSource(gold, source.id, result);
  scores.push(score);
  if (verbose && (!HELD_OUT.includes(source.id) || process.argv.includes('--show-held-out'))) {
    console.log(`\n## ${source.id}`);
    for (const m of score.misses) console.log(`  miss   ${m}`);
    for (const f of score.falseHits) console.log(`  wrong  ${f}`);
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function line(label: string, group: SourceScore[]) {
  const r = sum(group.map((s) => s.relations));
  const e = sum(group.map((s) => s.entities));
  const rs = prf(r);
  const es = prf(e);
  const dated = group.reduce((n, s) => n + s.dates.agree, 0);
  console.log(
    `${label.padEnd(42)} relations P ${pct(rs.p)} (${r.correct}/${r.predicted})  R ${pct(rs.r)} (${r.found}/${r.gold})  F1 ${pct(rs.f1)}   entities P ${pct(es.p)} R ${pct(es.r)}  invalid spans ${group.reduce((n, s) => n + s.invalidSpans, 0)}  dates right ${dated}/${r.correct}`,
  );
}
console.log(
  "\nIngest evaluation against the bundled corpus (each article read with only the other articles' nodes known)\n",
);
for (const s of scores)
  line(`${HELD_OUT.includes(s.source) ? '[held-out] ' : '[tuning]   '}${s.source}`, [s]);
console.log('');
line(
  'HELD-OUT (not used for tuning)',
  scores.filter((s) => HELD_OUT.includes(s.source)),
);
line(
  'tuning',
  scores.filter((s) => !HELD_OUT.includes(s.source)),
);
line('all', scores);
