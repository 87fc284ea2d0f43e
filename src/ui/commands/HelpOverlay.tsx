import { useAppStore } from '../../state/store';
import { ModalDialog } from '../ModalDialog';
import { COMMAND_GROUPS, COMMAND_LIST } from './registry';
import './commands.css';

/** The keyboard shortcuts, listed from the command registry, in a modal dialog. */
export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);

  return (
    <ModalDialog
      open={open}
      onClose={() => setHelpOpen(false)}
      title="Keyboard shortcuts"
      closeLabel="Close keyboard shortcuts"
      className="help-overlay"
    >
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
    </ModalDialog>
  );
}
