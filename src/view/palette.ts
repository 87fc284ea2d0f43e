import type { NodeType } from '../model/nodeTypes';
import type { Theme } from '../model/viewSettings';

/**
 * Colours and shapes per node type, shared by the Cytoscape stylesheet and the legend so they can
 * never disagree. Colours are distinguishable with common colour-vision deficiencies, and the
 * shapes differ too, so type never rests on colour alone.
 */
export interface NodeTypeStyle {
  color: string;
  border: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'triangle' | 'hexagon' | 'star';
}

export const NODE_TYPE_STYLES: Record<NodeType, NodeTypeStyle> = {
  actor: { color: '#3b6fd8', border: '#234a9c', shape: 'ellipse' },
  place: { color: '#17a37a', border: '#0d6b50', shape: 'round-rectangle' },
  event: { color: '#e8892b', border: '#a85a10', shape: 'diamond' },
};

/** Everything the graph canvas draws in colour, for one theme. */
export interface CanvasPalette {
  background: string;
  /** Node labels, and the halo around them (the background, so labels stay readable over edges). */
  label: string;
  labelOutline: string;
  edge: string;
  edgeLabel: string;
  /** Edges of the highlighted neighbourhood, and the focused element's outline. */
  edgeHighlight: string;
  focus: string;
  negated: string;
  /** Opacity of what a selection puts in the background. */
  fadedOpacity: number;
  /** Layout guides drawn over the canvas (timeline years, band names). */
  guideText: string;
  guideLine: string;
  nodeTypes: Record<NodeType, NodeTypeStyle>;
}

export const CANVAS_PALETTES: Record<Theme, CanvasPalette> = {
  light: {
    background: '#fbfcfd',
    label: '#1c2433',
    labelOutline: '#ffffff',
    edge: '#b7c0ce',
    edgeLabel: '#4a5568',
    edgeHighlight: '#5b6b86',
    focus: '#111827',
    negated: '#c0504d',
    fadedOpacity: 0.1,
    guideText: '#5a6476',
    guideLine: 'rgba(28, 36, 51, 0.09)',
    nodeTypes: NODE_TYPE_STYLES,
  },
  // The same fills as the light theme (the legend shows them), with light borders that keep the
  // shapes crisp on a dark ground; edges and labels lightened to keep their contrast.
  dark: {
    background: '#12161d',
    label: '#e6eaf1',
    labelOutline: '#12161d',
    edge: '#4f5b70',
    edgeLabel: '#b9c3d3',
    edgeHighlight: '#a3b3cf',
    focus: '#f8fafc',
    negated: '#ef7b77',
    fadedOpacity: 0.13,
    guideText: '#a2adbf',
    guideLine: 'rgba(226, 232, 240, 0.1)',
    nodeTypes: {
      actor: { ...NODE_TYPE_STYLES.actor, border: '#a9c2f5' },
      place: { ...NODE_TYPE_STYLES.place, border: '#8fe0c3' },
      event: { ...NODE_TYPE_STYLES.event, border: '#f7c894' },
    },
  },
};

/**
 * Styles for the types of imported graphs, in slot order (see `nodeTypesOf`): a categorical
 * palette (after Tableau 10, reordered so neighbours differ in lightness too) with shapes cycling
 * so that no two of the first twelve types look alike. Types past the last slot share `OTHER_TYPE`.
 */
const SLOT_STYLES: readonly NodeTypeStyle[] = [
  { color: '#4e79a7', border: '#2c4a6e', shape: 'ellipse' },
  { color: '#f28e2b', border: '#a85a10', shape: 'round-rectangle' },
  { color: '#59a14f', border: '#356130', shape: 'diamond' },
  { color: '#e15759', border: '#99282a', shape: 'triangle' },
  { color: '#76b7b2', border: '#3f7773', shape: 'hexagon' },
  { color: '#edc948', border: '#9c8016', shape: 'ellipse' },
  { color: '#b07aa1', border: '#704a65', shape: 'round-rectangle' },
  { color: '#ff9da7', border: '#b8505c', shape: 'diamond' },
  { color: '#9c755f', border: '#5e4536', shape: 'triangle' },
  { color: '#8cd17d', border: '#4a8a3c', shape: 'hexagon' },
  { color: '#499894', border: '#275855', shape: 'star' },
  { color: '#d37295', border: '#8a3a57', shape: 'star' },
];
export const MAX_TYPE_SLOTS = SLOT_STYLES.length;
export const OTHER_TYPE: NodeTypeStyle = { color: '#9aa3b1', border: '#5f6877', shape: 'ellipse' };

/** The style slot of each type of a graph's type list; `undefined` past the last slot. */
export function typeSlot(types: readonly string[], type: string): number | undefined {
  const i = types.indexOf(type);
  return i >= 0 && i < MAX_TYPE_SLOTS ? i : undefined;
}

/** The style of a node type, for one theme: the corpus types keep their own, others take slots. */
export function typeStyle(
  types: readonly string[],
  type: string,
  palette: CanvasPalette = CANVAS_PALETTES.light,
): NodeTypeStyle {
  if (type in palette.nodeTypes) return palette.nodeTypes[type as NodeType];
  const slot = typeSlot(types, type);
  return slot === undefined ? OTHER_TYPE : SLOT_STYLES[slot]!;
}
