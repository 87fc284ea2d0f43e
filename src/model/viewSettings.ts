/**
 * The vocabulary of view settings shared by the store (which holds the choice) and the view (which
 * applies it). It lives in the model so both layers can name it without importing each other.
 */
export const LAYOUT_IDS = ['force', 'concentric', 'hierarchy', 'timeline', 'positions'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isLayoutId(value: string): value is LayoutId {
  return (LAYOUT_IDS as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** A node position in model units (the layouts' output). */
export interface Point {
  x: number;
  y: number;
}

/** What a fresh view opens with: the force-directed layout (seeded, so always the same picture). */
export const DEFAULT_LAYOUT: LayoutId = 'force';
