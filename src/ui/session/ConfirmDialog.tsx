import { ModalDialog } from '../ModalDialog';
import { answerQuestion, useOpenQuestion } from './confirm';
import './session.css';

/** The app's modal yes/no question: Escape or the cancel button answer no; it has no ×. */
export function ConfirmDialog() {
  const question = useOpenQuestion();

  return (
    <ModalDialog
      open={question !== null}
      onClose={() => answerQuestion(false)}
      title={question?.title ?? ''}
      className="confirm-dialog"
      role="alertdialog"
      aria-describedby="confirm-body"
    >
      {question && (
        <>
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
    </ModalDialog>
  );
}
