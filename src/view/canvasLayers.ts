import cytoscape, { type Core } from 'cytoscape';
import layers, { type LayersPlugin } from 'cytoscape-layers';

cytoscape.use(layers);

/**
 * The canvas layers of a core (cytoscape-layers, registered once here): the edge layer under the
 * nodes and the selection overlay above them, both at scale. They follow pans and zooms and take
 * no pointer events.
 */
export function layersOf(cy: Core): LayersPlugin {
  return (cy as unknown as { layers(): LayersPlugin }).layers();
}
