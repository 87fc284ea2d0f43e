import { scaledPositions } from '../model/filePositions';
import { nodeTypesOf } from '../model/nodeTypes';
import type { GraphData } from '../model/schema';
import { fitBox, type Viewport } from './fitView';
import { READABLE_PX } from './labelDetail';
import { edgeStroke } from './edgeStroke';
import { drawableColor, nodeSizeData } from './nodeLook';
import { typeStyle, type CanvasPalette } from './palette';
import { FIRST_PICTURE_ELEMENTS, zoomLimits } from './scale';

/** Cytoscape widens every element's box by one unit per side (bounds.mjs, for browser inaccuracies). */
const BOX_EXPANSION = 1;

/** Nodes of one fill and shape, drawn as one batch. */
export interface PreviewNodeGroup {
  fill: string;
  shape: string;
  nodes: number[];
}

/** Edges of one stroke (colour and dash, as the edge layer draws them), by their ends' indices. */
export interface PreviewEdgeGroup {
  color: string;
  dash: number[];
  /** Source and target node indices, two per edge. */
  ends: number[];
}

/** A label Cytoscape would draw at this zoom (its `min-zoomed-font-size` rule at scale). */
export interface PreviewLabel {
  text: string;
  x: number;
  /** The top of the text: the node's bottom (`text-valign: bottom`). */
  y: number;
  fontSize: number;
}

/**
 * The first picture of a large graph, in model units with the viewport Cytoscape will use: what
 * the import worker draws (previewDraw.ts) while the page is still building the model and adding
 * the nodes to Cytoscape a slice at a time.
 */
export interface PreviewScene {
  width: number;
  height: number;
  viewport: Viewport;
  background: string;
  label: string;
  x: Float64Array;
  y: Float64Array;
  /** Half the node's size (its radius for a circle). */
  r: Float64Array;
  nodeGroups: PreviewNodeGroup[];
  edgeGroups: PreviewEdgeGroup[];
  labels: PreviewLabel[];
  nodes: number;
  edges: number;
}

/**
 * Node importance as graphView computes it when a graph is opened (sized by the file's sizes when
 * any node has one, else by its number of relations; see metrics.ts `nodeImportance`).
 */
function importanceOf(data: GraphData, index: ReadonlyMap<string, number>): Float64Array {
  const scores = new Float64Array(data.nodes.length);
  if (data.nodes.some((n) => n.size !== undefined)) data.nodes.forEach((n, i) => (scores[i] = n.size ?? 0));
  else {
    for (const e of data.edges) {
      scores[index.get(e.source)!]! += 1;
      scores[index.get(e.target)!]! += 1;
    }
  }
  let max = 0;
  for (const s of scores) max = Math.max(max, s);
  return scores.map((s) => (max > 0 ? s / max : 0));
}

/** Whether `previewScene` draws this graph: over FIRST_PICTURE_ELEMENTS, every node placed. */
export function hasFirstPicture(data: GraphData): boolean {
  return (
    data.nodes.length + data.edges.length > FIRST_PICTURE_ELEMENTS &&
    data.nodes.every((n) => n.x !== undefined && n.y !== undefined)
  );
}

/**
 * What a graph looks like once in the view, computed from the validated document alone (no
 * graphology, no Cytoscape), with the same positions (filePositions.ts), sizes and colours
 * (nodeLook.ts), type styles (palette.ts) and framing (fitView.ts, within the zoom limits of the
 * core its size gets) the view uses; a small graph's view then adds its labels and curved
 * relations. Null for a graph of FIRST_PICTURE_ELEMENTS or fewer (it is drawn at once) or one
 * without positions for every node.
 */
export function previewScene(
  data: GraphData,
  palette: CanvasPalette,
  size: { width: number; height: number },
): PreviewScene | null {
  const count = data.nodes.length;
  if (!hasFirstPicture(data)) return null;
  const raw = data.nodes.map((n) => [n.id, n.x!, n.y!] as const);
  const at = scaledPositions(raw);
  const index = new Map(data.nodes.map((n, i) => [n.id, i] as const));
  const importance = importanceOf(data, index);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const r = new Float64Array(count);
  const fontSize = new Float64Array(count);
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const types = nodeTypesOf({ forEachNode: (cb) => data.nodes.forEach((n) => cb(n.id, n)) });
  const groups = new Map<string, PreviewNodeGroup>();
  data.nodes.forEach((n, i) => {
    const p = at(i);
    const look = nodeSizeData(importance[i]!);
    x[i] = p.x;
    y[i] = p.y;
    r[i] = look.size / 2;
    fontSize[i] = look.fontSize;
    const half = r[i] + BOX_EXPANSION;
    box.x1 = Math.min(box.x1, p.x - half);
    box.x2 = Math.max(box.x2, p.x + half);
    box.y1 = Math.min(box.y1, p.y - half);
    box.y2 = Math.max(box.y2, p.y + half);
    const style = typeStyle(types, n.type, palette);
    const fill = drawableColor(n.color) ?? style.color;
    const key = `${fill}|${style.shape}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { fill, shape: style.shape, nodes: [] }));
    group.nodes.push(i);
  });
  const viewport = fitBox(box, [], size, zoomLimits(count, data.edges.length));
  if (!viewport) return null;

  const strokes = new Map<string, PreviewEdgeGroup>();
  for (const e of data.edges) {
    const stroke = edgeStroke(e);
    const color = stroke.color === 'negated' ? palette.negated : (stroke.color ?? palette.edge);
    const dash = stroke.dash;
    const key = `${color}|${dash.join(',')}`;
    let group = strokes.get(key);
    if (!group) strokes.set(key, (group = { color, dash, ends: [] }));
    group.ends.push(index.get(e.source)!, index.get(e.target)!);
  }

  const labels: PreviewLabel[] = [];
  data.nodes.forEach((n, i) => {
    if (fontSize[i]! * viewport.zoom >= READABLE_PX)
      labels.push({ text: n.label, x: x[i]!, y: y[i]! + r[i]!, fontSize: fontSize[i]! });
  });

  return {
    ...size,
    viewport,
    background: palette.background,
    label: palette.label,
    x,
    y,
    r,
    nodeGroups: [...groups.values()],
    edgeGroups: [...strokes.values()],
    labels,
    nodes: count,
    edges: data.edges.length,
  };
}
