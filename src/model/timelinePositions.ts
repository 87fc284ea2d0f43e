import type { KnowledgeGraph } from './dataset';
import { parseIsoDate } from './dates';
import type { NodeType } from './nodeTypes';
import type { Point } from './viewSettings';

/** Where the timeline puts things, in model units, plus what its guides need to be drawn. */
export interface TimelinePlacement {
  positions: Map<string, Point>;
  /** One label per year, at the x of the year's first event. */
  years: { x: number; label: string }[];
  /** The column of events that have no date (absent when every event is dated). */
  undatedX?: number;
  /** Each band's node type and the y of its top and bottom rows (top ≤ bottom). */
  bands: { type: NodeType; top: number; bottom: number }[];
}

/** Geometry in model units (labels wrap at 150, see LABEL_WRAP in view/labelDetail.ts). */
export const TIMELINE = {
  /** x step between two consecutive dated events. */
  eventStep: 27,
  /** Extra x between the last event of a year and the first of the next, so years read as groups. */
  yearGap: 16,
  /** Events cycle through this many rows, so neighbours in time do not share a row and a label line. */
  eventRows: 6,
  eventRowHeight: 46,
  /** Space between the last dated event and the undated column. */
  undatedGap: 130,
  undatedRowHeight: 50,
  /** Space kept between two labels side by side in a row of actors or places. */
  labelGap: 14,
  rowHeight: 50,
  bandGap: 70,
} as const;

/** About how wide a node's label draws (14-unit font, wrapped at 150): what it needs in its row. */
export function labelWidth(label: string): number {
  return Math.min(150, Math.max(36, label.length * 7.2));
}

const DAY = 86_400_000;

/** The middle of a date or interval, in ms since 1970; undefined for a missing or invalid date. */
export function dateMidpoint(value: string | undefined): number | undefined {
  const range = value === undefined ? undefined : parseIsoDate(value);
  if (!range) return undefined;
  return (Date.parse(range.start) + Date.parse(range.end) + DAY) / 2;
}

/**
 * A timeline: events left to right by date (an interval at its midpoint) with undated events in a
 * column at the end; above them places, then actors, each near the mean x of the events it is
 * linked to and packed into rows so labels do not collide. The time axis is ordinal (equal space
 * per event, with a gap between years): the corpus bunches its events in 2013–2021 while a few go
 * back to 1950, and a proportional axis would crush the recent years together.
 */
export function timelinePositions(graph: KnowledgeGraph): TimelinePlacement {
  const positions = new Map<string, Point>();
  const dated: { id: string; mid: number; year: string; label: string }[] = [];
  const undated: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.type !== 'event') return;
    const mid = dateMidpoint(attrs.date);
    if (mid === undefined) undated.push(id);
    // Labelled by the year it starts: "1950/1953" reads 1950, not its midpoint's 1951.
    else dated.push({ id, mid, year: (attrs.date ?? '').slice(0, 4), label: attrs.label });
  });
  dated.sort((a, b) => a.mid - b.mid || a.label.localeCompare(b.label));
  undated.sort((a, b) =>
    graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
  );

  const years: TimelinePlacement['years'] = [];
  let x = 0;
  dated.forEach(({ id, year }, i) => {
    const previous = years[years.length - 1];
    if (previous?.label !== year) {
      if (previous) x += TIMELINE.yearGap;
      years.push({ x, label: year });
    }
    positions.set(id, { x, y: (i % TIMELINE.eventRows) * TIMELINE.eventRowHeight });
    x += TIMELINE.eventStep;
  });
  const undatedX = dated.length ? x - TIMELINE.eventStep + TIMELINE.undatedGap : 0;
  undated.forEach((id, i) => positions.set(id, { x: undatedX, y: i * TIMELINE.undatedRowHeight }));
  const eventBottom = Math.max(
    (Math.min(dated.length, TIMELINE.eventRows) - 1) * TIMELINE.eventRowHeight,
    (undated.length - 1) * TIMELINE.undatedRowHeight,
    0,
  );

  const wanted = anchorXs(graph, positions, undatedX);
  const bands: TimelinePlacement['bands'] = [{ type: 'event', top: 0, bottom: eventBottom }];
  let bottom = -TIMELINE.bandGap;
  for (const type of ['place', 'actor'] as const) {
    const ids = graph.filterNodes((_id, attrs) => attrs.type === type);
    if (!ids.length) continue;
    const rows = packRows(ids, wanted, graph, undatedX);
    for (const [id, { x: px, row }] of rows)
      positions.set(id, { x: px, y: bottom - row * TIMELINE.rowHeight });
    const used = Math.max(...[...rows.values()].map((r) => r.row));
    bands.push({ type, top: bottom - used * TIMELINE.rowHeight, bottom });
    bottom -= used * TIMELINE.rowHeight + TIMELINE.bandGap;
  }
  return { positions, years, ...(undated.length ? { undatedX } : {}), bands };
}

/**
 * The x each actor and place would like: the mean x of its neighbours already placed, starting
 * from the events and spreading outwards a few steps for nodes linked to events only through
 * others. Nodes with no path to an event go to the undated column.
 */
function anchorXs(graph: KnowledgeGraph, events: Map<string, Point>, fallback: number): Map<string, number> {
  const xs = new Map<string, number>([...events].map(([id, p]) => [id, p.x]));
  const pending = graph.filterNodes((id) => !xs.has(id));
  for (let pass = 0; pass < 4 && pending.length; pass++) {
    const found = new Map<string, number>();
    for (const id of pending) {
      const linked = graph.neighbors(id).flatMap((n) => (xs.has(n) ? [xs.get(n) ?? 0] : []));
      if (linked.length) found.set(id, linked.reduce((a, b) => a + b, 0) / linked.length);
    }
    for (const [id, value] of found) xs.set(id, value);
    pending.splice(0, pending.length, ...pending.filter((id) => !found.has(id)));
  }
  for (const id of pending) xs.set(id, fallback);
  return xs;
}

/**
 * Packs nodes into rows, each at its wanted x in the first row where its label has room, in a new
 * row while the band is within its row budget, or else just right of the least crowded row's end.
 */
function packRows(
  ids: string[],
  wanted: Map<string, number>,
  graph: KnowledgeGraph,
  span: number,
): Map<string, { x: number; row: number }> {
  const want = (id: string) => wanted.get(id) ?? 0;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const width = (id: string) => labelWidth(label(id)) + TIMELINE.labelGap;
  const sorted = [...ids].sort((a, b) => want(a) - want(b) || label(a).localeCompare(label(b)));
  const total = ids.reduce((sum, id) => sum + width(id), 0);
  const maxRows = Math.max(2, Math.ceil((1.5 * total) / Math.max(span, 1)));
  const rowEnds: number[] = [];
  const placed = new Map<string, { x: number; row: number }>();
  for (const id of sorted) {
    const half = width(id) / 2;
    let at = want(id);
    let row = rowEnds.findIndex((end) => end <= at - half);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    else if (row < 0) {
      row = rowEnds.indexOf(Math.min(...rowEnds));
      at = (rowEnds[row] ?? at) + half;
    }
    rowEnds[row] = at + half;
    placed.set(id, { x: at, row });
  }
  return placed;
}
