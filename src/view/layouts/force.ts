import type { EdgeSingular, LayoutOptions } from 'cytoscape';
import type { LayoutDescriptor } from './types';

/**
 * Force-directed layout for corpus-sized graphs (cytoscape-fcose). Edges at busy nodes get longer
 * springs, so the neighbours of a hub such as "North Korea" spread on a wide ring instead of piling
 * up around it, and labels are counted in node sizes so they do not overlap. fcose draws its start
 * from Math.random, which the runner seeds, so the same graph always gets the same picture.
 */
export function forceLayout(): LayoutOptions {
  const hubLength = (edge: EdgeSingular) => {
    const busiest = Math.max(edge.source().degree(false), edge.target().degree(false));
    return 30 + 7 * Math.sqrt(busiest);
  };
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 30,
    idealEdgeLength: hubLength,
    edgeElasticity: 0.3,
    nodeRepulsion: 4000,
    gravity: 0.35,
    gravityRange: 3.0,
    numIter: 4000,
    packComponents: true,
  } as LayoutOptions;
}

export const forceDescriptor: LayoutDescriptor = {
  id: 'force',
  label: 'Force-directed',
  description: 'Related nodes pull together, unrelated ones push apart: clusters show.',
  plan: () => ({ options: forceLayout() }),
};
