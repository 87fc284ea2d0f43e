import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../model/dataset';

/** Node diameter range in pixels; importance (degree) picks a size inside it. */
export const NODE_SIZE = { min: 18, max: 56 } as const;
/** Node label font size range, in model units (scaled by zoom). */
export const LABEL_SIZE = { min: 14, max: 26 } as const;

/**
 * Cytoscape elements derived from the model graph. This is the only place graph attributes become
 * element data; styling reads these fields (see stylesheet.ts).
 */
export function toElements(graph: KnowledgeGraph): ElementDefinition[] {
  let maxDegree = 1;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, attrs) => {
    const degree = graph.degree(id);
    elements.push({
      group: 'nodes',
      data: {
        id,
        label: attrs.label,
        type: attrs.type,
        kind: attrs.kind ?? '',
        degree,
        size: Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(degree / maxDegree)),
        // Busier nodes get bigger labels: they stay readable when zoomed out, minor ones give way.
        fontSize: Math.round(
          LABEL_SIZE.min + (LABEL_SIZE.max - LABEL_SIZE.min) * Math.sqrt(degree / maxDegree),
        ),
      },
      classes: attrs.type,
    });
  });
  graph.forEachEdge((id, attrs, source, target) => {
    elements.push({
      group: 'edges',
      data: { id, source, target, relation: attrs.relation, modality: attrs.modality ?? 'stated' },
    });
  });
  return elements;
}
