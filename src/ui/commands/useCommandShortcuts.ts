import { useEffect } from 'react';
import { isTextField } from './keyboard';
import { COMMAND_LIST } from './registry';

/**
 * The one keyboard listener for the registry's shortcuts. Keys typed into text fields are text,
 * and a key an inner widget already handled (defaultPrevented: a combobox closing its list, the
 * article viewer closing on Escape) is left alone.
 */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const typing = isTextField(event.target);
      const command = COMMAND_LIST.find((c) => c.shortcut.matches(event) && (!typing || c.inTextFields));
      if (!command) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
