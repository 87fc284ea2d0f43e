import { useEffect, useRef } from 'react';
import { answerQuestion, useOpenQuestion } from './confirm';
import './session.css';

/** The app's modal yes/no dialog: Escape or the cancel button answer no. */
export function ConfirmDialog() {
  const question = useOpenQuestion();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (question && !d.open) d.showModal();
    if (!question && d.open) d.close();
  }, [question]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        answerQuestion(false);
      }}
      onKeyDown={(e) => {
        // Escape answers the dialog, and only the dialog: it must not also clear the selection.
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      {question && (
        <>
          <h2 id="confirm-title">{question.title}</h2>
          <p id="confirm-body">{question.body}</p>
          <div className="confirm-actions">
            {question.extra && (
              <button type="button" className="confirm-extra" onClick={question.extra.run}>
                {question.extra.label}
              </button>
            )}
            <button type="button" autoFocus onClick={() => answerQuestion(false)}>
              {question.cancel}
            </button>
            <button type="button" className="confirm-yes" onClick={() => answerQuestion(true)}>
              {question.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
