import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Selection } from '../../model/selection';
import { noteKey, selectNotes, selectSetNote } from '../../state/notesSlice';
import { holdPendingEdit } from '../../state/persistence/pendingEdits';
import { useAppStore } from '../../state/store';
import './notes.css';

/** Typing is handed to the store after this pause (the store's save waits again before writing). */
const TYPING_PAUSE_MS = 300;

/**
 * "Your notes" on the selected entity or relation: plain text, saved as the person types (and at
 * once when they leave the field or the panel). Mount with `key` = the target, so each has its own.
 */
export function NoteEditor({ target }: { target: Selection }) {
  const stored = useAppStore((s) => selectNotes(s).get(noteKey(target))?.text ?? '');
  const setNote = useAppStore(selectSetNote);
  const [text, setText] = useState(stored);
  const unsaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();

  const { kind, id: targetId } = target;
  const save = useCallback(() => {
    clearTimeout(timer.current);
    if (unsaved.current === null) return;
    setNote({ kind, id: targetId }, unsaved.current);
    unsaved.current = null;
  }, [setNote, kind, targetId]);
  // Leaving the panel (another selection) saves what was typed; so does leaving the page, which
  // autosave tells held-back edits to hand over before it writes (pendingEdits.ts).
  useEffect(() => {
    const release = holdPendingEdit(save);
    return () => {
      release();
      save();
    };
  }, [save]);

  // Notes that arrive from storage after the panel opened (a graph just reopened) show up here.
  const [shown, setShown] = useState(stored);
  if (stored !== shown) {
    setShown(stored);
    if (unsaved.current === null) setText(stored);
  }

  return (
    <div className="note-editor">
      <label htmlFor={id}>Your notes</label>
      <textarea
        id={id}
        value={text}
        rows={text.split('\n').length > 3 ? 6 : 3}
        placeholder={`What you know or want to check about this ${target.kind === 'node' ? 'entity' : 'relation'}`}
        onChange={(e) => {
          setText(e.target.value);
          unsaved.current = e.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(save, TYPING_PAUSE_MS);
        }}
        onBlur={save}
      />
      <p className="note-hint">Saved as you type, in this browser only.</p>
    </div>
  );
}
