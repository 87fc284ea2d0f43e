import type { NodeType } from '../model/nodeTypes';

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
