import type { SingularElementArgument } from 'cytoscape';

/**
 * Gives `ele` the class `name` or takes it away, touching it only when that changes: Cytoscape
 * restyles every element it is asked to toggle, whether or not its classes change, and passes
 * over a whole graph (labels on every zoom frame, marks, notes, focus) would restyle it all.
 */
export function setClass(ele: SingularElementArgument, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}
