/**
 * Seeded scale-free graphs for the benchmark: preferential attachment (Barabási–Albert, two links
 * per new node, so about twice as many edges as nodes), with readable labels and a handful of
 * types, and no positions, written as graphology serialized JSON, the way a user's export would be.
 */

import { seededRandom } from '../src/model/seededRandom';

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: false; allowSelfLoops: false };
  nodes: { key: string; attributes: { label: string; type: string } }[];
  edges: { key: string; source: string; target: string; attributes: { label: string } }[];
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ran',
  'sul',
  'te',
  'vor',
  'en',
  'dal',
  'is',
  'mar',
  'po',
  'gen',
  'ul',
  'shi',
  'ba',
];
const TYPES = ['person', 'organization', 'place', 'event', 'document', 'vessel'];
const RELATIONS = ['met', 'funded', 'visited', 'wrote to', 'owns', 'works for', 'cited'];

function name(random: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()}`;
}

export function scaleFreeGraph(order: number, seed = 1): SerializedGraph {
  const random = seededRandom(seed);
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  // Each edge end is listed once in `ends`: picking uniformly from it is picking by degree.
  const ends: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < order; i++) {
    const type = TYPES[Math.min(TYPES.length - 1, Math.floor(-Math.log(1 - random()) * 1.6))]!;
    nodes.push({ key: `n${i}`, attributes: { label: name(random), type } });
    if (i === 0) continue;
    const links = Math.min(2, i);
    for (let k = 0, tries = 0; k < links && tries < 20; tries++) {
      const j = ends.length === 0 ? 0 : ends[Math.floor(random() * ends.length)]!;
      const id = `${i}-${j}`;
      if (j === i || seen.has(id)) continue;
      seen.add(id);
      edges.push({
        key: `e${edges.length}`,
        source: `n${i}`,
        target: `n${j}`,
        attributes: { label: RELATIONS[Math.floor(random() * RELATIONS.length)]! },
      });
      ends.push(i, j);
      k++;
    }
  }
  return {
    attributes: { title: `Synthetic scale-free graph, ${order} nodes` },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes,
    edges,
  };
}
