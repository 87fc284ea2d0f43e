import type { LayoutOptions } from 'cytoscape';
import type { Point } from '../../model/viewSettings';

/**
 * Cytoscape options that put nodes at positions computed in the model. A node the positions miss
 * keeps its place, so a layout never throws nodes to the origin.
 */
export function presetOptions(positions: ReadonlyMap<string, Point>): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: { id(): string; position(): Point }) => {
      const p = positions.get(node.id());
      return p ? { x: p.x, y: p.y } : { ...node.position() };
    },
    fit: false,
    animate: false,
  } as unknown as LayoutOptions;
}
