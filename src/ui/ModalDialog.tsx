import { useEffect, useId, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';
import './modalDialog.css';

interface ModalDialogProps extends Omit<
  DialogHTMLAttributes<HTMLDialogElement>,
  'open' | 'onClose' | 'title'
> {
  open: boolean;
  onClose(): void;
  title: string;
  /** The close button's accessible name ("Close the Open dialog"). */
  closeLabel: string;
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
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
      {...rest}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
    >
      <header>
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
