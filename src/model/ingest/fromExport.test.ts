import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../authoring/compile';
import { buildDataset } from '../dataset';
import { toGraphData } from '../formats/bundle';
import { loadGraphDocument } from '../load';
import { toAuthoring } from './authoringForm';
import { exportedArticles, REVIEWED_PATTERN } from './fromExport';
import { addRelationByHand, graphNames, markEntity } from './handAdded';
import { nameKey } from './names';
import { ingestText } from './pipeline';
import { applyReview, knownFromGraph, newReview, type Review } from './review';
import { bundledCorpusForTests } from './testCorpus';

const GRAPH_DATA = join(import.meta.dirname, '..', '..', '..', 'graph-data');
const text = readFileSync(join(import.meta.dirname, 'fixtures', '2019-06-30-dmz-meeting.txt'), 'utf8');
const ARTICLE = {
  id: '2019-06-30-trump-meets-kim',
  title: 'Trump meets Kim',
  publisher: 'Wire',
  published: '2019-06-30',
  text,
};

const corpus = bundledCorpusForTests();
const base = buildDataset(corpus.data, corpus.texts);
const at = (words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return { start, end: start + words.length };
};

/** The article reviewed in the explorer: two candidates accepted, one relation stated by hand. */
function reviewed(): Review {
  let review = newReview(
    ARTICLE,
    ingestText(text, { existing: knownFromGraph(base.graph), published: '2019-06-30' }),
  );
  const find = (triple: string) => {
    const r = review.relations.find((x) => `${x.source} ${x.relation} ${x.target}` === triple);
    if (!r) throw new Error(`no candidate ${triple}`);
    return r.id;
  };
  review = {
    ...review,
    decisions: {
      [find('moon-jae-in praised donald-trump')]: 'accepted',
      [find('kim-jong-un leader of north-korea')]: 'accepted',
      [find('japan warned north-korea')]: 'rejected',
    },
  };
  const marked = markEntity(review, graphNames(base.graph), {
    span: at('moratorium'),
    name: 'Moratorium on nuclear tests',
    type: 'event',
    kind: 'moratorium',
    date: '2018-04',
  });
  if ('problem' in marked) throw new Error(marked.problem);
  const stated = addRelationByHand(marked.review, {
    source: 'north-korea',
    relation: 'agreed to',
    target: marked.id,
    evidence: at('Pyongyang said it would keep its moratorium on nuclear tests'),
  });
  if ('problem' in stated) throw new Error(stated.problem);
  return stated.review;
}

/** The graph exported as JSON from the explorer and read back, as `ingest --from` reads it. */
function exported() {
  const json: unknown = JSON.parse(JSON.stringify(toGraphData(applyReview(base, reviewed()))));
  const loaded = loadGraphDocument(json, () => undefined);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.dataset;
}

const sources = new Set(corpus.data.sources.map((s) => s.id));
const nodes = new Set(corpus.data.nodes.map((n) => n.id));
const names = new Set(corpus.data.nodes.flatMap((n) => [n.label, ...n.aliases]).map(nameKey));
const ids = {
  hasSource: (id: string) => sources.has(id),
  hasNode: (id: string) => nodes.has(id),
  hasName: (name: string) => names.has(nameKey(name)),
};

describe('articles read back from an exported graph', () => {
  it('are the ones the corpus lacks, with exactly the relations accepted in review', () => {
    const [article, ...more] = exportedArticles(exported(), ids);
    expect(more).toEqual([]);
    expect(article?.source.id).toBe(ARTICLE.id);
    const triples = article?.result.relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();
    expect(triples).toEqual([
      'kim-jong-un leader of north-korea',
      'moon-jae-in praised donald-trump',
      'north-korea agreed to moratorium-on-nuclear-tests',
    ]);
    expect(article?.result.relations.every((r) => r.pattern === REVIEWED_PATTERN)).toBe(true);
    const moratorium = article?.result.entities.find((e) => e.id === 'moratorium-on-nuclear-tests');
    expect(moratorium).toMatchObject({ existing: false, kind: 'moratorium', date: '2018-04' });
    expect(article?.result.entities.find((e) => e.id === 'north-korea')?.existing).toBe(true);
    // The corpus's own articles are not written again.
    expect(exportedArticles(buildDataset(corpus.data, corpus.texts), ids)).toEqual([]);
  });

  it('compile with the corpus into the same relations, passages and new node', () => {
    const [article] = exportedArticles(exported(), ids);
    if (!article) throw new Error('no article');
    const names = new Map(corpus.data.nodes.map((n) => [n.id, [n.label, ...n.aliases]]));
    const form = toAuthoring(
      article.result,
      { ...ARTICLE, file: `sources/${ARTICLE.id}.txt`, reviewed: true },
      article.body,
      names,
    );
    expect(form.article).toMatch(/^# Written by `npm run ingest -- --from`/);
    const authoring = join(GRAPH_DATA, 'authoring');
    const articles = readdirSync(join(authoring, 'articles')).map((f) => ({
      path: f,
      content: readFileSync(join(authoring, 'articles', f), 'utf8'),
    }));
    const compiled = compileCorpus({
      entities: {
        path: 'entities.yaml',
        content: `${readFileSync(join(authoring, 'entities.yaml'), 'utf8')}\n${form.entities}`,
      },
      articles: [...articles, { path: `${ARTICLE.id}.yaml`, content: form.article }],
      readText: (file) =>
        file === `sources/${ARTICLE.id}.txt` ? text : readFileSync(join(GRAPH_DATA, file), 'utf8'),
    });
    if (!compiled.ok)
      throw new Error(compiled.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
    const passage = (edge: string) =>
      compiled.data.edges
        .find((e) => e.id === edge)
        ?.evidence?.filter((s) => s.source === ARTICLE.id)
        .map((s) => text.slice(s.start, s.end));
    expect(passage('moon-jae-in--praised--donald-trump')).toEqual(['Moon Jae-in praised Trump']);
    expect(passage('north-korea--agreed-to--moratorium-on-nuclear-tests')?.[0]).toContain(
      'Pyongyang said it would keep its moratorium on nuclear tests',
    );
    expect(compiled.data.edges.filter((e) => e.evidence?.some((s) => s.source === ARTICLE.id))).toHaveLength(
      3,
    );
    expect(compiled.data.nodes.find((n) => n.id === 'moratorium-on-nuclear-tests')).toMatchObject({
      type: 'event',
      date: '2018-04',
      description: 'Added from "Trump meets Kim" after review in the explorer.',
    });
  });

  it('give an entity the reviewer kept apart from a graph node an authoring id of its own', () => {
    const review = reviewed();
    const kim = review.entities.find((e) => e.id === 'kim-jong-un');
    if (!kim) throw new Error('no Kim');
    const apart = applyReview(base, { ...review, unlinked: ['kim-jong-un'] });
    const [article] = exportedArticles(apart, ids);
    const leader = article?.result.relations.find((r) => r.relation === 'leader of');
    expect(leader?.source).toBe(`kim-jong-un-${ARTICLE.id}`);
    // Its own label (as the article writes it, and the article's title), so that in the authoring
    // form the name "Kim Jong Un" still means one node.
    const own = article?.result.entities.find((e) => e.id === leader?.source);
    expect(own).toMatchObject({ existing: false });
    expect(own?.label).toMatch(/^Kim Jong-?[Uu]n \(Trump meets Kim\)$/);
  });
});
