import type { Dataset } from '../../model/dataset';
import { selectNotes } from '../../state/notesSlice';
import { selectSelect, useAppStore } from '../../state/store';
import { exportNotes } from './exportNotes';
import { noteSubject, sortedNotes } from './notesMarkdown';
import './notes.css';

/** How much of a note the overview shows; the whole note is in the entity's panel. */
const PREVIEW_CHARS = 140;

/** "Your notes (n)" in the overview: each note's subject (a link to it) and the start of its text. */
export function NotesList({ dataset }: { dataset: Dataset }) {
  const notes = useAppStore(selectNotes);
  const select = useAppStore(selectSelect);
  if (notes.size === 0) return null;
  return (
    <section aria-label="Your notes" className="notes-list">
      <div className="notes-list-head">
        <h3>Your notes ({notes.size})</h3>
        <button type="button" onClick={() => exportNotes(dataset, notes)}>
          Export notes
        </button>
      </div>
      <ul>
        {sortedNotes(dataset, notes).map((note) => {
          const subject = noteSubject(dataset, note);
          const text = note.text.trim();
          return (
            <li key={`${note.target.kind}:${note.target.id}`}>
              {subject === null ? (
                <span className="note-gone">{note.target.id} (no longer in this graph)</span>
              ) : (
                <button type="button" className="note-subject" onClick={() => select(note.target)}>
                  {subject}
                </button>
              )}
              <p className="note-preview">
                {text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
