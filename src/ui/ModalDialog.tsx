import { useEffect, useId, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';
import './modalDialog.css';

interface ModalDialogProps extends Omit<
  DialogHTMLAttributes<HTMLDialogElement>,
  'open' | 'onClose' | 'title'
> {
  open: boolean;
  /** The person closed it (×, Escape, or the browser's own close); not called when `open` turns false. */
  onClose(): void;
  title: string;
  /**
   * The close button's accessible name ("Close the Open dialog"). Without it there is no ×: a
   * question is answered by its own buttons (or Escape), not dismissed.
   */
  closeLabel?: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>` driven by state: shown with `showModal()` (focus moves in and comes
 * back, the page behind is inert), titled by its heading, closed by × or Escape. Escape closes the
 * dialog and only the dialog: it must not also reach the page's own Escape command.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  closeLabel,
  children,
  className,
  ...rest
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={(e) => {
        // Only a close the state did not ask for (its `close` event comes later, when the dialog
        // may already be open again for the next question).
        if (open && !e.currentTarget.open) onClose();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // No native cancel: the state closes the dialog, once.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      {...rest}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
    >
      <header>
        <h2 id={titleId}>{title}</h2>
        {closeLabel && (
          <button type="button" onClick={onClose} aria-label={closeLabel}>
            ×
          </button>
        )}
      </header>
      {children}
    </dialog>
  );
}
