import type { Dataset } from '../../model/dataset';
import type { Notes } from '../../state/notesSlice';
import { notesToMarkdown } from './notesMarkdown';

/** A file name from the graph's title: "notes-inter-korean-relations-2014-2021.md". */
export function notesFileName(dataset: Dataset): string {
  const slug = (dataset.title ?? 'graph')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `notes-${slug || 'graph'}.md`;
}

/** Downloads the notes as a Markdown file. */
export function exportNotes(dataset: Dataset, notes: Notes): void {
  const blob = new Blob([notesToMarkdown(dataset, notes)], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = notesFileName(dataset);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
