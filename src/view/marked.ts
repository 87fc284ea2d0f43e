import type { Core, StylesheetJson } from 'cytoscape';
import { CANVAS_PALETTES, type CanvasPalette } from './palette';
import { setClass } from './classes';

/**
 * The multi-selection's colour: a magenta no node type uses (types take blue, green, orange and
 * the categorical slots), so a marked node never reads as a type.
 */
const MARK_COLOR = { light: '#c026d3', dark: '#e879f9' } as const;

/** Marks the multi-selection with the `marked` class, in one batch. */
export function applyMarked(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      setClass(n, 'marked', ids.has(n.id()));
    });
  });
}

/**
 * A marked node wears a halo (an underlay) in the mark colour and a solid ring, clear of the
 * border selection and paths use and of the dashed outline of a pin; the box being dragged out
 * is drawn in the same colour.
 */
export function markedStyles(palette: CanvasPalette): StylesheetJson {
  const color = palette === CANVAS_PALETTES.dark ? MARK_COLOR.dark : MARK_COLOR.light;
  return [
    {
      selector: 'node.marked',
      style: {
        'underlay-color': color,
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'border-color': color,
        'border-width': 3,
        'z-index': 35,
      },
    },
    // Typed loosely: @types/cytoscape lacks some of the core's selection-box properties.
    {
      selector: 'core',
      style: {
        'selection-box-color': color,
        'selection-box-opacity': 0.12,
        'selection-box-border-color': color,
        'selection-box-border-width': 1.5,
      },
    } as unknown as StylesheetJson[number],
  ];
}
