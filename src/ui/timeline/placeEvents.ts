import { assignLanes } from './lanes';
import type { TimelineEvent } from './timelineData';
import type { TimeScale } from './timeScale';

/** Half the width of a point marker, in px. */
export const POINT_HALF = 5;
/** A loose date ("2014") whose days span more than this many px shows that span as a whisker. */
const WHISKER_MIN = 2 * POINT_HALF;

export interface EventPlacement {
  event: TimelineEvent;
  /** Point events: the middle of the days the date covers; intervals: their start. */
  x: number;
  /** What the marker covers: the diamond of a point, the bar of an interval. */
  x0: number;
  x1: number;
  /** For a point with a loose date, the days it may fall on, drawn thin behind the marker. */
  span: { x0: number; x1: number } | null;
  lane: number;
}

/**
 * Places the events on the scale: intervals as bars, other dates as points at the middle of
 * what they cover, stacked into lanes so nothing hides anything else.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  scale: TimeScale,
): { placements: EventPlacement[]; lanes: number } {
  const shapes = events.map((event) => {
    const start = scale.x(event.start);
    const end = scale.x(event.end);
    if (event.interval) return { event, x: start, x0: start, x1: Math.max(end, start + 6), span: null };
    const x = (start + end) / 2;
    const span = end - start > WHISKER_MIN ? { x0: start, x1: end } : null;
    return { event, x, x0: x - POINT_HALF, x1: x + POINT_HALF, span };
  });
  const lanes = assignLanes(
    shapes.map((s) => ({ x0: Math.min(s.x0, s.span?.x0 ?? s.x0), x1: Math.max(s.x1, s.span?.x1 ?? s.x1) })),
  );
  return {
    placements: shapes.map((s, i) => ({ ...s, lane: lanes[i] ?? 0 })),
    lanes: Math.max(1, ...lanes.map((l) => l + 1)),
  };
}
