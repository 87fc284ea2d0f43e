import type { Core } from 'cytoscape';
import type { Appearance } from '../../model/export/records';
import { CANVAS_PALETTES, typeStyle } from '../palette';

/**
 * Where each node is on the canvas and the colour it is drawn in (its own, else its type's in the
 * light theme), for data formats that keep a layout (GEXF viz, GraphML and CSV x/y/color).
 */
export function canvasAppearance(cy: Core, types: readonly string[]): Appearance {
  const node = (id: string) => {
    const n = cy.getElementById(id);
    return n.empty() || !n.isNode() ? undefined : n;
  };
  return {
    position: (id) => {
      const p = node(id)?.position();
      return p ? { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 } : undefined;
    },
    color: (id) => {
      const n = node(id);
      if (!n) return undefined;
      return (
        (n.data('color') as string | undefined) ??
        typeStyle(types, n.data('type') as string, CANVAS_PALETTES.light).color
      );
    },
  };
}
