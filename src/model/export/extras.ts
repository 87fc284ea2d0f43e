import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { formatIsoDate } from '../dates';
import { nodeTypesOf, typeDescriptor } from '../nodeTypes';
import type { ImageExtras } from './imageLayout';
import { citedSources } from './quotes';

/**
 * The legend (the node types present in the scope, in styling order, and the dashed line when a
 * planned or possible relation is drawn) and the caption (the articles the scope's relations come
 * from: "Title — Publisher, 27 Apr 2018"), each only when asked for.
 */
export function imageExtras(
  dataset: Dataset,
  scope: Visibility,
  wanted: { legend: boolean; caption: boolean },
): ImageExtras {
  const { graph } = dataset;
  const present = new Set<string>();
  for (const id of scope.nodes) if (graph.hasNode(id)) present.add(graph.getNodeAttribute(id, 'type'));
  const edges = [...scope.edges].filter((id) => graph.hasEdge(id));
  const dashed = edges.some((id) => {
    const modality = graph.getEdgeAttribute(id, 'modality');
    return modality === 'planned' || modality === 'possible';
  });
  return {
    legend: wanted.legend
      ? nodeTypesOf(graph)
          .filter((t) => present.has(t))
          .map((type) => ({ type, label: typeDescriptor(type).label }))
      : null,
    dashed: wanted.legend && dashed,
    caption: wanted.caption
      ? citedSources(dataset, edges).map((s) => `${s.title} — ${s.publisher}, ${formatIsoDate(s.published)}`)
      : null,
  };
}
