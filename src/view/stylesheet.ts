import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../model/nodeTypes';
import { NODE_TYPE_STYLES } from './palette';
import { EDGE_FONT, LABEL_PX, LABEL_WRAP, labelFontSize } from './labelDetail';
import type { SingularElementArgument } from 'cytoscape';

/**
 * The Cytoscape stylesheet. Highlighting works through classes set by the adapter (`focus`,
 * `neighbour`, `faded`), never through per-element style calls.
 */
export const FONT_FAMILY = 'Inter, system-ui, sans-serif';

export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': (ele: SingularElementArgument) =>
          labelFontSize(ele, ele.data('fontSize'), LABEL_PX.node),
        color: '#1c2433',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_WRAP}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'border-width': 1.5,
        'overlay-opacity': 0,
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node.${type}`,
      style: {
        'background-color': NODE_TYPE_STYLES[type].color,
        'border-color': NODE_TYPE_STYLES[type].border,
        shape: NODE_TYPE_STYLES[type].shape,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.1,
        'line-color': '#b7c0ce',
        'target-arrow-color': '#b7c0ce',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        label: 'data(relation)',
        'font-family': FONT_FAMILY,
        'font-size': (ele: SingularElementArgument) => labelFontSize(ele, EDGE_FONT, LABEL_PX.edge),
        color: '#4a5568',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge[modality = "planned"], edge[modality = "possible"]',
      style: { 'line-style': 'dashed' },
    },
    {
      selector: 'edge[modality = "negated"]',
      style: { 'line-style': 'dotted', 'line-color': '#c0504d', 'target-arrow-color': '#c0504d' },
    },
    // Level of detail (labelDetail.ts): labels too small to read are not drawn.
    { selector: '.label-hidden', style: { label: '' } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    { selector: '.faded', style: { opacity: 0.1, label: '' } },
    {
      selector: 'node.neighbour, node.focus',
      style: {
        label: 'data(label)',
        'border-width': 2.5,
        'z-index': 10,
      },
    },
    {
      selector: 'edge.neighbour, edge.focus',
      style: {
        label: 'data(relation)',
        width: 2.2,
        'line-color': '#5b6b86',
        'target-arrow-color': '#5b6b86',
        color: '#1c2433',
        'z-index': 10,
      },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 20, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.focus',
      style: {
        width: 4,
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        'z-index': 20,
        'font-weight': 'bold',
      },
    },
  ];
}
