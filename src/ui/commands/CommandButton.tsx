import type { ReactNode } from 'react';
import type { Command } from './registry';

/**
 * A button that runs a registry command: its accessible name is the command's label (or `label`,
 * when the button says something else for now, as "Review (3)" does) and its tooltip names the
 * shortcut, so the button, the key and the help entry stay one thing.
 */
export function CommandButton({
  command,
  children,
  className,
  pressed,
  label = command.label,
}: {
  command: Command;
  label?: string;
  children?: ReactNode;
  className?: string;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      aria-keyshortcuts={command.shortcut.label === 'Esc' ? 'Escape' : command.shortcut.label}
      aria-pressed={pressed}
      title={`${label} (${command.shortcut.label})`}
      onClick={() => command.run()}
    >
      {children ?? command.label}
    </button>
  );
}
