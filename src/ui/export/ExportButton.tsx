import { CommandButton } from '../commands/CommandButton';
import { COMMANDS } from '../commands/registry';
import { ExportDialog } from './ExportDialog';

/** The toolbar's Export… button, and the dialog it opens (also opened by `e` and the selection panel). */
export function ExportButton() {
  return (
    <span className="toolbar-cluster">
      <CommandButton command={COMMANDS.export}>Export…</CommandButton>
      <ExportDialog />
    </span>
  );
}
