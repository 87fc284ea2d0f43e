import { useEffect, useRef, useState } from 'react';
import { selectDataset, useAppStore } from '../../state/store';
import { selectExporting } from '../../state/markedSlice';
import { ExportForm } from './ExportForm';
import './export.css';

/**
 * The export dialog: modal (the page behind is inert), labelled by its heading, closed by Escape,
 * Cancel or ×, and focus goes back to where it was (the toolbar button, the panel's Export…).
 */
export function ExportDialog() {
  const dataset = useAppStore(selectDataset);
  const exporting = useAppStore(selectExporting);
  const closeExport = useAppStore((s) => s.closeExport);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  // A new opening starts the form afresh (on the scope it was opened with).
  const [opening, setOpening] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (exporting && !d.open) {
      returnTo.current = document.activeElement;
      setOpening((n) => n + 1);
      d.showModal();
    }
    if (!exporting && d.open) {
      d.close();
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    }
  }, [exporting]);

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-title"
      onClose={closeExport}
      onKeyDown={(e) => {
        // Escape closes the dialog, and only the dialog: it must not also clear the selection.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        closeExport();
      }}
    >
      <header>
        <h2 id="export-title">Export</h2>
        <button type="button" className="export-close" onClick={closeExport} aria-label="Close export">
          ×
        </button>
      </header>
      {dataset && exporting && (
        <ExportForm key={opening} dataset={dataset} initialScope={exporting.scope} onDone={closeExport} />
      )}
    </dialog>
  );
}
