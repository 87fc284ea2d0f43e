import type { KnowledgeGraph } from '../../model/dataset';
import { HIERARCHY, hierarchyPositions } from '../../model/hierarchyPositions';
import type { Selection } from '../../model/selection';
import { presetOptions } from './preset';
import type { LayoutDescriptor, LayoutGuide } from './types';

/** The selected node (an edge's source), else the most important node. */
export function hierarchyRoot(
  graph: KnowledgeGraph,
  selection: Selection | null,
  importance: ReadonlyMap<string, number>,
): string | undefined {
  if (selection?.kind === 'node' && graph.hasNode(selection.id)) return selection.id;
  if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) return graph.source(selection.id);
  let best: string | undefined;
  graph.forEachNode((id) => {
    if (best === undefined || (importance.get(id) ?? 0) > (importance.get(best) ?? 0)) best = id;
  });
  return best;
}

const stepsName = (d: number) => (d === 0 ? 'Start' : d === 1 ? '1 step' : `${d} steps`);

export const hierarchyDescriptor: LayoutDescriptor = {
  id: 'hierarchy',
  label: 'Hierarchy from selection',
  description:
    'A tree, breadth-first from the selected node (or the most important one), one level per step away.',
  plan: (_cy, { graph, selection, importance, aspect }) => {
    const root = hierarchyRoot(graph, selection, importance);
    if (root === undefined) return { options: { name: 'preset', fit: false } };
    const { positions, levels, unreachable } = hierarchyPositions(graph, root, aspect);
    const xs = [...positions.values()].map((p) => p.x);
    const left = Math.min(...xs) - HIERARCHY.slot / 2;
    // Each level is named at the left of its first row.
    const guides: LayoutGuide[] = levels.map((level, d) => ({
      text: unreachable && d === levels.length - 1 ? 'Not linked' : stepsName(d),
      x: left,
      y: positions.get(level[0] ?? '')?.y ?? 0,
      align: 'end',
      emphasis: true,
    }));
    return { options: presetOptions(positions), guides };
  },
};
