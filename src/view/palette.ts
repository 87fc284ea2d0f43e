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
  shape: 'ellipse' | 'round-rectangle' | 'diamond';
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
