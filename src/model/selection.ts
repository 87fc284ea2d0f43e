/** A reference to one graph element: what is selected, hovered or linked to. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
