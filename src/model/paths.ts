import type { KnowledgeGraph } from './dataset';
import type { Visibility } from './filters';
import { neighbourhood, visibleNeighbours } from './neighbourhood';

/** Most paths listed at once: past a dozen, a list of chains stops explaining anything. */
export const PATH_CAP = 12;

export interface ShortestPaths {
  /** Steps in every one of them (0 when both ends are the same node). */
  length: number;
  /** Node sequences from first to last, at most the cap, ordered by the labels along them. */
  paths: string[][];
  /** How many shortest paths there are in all; more than `paths.length` when the cap cut the list. */
  total: number;
}

/** One relation along a step, and whether it reads in the walking direction (from → to). */
export interface PathLink {
  edge: string;
  forward: boolean;
}

/** One step of a path: two consecutive nodes and every visible relation between them. */
export interface PathStep {
  from: string;
  to: string;
  links: PathLink[];
}

/**
 * Every shortest path between two nodes in the visible graph, with edges taken in either direction
 * (a chain of evidence connects whatever way each relation reads). A path is a sequence of nodes:
 * parallel relations between two of them are one step with several links, not several paths.
 * Null when either end is not visible or they are not connected.
 */
export function shortestPaths(
  graph: KnowledgeGraph,
  visible: Visibility,
  from: string,
  to: string,
  cap: number = PATH_CAP,
): ShortestPaths | null {
  const fromStart = neighbourhood(graph, visible, [from], Infinity);
  const length = fromStart.get(to);
  if (length === undefined) return null;
  const toEnd = neighbourhood(graph, visible, [to], length);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  // The next nodes of a shortest path at `node`: one step further from the start, one closer to the end.
  const onward = (node: string): string[] => {
    const d = fromStart.get(node) ?? 0;
    return [...visibleNeighbours(graph, visible, node)]
      .filter((n) => fromStart.get(n) === d + 1 && toEnd.get(n) === length - d - 1)
      .sort((a, b) => label(a).localeCompare(label(b)) || a.localeCompare(b));
  };

  // How many shortest paths lead from each node to the end, counted from the end backwards.
  const toEndCount = new Map<string, number>();
  const count = (node: string): number => {
    if (node === to) return 1;
    let n = toEndCount.get(node);
    if (n === undefined) {
      n = onward(node).reduce((sum, next) => sum + count(next), 0);
      toEndCount.set(node, n);
    }
    return n;
  };

  const paths: string[][] = [];
  const walk = (trail: string[]) => {
    if (paths.length >= cap) return;
    const last = trail[trail.length - 1] ?? from;
    if (last === to) {
      paths.push(trail);
      return;
    }
    for (const next of onward(last)) walk([...trail, next]);
  };
  walk([from]);
  return { length, paths, total: count(from) };
}

/** The steps of a path, each with its visible relations in either direction, in edge-id order. */
export function pathSteps(graph: KnowledgeGraph, visible: Visibility, path: readonly string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] ?? '';
    const to = path[i] ?? '';
    const links: PathLink[] = [];
    // Every edge at `from` whose other end is `to`, whichever way it reads.
    graph.forEachEdge(from, (edge, _attrs, source, target) => {
      const other = source === from ? target : source;
      if (other === to && visible.edges.has(edge)) links.push({ edge, forward: source === from });
    });
    steps.push({ from, to, links: links.sort((a, b) => a.edge.localeCompare(b.edge)) });
  }
  return steps;
}

/** The nodes and the relations along a set of paths, to highlight them. */
export function pathElements(
  graph: KnowledgeGraph,
  visible: Visibility,
  paths: readonly string[][],
): Visibility {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const n of path) nodes.add(n);
    for (const step of pathSteps(graph, visible, path)) for (const l of step.links) edges.add(l.edge);
  }
  return { nodes, edges };
}
