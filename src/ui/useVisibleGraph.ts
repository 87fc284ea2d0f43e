import { selectDisplay } from '../state/focusSlice';
import { useAppStore } from '../state/store';
import type { Visibility } from '../model/filters';

/** What the canvas draws (filters, hidden nodes and focus applied); null before a dataset loads. */
export function useVisibleGraph(): Visibility | null {
  return useAppStore((s) => selectDisplay(s)?.shown ?? null);
}
