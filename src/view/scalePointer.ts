import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import type { HoverTracker } from './hover';
import { indexNodes, type NodeIndex } from './nodeIndex';

export interface ScalePointerHandlers {
  /** A click on a node (`shift`: with the Shift key). */
  onNode(node: NodeSingular, shift: boolean): void;
  /** A click on the background. */
  onBackground(shift: boolean): void;
  /** Two clicks on the same node, without Shift. */
  onExpand(node: NodeSingular): void;
  /** A Shift-drag box, with the shown nodes inside it. */
  onBox(nodes: NodeSingular[]): void;
  /** The node under the pointer changed (null: none). */
  onHover(node: NodeSingular | null): void;
}

/** Pointer slack around a node's disc, in screen px. */
const SLACK_PX = 3;

/**
 * The pointer at scale. Nodes and edges there have `events: no` (scale.ts), so Cytoscape neither
 * hit-tests its tens of thousands of elements on each mouse move and press nor restyles the pressed
 * node (which redraws everything); clicks, double clicks, boxes and hover are read from the core's
 * events and resolved against a spatial index of the shown nodes (nodeIndex.ts). Edges are not
 * clicked at scale. Returns the hover tracker the view refreshes.
 */
export function bindScalePointer(cy: Core, handlers: ScalePointerHandlers): HoverTracker {
  let index: NodeIndex | null = null;
  const nodeAt = (p: Position) => (index ??= indexNodes(cy)).at(p.x, p.y, SLACK_PX / cy.zoom());
  // Positions (a layout) or visibility (filters, focus) change what is where. The index is rebuilt
  // when the page is idle (tens of ms for 20,000 nodes), so a click does not wait for it.
  let warming = 0;
  const warm = () => {
    warming ||= requestIdleCallback(() => {
      warming = 0;
      index ??= indexNodes(cy);
    });
  };
  const stale = () => {
    index = null;
    warm();
  };
  warm();

  const shift = (event: EventObject) => (event.originalEvent as MouseEvent | undefined)?.shiftKey === true;
  let lastTap: NodeSingular | null = null;
  const tap = (event: EventObject) => {
    if (event.target !== cy) return;
    const node = nodeAt(event.position);
    lastTap = node;
    if (node) handlers.onNode(node, shift(event));
    else handlers.onBackground(shift(event));
  };
  const doubleTap = (event: EventObject) => {
    if (event.target !== cy || shift(event)) return;
    const node = nodeAt(event.position);
    if (node && lastTap?.same(node)) handlers.onExpand(node);
  };

  let boxFrom: Position | null = null;
  const boxStart = (event: EventObject) => void (boxFrom = { ...event.position });
  const boxEnd = (event: EventObject) => {
    if (!boxFrom) return;
    const from = boxFrom;
    boxFrom = null;
    handlers.onBox((index ??= indexNodes(cy)).inBox(from.x, from.y, event.position.x, event.position.y));
  };

  let hovered: NodeSingular | null = null;
  let pointer: Position | null = null;
  let frame = 0;
  const hover = (node: NodeSingular | null) => {
    if (node === hovered || (node && hovered?.same(node))) return;
    hovered = node;
    handlers.onHover(node);
  };
  const move = (event: EventObject) => {
    pointer = { ...event.position };
    // At most once per frame, and not while the view is being dragged.
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (pointer) hover(nodeAt(pointer));
    });
  };
  const leave = () => {
    pointer = null;
    hover(null);
  };
  const container = cy.container();

  // Every core event this module listens to, bound here and unbound on destroy.
  const bindings: [events: string, selector: string | undefined, handler: (event: EventObject) => void][] = [
    ['position style', 'node', stale],
    ['add remove', undefined, stale],
    ['tap', undefined, tap],
    ['dbltap', undefined, doubleTap],
    ['boxstart', undefined, boxStart],
    ['boxend', undefined, boxEnd],
    ['mousemove', undefined, move],
    ['pan zoom', undefined, leave],
  ];
  for (const [events, selector, handler] of bindings)
    if (selector) cy.on(events, selector, handler);
    else cy.on(events, handler);
  container?.addEventListener('mouseleave', leave);
  return {
    refresh: () => handlers.onHover(hovered),
    destroy() {
      cancelAnimationFrame(frame);
      cancelIdleCallback(warming);
      for (const [events, selector, handler] of bindings)
        if (selector) cy.off(events, selector, handler);
        else cy.off(events, handler);
      container?.removeEventListener('mouseleave', leave);
    },
  };
}
