import type { Collection, Core, SingularElementArgument } from 'cytoscape';

/**
 * Gives `ele` the class `name` or takes it away, touching it only when that changes: Cytoscape
 * restyles every element it is asked to toggle, whether or not its classes change, and passes
 * over a whole graph (labels on every zoom frame, marks, notes, focus) would restyle it all.
 */
export function setClass(ele: SingularElementArgument, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

/**
 * Makes each named class sit on exactly the given elements, touching only those that gain or lose
 * it: moving a highlight or a hover from one node to another restyles the two neighbourhoods, not
 * every faded element again. Call inside a batch.
 */
export function applyClassSets(cy: Core, want: Readonly<Record<string, Collection>>): void {
  for (const [name, members] of Object.entries(want)) {
    const has = cy.elements(`.${name}`);
    has.not(members).removeClass(name);
    members.not(has).addClass(name);
  }
}
