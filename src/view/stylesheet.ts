import type { StylesheetJson } from 'cytoscape';
import {
  CANVAS_PALETTES,
  MAX_TYPE_SLOTS,
  OTHER_TYPE,
  typeStyle,
  type CanvasPalette,
  type NodeTypeStyle,
} from './palette';
import { CORNER_PLACES, LABEL_MARGIN, labelSize, labelWrap } from './labelDetail';
import { focusStyles } from './focus';
import { notedStyles } from './notes';
import { markedStyles } from './marked';
import { largeGraphBaseRules, largeGraphLastRules } from './scale';
import type { SingularElementArgument } from 'cytoscape';

/**
 * The Cytoscape stylesheet. Highlighting works through classes set by the adapter (`focus`,
 * `neighbour`, `faded`), never through per-element style calls.
 */
export const FONT_FAMILY = 'Inter, system-ui, sans-serif';

/** A type's fill and shape, and its border colour (large graphs draw no borders). */
function typeRule(selector: string, style: NodeTypeStyle, border: boolean) {
  return {
    selector,
    style: {
      'background-color': style.color,
      ...(border ? { 'border-color': style.border } : {}),
      shape: style.shape,
    },
  };
}

/**
 * A label at a node's corner: its nearest corner meets the node's square, half the usual margin
 * off each side (nodeLabelBox measures it so).
 */
const cornerLabelRules = CORNER_PLACES.map((place) => {
  const [vertical, horizontal] = place.split('-') as ['below' | 'above', 'right' | 'left'];
  const margin = LABEL_MARGIN / 2;
  return {
    selector: `node.label-${place}`,
    style: {
      'text-valign': vertical === 'below' ? 'bottom' : 'top',
      'text-halign': horizontal,
      'text-margin-x': horizontal === 'right' ? margin : -margin,
      'text-margin-y': vertical === 'below' ? margin : -margin,
      'text-justification': horizontal === 'right' ? 'left' : 'right',
    },
  } as const;
});

/**
 * Built from a theme's palette (light by default) and the graph's node types (`nodeTypesOf`), so
 * switching theme or graph is restyling, not re-adding; `large` adds the large-graph rules. Colours a file gave its nodes and edges win.
 */
export function buildStylesheet(
  palette: CanvasPalette = CANVAS_PALETTES.light,
  types: readonly string[] = ['actor', 'place', 'event'],
  large = false,
): StylesheetJson {
  const typeRules = [
    typeRule('node.type-other', OTHER_TYPE, !large),
    ...types
      .slice(0, MAX_TYPE_SLOTS)
      .map((type, i) => typeRule(`node.type-${i}`, typeStyle(types, type, palette), !large)),
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
  ];
  // What every node shows, at any size: its size and name from data, the name below it.
  const nodeBasics = {
    width: 'data(size)',
    height: 'data(size)',
    label: 'data(label)',
    color: palette.label,
    'text-valign': 'bottom',
  } as const;
  // Large-graph mode (scale.ts): lean base rules; the selection's neighbourhood and the hovered
  // node are drawn on an overlay there (neighbourhoodOverlay.ts), so their class rules are left out.
  if (large)
    return [
      ...largeGraphBaseRules(nodeBasics, typeRules),
      ...focusStyles(palette),
      ...notedStyles,
      ...markedStyles(palette),
      ...largeGraphLastRules,
      { selector: '.filtered-out', style: { display: 'none' } },
    ];
  return [
    {
      selector: 'node',
      style: {
        ...nodeBasics,
        'font-family': FONT_FAMILY,
        'font-size': (ele: SingularElementArgument) => labelSize(ele),
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': (ele: SingularElementArgument) => `${labelWrap(labelSize(ele))}px`,
        'text-outline-color': palette.labelOutline,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'border-width': 1.5,
        'overlay-opacity': 0,
        // Above the unlabelled nodes (label-hidden, below): no node covers a label (labelDetail.ts).
        'z-index': 1,
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: 1.1,
        'line-color': palette.edge,
        'target-arrow-color': palette.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        label: 'data(caption)',
        'font-family': FONT_FAMILY,
        'font-size': (ele: SingularElementArgument) => labelSize(ele),
        color: palette.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[color]', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)' } },
    {
      selector: 'edge[modality = "planned"], edge[modality = "possible"]',
      style: { 'line-style': 'dashed' },
    },
    {
      selector: 'edge[modality = "negated"]',
      style: { 'line-style': 'dotted', 'line-color': palette.negated, 'target-arrow-color': palette.negated },
    },
    // Level of detail (labelDetail.ts): labels too small to read are not drawn.
    { selector: '.label-hidden', style: { label: '' } },
    { selector: 'node.label-hidden', style: { 'z-index': 0 } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 4,
        'text-margin-y': 0,
        'text-justification': 'left',
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -4,
        'text-margin-y': 0,
        'text-justification': 'right',
      },
    },
    // The corners (labelPlacement.ts CORNER_PLACES), used by the exported picture only.
    ...cornerLabelRules,
    { selector: '.faded', style: { opacity: palette.fadedOpacity, label: '' } },
    {
      // Labels of the neighbourhood follow the level of detail (labelDetail.ts): shown where they fit.
      selector: 'node.neighbour, node.focus',
      style: {
        'border-width': 2.5,
        'z-index': 10,
      },
    },
    {
      selector: 'edge.neighbour, edge.focus',
      style: {
        width: 2.2,
        'line-color': palette.edgeHighlight,
        'target-arrow-color': palette.edgeHighlight,
        color: palette.label,
        'z-index': 10,
      },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': palette.focus, 'z-index': 20, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.focus',
      style: {
        width: 4,
        'line-color': palette.focus,
        'target-arrow-color': palette.focus,
        'z-index': 20,
        'font-weight': 'bold',
      },
    },
    // Hover, focus, paths and pins (focus.ts), over the selection's emphasis.
    ...focusStyles(palette),
    // The person's notes (notes.ts): a halo behind the node.
    ...notedStyles,
    // The multi-selection (marked.ts), over every emphasis: it is what the next action acts on.
    ...markedStyles(palette),
    // Filters (visibility.ts) hide elements without moving the rest; last, so nothing overrides it.
    { selector: '.filtered-out', style: { display: 'none' } },
  ];
}
