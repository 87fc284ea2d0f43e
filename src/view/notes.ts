import type { Core, StylesheetJson } from 'cytoscape';
import { setClass } from './classes';

/** Marks the nodes that carry one of the person's notes with the `noted` class. */
export function applyNoted(cy: Core, noted: ReadonlySet<string>): void {
  cy.batch(() => cy.nodes().forEach((n) => setClass(n, 'noted', noted.has(n.id()))));
}

// A note badge: an amber disc with three lines of "text". An image (a data: URL, allowed by the
// page's CSP) rather than a border, outline or underlay, which selection, pins and the
// multi-selection already use.
const BADGE_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='32' height='32' viewBox='0 0 16 16'>" +
  "<circle cx='8' cy='8' r='7.3' fill='#d97706' stroke='#ffffff' stroke-width='1.2'/>" +
  "<path d='M4.6 5.6h6.8M4.6 8h6.8M4.6 10.4h4.2' stroke='#ffffff' stroke-width='1.4' stroke-linecap='round'/>" +
  '</svg>';
const BADGE = `data:image/svg+xml;utf8,${encodeURIComponent(BADGE_SVG)}`;

/** A noted node wears a small badge on its upper right, over its edge. */
export const notedStyles: StylesheetJson = [
  {
    selector: 'node.noted',
    style: {
      'background-image': BADGE,
      // Relative to the node, so a hub's badge reads as well as a leaf's.
      'background-width': '55%',
      'background-height': '55%',
      'background-position-x': '125%',
      'background-position-y': '-25%',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'background-image-opacity': 1,
      'bounds-expansion': 8,
    },
  },
];
