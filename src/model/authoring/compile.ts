import type {
  CorpusData as GraphData,
  CorpusNode as NodeRecord,
  CorpusEdge as EdgeRecord,
  CorpusSource as SourceRecord,
  Span,
} from '../schema';
import { endsProblem, relationDescriptor } from '../vocabulary';
import type { NodeType } from '../nodeTypes';
import { articleFileSchema, entitiesFileSchema, type ArticleFile, type EntityEntry } from './authoringSchema';
import { parseLocatedYaml, type LocatedYaml } from './yamlDocument';
import { quoteIndex, resolveQuote, resolveWithinQuote, type QuoteIndex } from './quotes';
import { findMentions, type Range } from './mentions';
import { edgeId } from './edgeId';

export interface AuthoringFile {
  /** Path shown in error messages. */
  path: string;
  content: string;
}

export interface CorpusInput {
  entities: AuthoringFile;
  articles: readonly AuthoringFile[];
  /** The text of a source file, by its path relative to graph-data/, or undefined when missing. */
  readText(file: string): string | undefined;
}

export interface CompileError {
  file: string;
  line: number;
  message: string;
}

export type CompileResult = { ok: true; data: GraphData } | { ok: false; errors: CompileError[] };

type Path = (string | number)[];

class Reporter {
  constructor(
    readonly file: string,
    private readonly doc: LocatedYaml,
    private readonly sink: CompileError[],
  ) {}
  lineOf(path: Path): number {
    return this.doc.lineOf(path);
  }
  error(path: Path, message: string): void {
    this.sink.push({ file: this.file, line: this.doc.lineOf(path), message });
  }
}

function parseFile<T>(
  file: AuthoringFile,
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  errors: CompileError[],
): { data: T; report: Reporter } | undefined {
  const doc = parseLocatedYaml(file.content);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push({ file: file.path, line: e.line, message: `YAML: ${e.message}` });
    return undefined;
  }
  const report = new Reporter(file.path, doc, errors);
  const parsed = schema.safeParse(doc.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      report.error(path, `${path.join('.') || '(file)'}: ${issue.message}`);
    }
    return undefined;
  }
  return { data: parsed.data, report };
}

interface EntityTable {
  entries: EntityEntry[];
  types: Map<string, NodeType>;
}

function compileEntities(file: AuthoringFile, errors: CompileError[]): EntityTable | undefined {
  const parsed = parseFile(file, entitiesFileSchema, errors);
  if (!parsed) return undefined;
  const { data: entries, report } = parsed;
  const types = new Map<string, NodeType>();
  const nameOwner = new Map<string, { id: string; index: number }>();
  entries.forEach((e, i) => {
    if (types.has(e.id)) report.error([i, 'id'], `duplicate node id "${e.id}"`);
    types.set(e.id, e.type);
    for (const name of new Set([e.label, ...e.aliases])) {
      const owner = nameOwner.get(name);
      if (owner && owner.id !== e.id) {
        report.error(
          [i],
          `"${name}" is claimed by two nodes: "${owner.id}" (entry ${owner.index + 1}) and "${e.id}"; names must identify one node (use explicit mentions for context-dependent words)`,
        );
      } else nameOwner.set(name, { id: e.id, index: i });
    }
    if (e.date !== undefined && e.type !== 'event')
      report.error([i, 'date'], `only events carry a date ("${e.id}" is a ${e.type})`);
  });
  return { entries, types };
}

interface ArticleOutput {
  source: SourceRecord;
  mentions: (Range & { node: string })[];
  relations: {
    key: string;
    edge: Omit<EdgeRecord, 'evidence' | 'id'>;
    evidence: Span[];
    file: string;
    line: number;
  }[];
}

function resolveOrReport(
  result: ReturnType<typeof resolveQuote>,
  report: Reporter,
  path: Path,
): Range | undefined {
  if (result.ok) return { start: result.start, end: result.end };
  report.error(path, result.message);
  return undefined;
}

function compileArticle(
  article: ArticleFile,
  report: Reporter,
  index: QuoteIndex,
  entities: EntityTable,
): ArticleOutput {
  const body: Range[] = [];
  article.body.forEach((seg, i) => {
    const from = resolveOrReport(resolveQuote(index, seg.from), report, ['body', i, 'from']);
    const to = resolveOrReport(resolveQuote(index, seg.to), report, ['body', i, 'to']);
    if (from && to) {
      if (to.end <= from.start) report.error(['body', i, 'to'], 'the body segment ends before it starts');
      else body.push({ start: from.start, end: to.end });
    }
  });
  const inBody = (r: Range) => body.some((s) => r.start >= s.start && r.end <= s.end);
  const checkBody = (r: Range | undefined, path: Path) => {
    if (r && body.length > 0 && !inBody(r))
      report.error(path, 'this passage lies outside the article body (site furniture is not evidence)');
    return r && inBody(r) ? r : undefined;
  };

  const explicit: (Range & { node: string })[] = [];
  article.mentions.forEach((m, i) => {
    if (!entities.types.has(m.node)) report.error(['mentions', i, 'node'], `unknown node "${m.node}"`);
    const r = checkBody(
      resolveOrReport(resolveWithinQuote(index, m.quote, m.text), report, ['mentions', i]),
      ['mentions', i],
    );
    const clash = r && explicit.find((e) => r.start < e.end && e.start < r.end);
    if (r && clash)
      report.error(['mentions', i], `this mention overlaps another explicit mention (of "${clash.node}")`);
    else if (r && entities.types.has(m.node)) explicit.push({ ...r, node: m.node });
  });
  const suppressed: Range[] = [];
  article.nonMentions.forEach((m, i) => {
    const path: Path = ['nonMentions', i];
    const r = checkBody(resolveOrReport(resolveWithinQuote(index, m.quote, m.text), report, path), path);
    if (r) suppressed.push(r);
  });

  const relations: ArticleOutput['relations'] = [];
  article.relations.forEach((rel, i) => {
    const at: Path = ['relations', i];
    const from = entities.types.get(rel.source);
    const to = entities.types.get(rel.target);
    if (!from) report.error([...at, 'source'], `unknown node "${rel.source}"`);
    if (!to) report.error([...at, 'target'], `unknown node "${rel.target}"`);
    const descriptor = relationDescriptor(rel.relation);
    if (!descriptor)
      report.error(
        [...at, 'relation'],
        `"${rel.relation}" is not in the relation vocabulary (src/model/vocabulary.ts)`,
      );
    else if (from && to) {
      const problem = endsProblem(
        descriptor,
        { name: `"${rel.source}"`, type: from },
        { name: `"${rel.target}"`, type: to },
      );
      if (problem) report.error([...at, 'relation'], problem);
    }
    if (rel.source === rel.target) report.error(at, 'an edge cannot join a node to itself');
    const quotes = rel.quotes ?? (rel.quote !== undefined ? [rel.quote] : []);
    const evidence: Span[] = [];
    quotes.forEach((q, j) => {
      const path: Path = rel.quotes ? [...at, 'quotes', j] : [...at, 'quote'];
      const r = checkBody(resolveOrReport(resolveQuote(index, q), report, path), path);
      if (r) evidence.push({ source: article.source.id, start: r.start, end: r.end });
    });
    const edge = {
      source: rel.source,
      target: rel.target,
      relation: rel.relation,
      ...(rel.date !== undefined ? { date: rel.date } : {}),
      ...(rel.modality !== undefined ? { modality: rel.modality } : {}),
    };
    relations.push({ key: edgeId(edge), edge, evidence, file: report.file, line: report.lineOf(at) });
  });

  const names = entities.entries.map((e) => ({ id: e.id, names: [e.label, ...e.aliases] }));
  const mentions = findMentions(index, names, body, explicit, suppressed);
  const source: SourceRecord = {
    ...article.source,
    body: body.map((b) => ({ source: article.source.id, start: b.start, end: b.end })),
  };
  return { source, mentions, relations };
}

/**
 * Compiles the authoring files into graph data: resolves every quote to offsets in its text,
 * finds mentions, merges relations stated in several articles into one edge, and reports every
 * problem with its file and line. Deterministic: the same files give the same output.
 */
export function compileCorpus(input: CorpusInput): CompileResult {
  const errors: CompileError[] = [];
  const entities = compileEntities(input.entities, errors);

  const articles: ArticleOutput[] = [];
  const sourceIds = new Set<string>();
  for (const file of input.articles) {
    const parsed = parseFile(file, articleFileSchema, errors);
    if (!parsed || !entities) continue;
    const { data, report } = parsed;
    if (sourceIds.has(data.source.id))
      report.error(['source', 'id'], `duplicate source id "${data.source.id}"`);
    sourceIds.add(data.source.id);
    const text = input.readText(data.source.file);
    if (text === undefined) {
      report.error(['source', 'file'], `no text file at graph-data/${data.source.file}`);
      continue;
    }
    articles.push(compileArticle(data, report, quoteIndex(data.source.id, text), entities));
  }
  if (!entities) return { ok: false, errors };

  articles.sort(
    (a, b) => a.source.published.localeCompare(b.source.published) || a.source.id.localeCompare(b.source.id),
  );

  const mentionsByNode = new Map<string, Span[]>();
  for (const a of articles) {
    for (const m of a.mentions) {
      const list = mentionsByNode.get(m.node) ?? [];
      list.push({ source: a.source.id, start: m.start, end: m.end });
      mentionsByNode.set(m.node, list);
    }
  }
  const nodes: NodeRecord[] = entities.entries.map((e) => ({
    ...e,
    mentions: mentionsByNode.get(e.id) ?? [],
  }));
  const entityReport = new Reporter(input.entities.path, parseLocatedYaml(input.entities.content), errors);
  nodes.forEach((n, i) => {
    if (n.mentions?.length === 0)
      entityReport.error(
        [i],
        `node "${n.id}" is never named in any article body: add an alias or an explicit mention`,
      );
  });

  const edges = new Map<string, EdgeRecord>();
  for (const a of articles) {
    for (const r of a.relations) {
      const existing = edges.get(r.key);
      if (existing && existing.modality !== r.edge.modality) {
        errors.push({
          file: r.file,
          line: r.line,
          message: `"${r.key}" is stated elsewhere as ${existing.modality ?? 'fact'} but here as ${r.edge.modality ?? 'fact'}: give both the same modality, or tell them apart by date`,
        });
      } else if (existing) existing.evidence.push(...r.evidence);
      else edges.set(r.key, { id: r.key, ...r.edge, evidence: [...r.evidence] });
    }
  }

  if (errors.length > 0)
    return { ok: false, errors: errors.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line) };
  return { ok: true, data: { sources: articles.map((a) => a.source), nodes, edges: [...edges.values()] } };
}
