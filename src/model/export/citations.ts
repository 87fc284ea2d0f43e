import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { formatIsoDate } from '../dates';
import { citeSource, citedSources, edgeQuotes } from './quotes';

/** Text as Markdown shows it, not as Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

const blockquote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

function byDateThenName(dataset: Dataset) {
  const { graph } = dataset;
  const key = (id: string) =>
    `${graph.getNodeAttribute(graph.source(id), 'label')} ${graph.getEdgeAttribute(id, 'relation')} ${graph.getNodeAttribute(graph.target(id), 'label')}`;
  return (a: string, b: string) => {
    const [da, db] = [graph.getEdgeAttribute(a, 'date'), graph.getEdgeAttribute(b, 'date')];
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da.localeCompare(db);
    return key(a).localeCompare(key(b));
  };
}

/**
 * The relations of the scope as a Markdown citation list: each relation ("Kim Jong-un met Moon
 * Jae-in", its date and modality), each of its passages quoted exactly, and the article each comes
 * from; then the articles cited. `heading` says what was exported.
 */
export function toCitationsMarkdown(dataset: Dataset, scope: Visibility, heading: string): string {
  const { graph } = dataset;
  const edges = graph
    .filterEdges((id, _a, s, t) => scope.edges.has(id) && scope.nodes.has(s) && scope.nodes.has(t))
    .sort(byDateThenName(dataset));
  const sources = citedSources(dataset, edges);
  const out = [
    `# ${escapeMarkdown(heading)}`,
    '',
    `${edges.length} relation${edges.length === 1 ? '' : 's'} among ${scope.nodes.size} entit${scope.nodes.size === 1 ? 'y' : 'ies'}, from ${sources.length} article${sources.length === 1 ? '' : 's'}.`,
  ];
  for (const id of edges) {
    const a = graph.getEdgeAttributes(id);
    const label = (n: string) => escapeMarkdown(graph.getNodeAttribute(n, 'label'));
    const details = [a.date === undefined ? undefined : formatIsoDate(a.date), a.modality].filter(Boolean);
    out.push(
      '',
      `## ${label(graph.source(id))} ${escapeMarkdown(a.relation)} ${label(graph.target(id))}` +
        (details.length > 0 ? ` (${details.join(', ')})` : ''),
    );
    const quotes = edgeQuotes(dataset, id);
    if (quotes.length === 0) out.push('', '*No quoted passage: the relation came without its evidence.*');
    for (const q of quotes) {
      out.push('', blockquote(q.text), `> — ${escapeMarkdown(citeSource(q.source, q.sourceId))}`);
    }
  }
  if (sources.length > 0) {
    out.push('', '## Articles', '');
    for (const s of sources) out.push(`- ${escapeMarkdown(citeSource(s, s.id))}`);
  }
  return `${out.join('\n')}\n`;
}
