import { CommandButton } from '../commands/CommandButton';
import { COMMANDS } from '../commands/registry';

/** Zoom out, zoom in (about the centre of the view) and Fit: plain buttons, so Tab reaches them. */
export function ZoomControls() {
  return (
    <span className="toolbar-cluster">
      <CommandButton command={COMMANDS.zoomOut} className="icon-button zoom-step">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 8h9" />
        </svg>
      </CommandButton>
      <CommandButton command={COMMANDS.zoomIn} className="icon-button zoom-step">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 8h9M8 3.5v9" />
        </svg>
      </CommandButton>
      <CommandButton command={COMMANDS.fit}>Fit</CommandButton>
    </span>
  );
}
