import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphData } from './schema';
import { seededRandom } from './seededRandom';

/** Same seed, same picture: the start positions come from this generator, not Math.random. */
export const FORCE_ATLAS_SEED = 20140212;

/**
 * Iterations scaled to size: many for small graphs, fewer (each costs more) for big ones. Past
 * about 1,000 elements the layout has settled by 400 (the benchmark's scale-free graphs of 1,000
 * and 1,600 nodes: mean edge length over mean distance 0.394 and 0.398 at 400 iterations, 0.396
 * and 0.390 at 800, for half the time), so that is the most they get.
 */
export function forceAtlasIterations(nodes: number, edges: number): number {
  const elements = Math.max(1, nodes + edges);
  const most = elements <= 1000 ? 800 : 400;
  return Math.max(60, Math.min(most, Math.round(3e6 / elements)));
}

/**
 * ForceAtlas2 (graphology-layout-forceatlas2, Barnes-Hut for big graphs) over a graph-data
 * document, from seeded start positions (a node's own position where it has one), in `steps`
 * chunks of iterations. After each chunk the nodes' `x`/`y` in the document are the layout so far,
 * and the share done is yielded, so a caller can report progress or draw the layout forming.
 */
export function* forceAtlasSteps(data: GraphData, steps = 10): Generator<number, void, void> {
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  const random = seededRandom(FORCE_ATLAS_SEED);
  const side = 10 * Math.sqrt(data.nodes.length + 1);
  for (const n of data.nodes) {
    graph.mergeNode(n.id, {
      x: n.x ?? (random() - 0.5) * side,
      y: n.y ?? (random() - 0.5) * side,
    });
  }
  for (const e of data.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target);
  const total = forceAtlasIterations(graph.order, graph.size);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const chunk = Math.ceil(total / steps);
  for (let done = 0; done < total; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, total - done), settings, getEdgeWeight: null });
    for (const n of data.nodes) {
      const at = graph.getNodeAttributes(n.id) as { x: number; y: number };
      if (Number.isFinite(at.x) && Number.isFinite(at.y)) Object.assign(n, { x: at.x, y: at.y });
    }
    yield Math.min(1, (done + chunk) / total);
  }
}

/** `forceAtlasSteps` run to the end at once, reporting progress. Meant for a Worker. */
export function placeWithForceAtlas(
  data: GraphData,
  onProgress: (done: number) => void = () => {},
  steps = 10,
): void {
  for (const done of forceAtlasSteps(data, steps)) onProgress(done);
}
