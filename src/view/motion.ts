import type { Core, Position } from 'cytoscape';

/**
 * Whether the person has asked their system for less motion (`prefers-reduced-motion`). Read at
 * each move, not once: the setting can change while the explorer is open.
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves the camera to `zoom` and `pan`: eased over `duration` ms, or at once when the person
 * prefers reduced motion (every camera move of the graph goes through here).
 */
export function moveCamera(cy: Core, target: { zoom: number; pan: Position }, duration: number): void {
  if (prefersReducedMotion()) cy.viewport(target);
  else cy.animate(target, { duration });
}

/** Zooms to `level` keeping `renderedPosition` where it is on screen, eased unless motion is reduced. */
export function zoomCamera(cy: Core, level: number, renderedPosition: Position, duration: number): void {
  if (prefersReducedMotion()) cy.zoom({ level, renderedPosition });
  else cy.animate({ zoom: { level, renderedPosition } }, { duration });
}
