import { selectTheme, useAppStore } from '../../state/store';
import { CommandButton } from '../commands/CommandButton';
import { COMMANDS } from '../commands/registry';

/** A toggle (aria-pressed) between the light and the dark theme; the choice is remembered. */
export function ThemeToggle() {
  const dark = useAppStore(selectTheme) === 'dark';
  return (
    <CommandButton command={COMMANDS.toggleTheme} className="icon-button" pressed={dark}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M13.5 10.2A5.8 5.8 0 0 1 5.8 2.5a5.8 5.8 0 1 0 7.7 7.7Z" />
      </svg>
    </CommandButton>
  );
}
