import type { Dataset } from '../../model/dataset';
import type { Note, Notes } from '../../state/notesSlice';

/** What a note is on, in words: an entity's name, or "A → relation → B". */
export function noteSubject(dataset: Dataset, note: Note): string | null {
  const { graph } = dataset;
  const { kind, id } = note.target;
  if (kind === 'node') return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null;
  if (!graph.hasEdge(id)) return null;
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  return `${label(graph.source(id))} → ${graph.getEdgeAttribute(id, 'relation')} → ${label(graph.target(id))}`;
}

/** The notes in reading order: entities by name, then relations, then notes on what is gone. */
export function sortedNotes(dataset: Dataset, notes: Notes): Note[] {
  const rank = (n: Note) => (noteSubject(dataset, n) === null ? 2 : n.target.kind === 'node' ? 0 : 1);
  const name = (n: Note) => noteSubject(dataset, n) ?? n.target.id;
  return [...notes.values()].sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)));
}

/** The notes as a Markdown document, one section per entity or relation, the text as written. */
export function notesToMarkdown(dataset: Dataset, notes: Notes, exported: Date = new Date()): string {
  const title = dataset.title ?? 'Untitled graph';
  const lines = [
    `# Notes on ${title}`,
    '',
    `Exported from Dossier on ${exported.toISOString().slice(0, 10)}.`,
  ];
  for (const note of sortedNotes(dataset, notes)) {
    const subject = noteSubject(dataset, note) ?? `${note.target.id} (no longer in the graph)`;
    lines.push('', `## ${note.target.kind === 'node' ? '' : 'Relation: '}${subject}`, '', note.text.trim());
  }
  return `${lines.join('\n')}\n`;
}
