import { selectDataset, useAppStore } from '../../state/store';
import { selectExporting } from '../../state/markedSlice';
import { ModalDialog } from '../ModalDialog';
import { ExportForm } from './ExportForm';
import './export.css';

/**
 * The export dialog: closed by Escape, Cancel or ×; focus goes back to where it was (the toolbar
 * button, the panel's Export…). The form is mounted only while the dialog is open, so each opening
 * starts afresh on the scope it was opened with.
 */
export function ExportDialog() {
  const dataset = useAppStore(selectDataset);
  const exporting = useAppStore(selectExporting);
  const closeExport = useAppStore((s) => s.closeExport);

  return (
    <ModalDialog
      open={exporting !== null}
      onClose={closeExport}
      title="Export"
      closeLabel="Close export"
      className="export-dialog"
    >
      {dataset && exporting && (
        <ExportForm dataset={dataset} initialScope={exporting.scope} onDone={closeExport} />
      )}
    </ModalDialog>
  );
}
