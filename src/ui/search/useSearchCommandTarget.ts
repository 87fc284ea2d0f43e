import { useEffect, type RefObject } from 'react';
import { commandTargets } from '../commands/commandTargets';

/** Registers the search field as the target of the "/" command (see commands/registry.ts). */
export function useSearchCommandTarget(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const input = field.current;
    commandTargets.search = input;
    return () => {
      if (commandTargets.search === input) commandTargets.search = null;
    };
  }, [field]);
}
