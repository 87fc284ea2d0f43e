import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { buildStylesheet } from './stylesheet';

/**
 * Test fixture: a headless Cytoscape with the app's stylesheet and the small graph the view tests
 * share, kim → nk, kim → summit ← trump, at fixed positions (the preset layout keeps them; the
 * default layout would stack every node at 0,0). Imported by tests only.
 */
export function headlessCy(elements: ElementDefinition[] = sampleElements()): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements,
    layout: { name: 'preset', fit: false },
  });
}

export function sampleElements(): ElementDefinition[] {
  const node = (id: string, x: number, y: number): ElementDefinition => ({
    group: 'nodes',
    data: { id, label: id.toUpperCase() },
    position: { x, y },
  });
  const edge = (id: string, source: string, target: string): ElementDefinition => ({
    group: 'edges',
    data: { id, source, target },
  });
  return [
    node('kim', 0, 0),
    node('nk', 100, 0),
    node('summit', 50, 80),
    node('trump', 150, 80),
    edge('lead', 'kim', 'nk'),
    edge('went', 'kim', 'summit'),
    edge('met', 'trump', 'summit'),
  ];
}

/** The sorted ids of the elements matching `selector`. */
export const elementIds = (cy: Core, selector: string): string[] =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();

/** The sorted ids of the nodes whose label is drawn (not hidden by the label pass). */
export const labelledNodeIds = (cy: Core): string[] =>
  cy
    .nodes()
    .not('.label-hidden')
    .map((n) => n.id())
    .sort();
