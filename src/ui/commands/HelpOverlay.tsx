import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { COMMAND_GROUPS, COMMAND_LIST } from './registry';
import './commands.css';

/** The keyboard shortcuts, listed from the command registry, in a modal dialog. */
export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="help-overlay"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      onKeyDown={(e) => {
        // Escape closes the dialog, and only the dialog: it must not also clear the selection.
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setHelpOpen(false);
      }}
    >
      <header>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" onClick={() => setHelpOpen(false)} aria-label="Close keyboard shortcuts">
          ×
        </button>
      </header>
      {COMMAND_GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <dl>
            {COMMAND_LIST.filter((c) => c.group === group).map((c) => (
              <div key={c.id}>
                <dt>
                  <kbd>{c.shortcut.label}</kbd>
                </dt>
                <dd>{c.label}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="help-note">
        The browser’s <kbd>Back</kbd> and <kbd>Forward</kbd> walk through what you looked at; the address bar
        always holds the current view, so a link opens the same view.
      </p>
    </dialog>
  );
}
