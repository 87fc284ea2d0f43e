/** A stretch of time drawn linearly between two x positions. */
export interface AxisSegment {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export interface YearTick {
  year: number;
  x: number;
}

/**
 * A piecewise-linear ("broken") time axis: an optional compressed context segment for old history,
 * then a gap, then the focus segment drawn wide. Times are epoch milliseconds, x in pixels.
 */
export interface TimeScale {
  width: number;
  segments: AxisSegment[];
  /** x of a moment; moments outside the axis are clamped to its ends. */
  x(ms: number): number;
  /** The moment at x; inside the gap between segments, the start of the focus. */
  invert(px: number): number;
  /** Labelled Jan 1 ticks, spaced so their labels do not collide. */
  ticks: YearTick[];
  /** Unlabelled quarter ticks, where years are wide enough for them. */
  minorTicks: number[];
}

export interface TimeScaleOptions {
  start: number;
  /** Where the focus begins; at or before `start` there is no compressed segment. */
  focus: number;
  end: number;
  width: number;
  /** Largest share of the width the compressed segment gets. */
  contextShare?: number;
  /** Pixels between the two segments, where the axis is drawn broken. */
  gap?: number;
  /** Least distance between two year labels, in pixels. */
  labelSpacing?: number;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const YEAR_MS = 365.25 * 86_400_000;
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

function lerp(segment: AxisSegment, ms: number): number {
  const span = segment.end - segment.start || 1;
  return segment.x0 + ((ms - segment.start) / span) * (segment.x1 - segment.x0);
}

function segmentsFor(o: Required<TimeScaleOptions>): AxisSegment[] {
  if (o.focus <= o.start || o.focus >= o.end) return [{ start: o.start, end: o.end, x0: 0, x1: o.width }];
  const linearShare = (o.focus - o.start) / (o.end - o.start);
  const contextWidth = Math.round(o.width * Math.min(o.contextShare, linearShare));
  return [
    { start: o.start, end: o.focus, x0: 0, x1: contextWidth },
    { start: o.focus, end: o.end, x0: contextWidth + o.gap, x1: o.width },
  ];
}

/** Year ticks of each segment from its first year, every N years so labels fit. */
function yearTicks(segments: AxisSegment[], spacing: number): YearTick[] {
  const candidates: YearTick[] = [];
  for (const s of segments) {
    const pxPerYear = ((s.x1 - s.x0) / (s.end - s.start)) * YEAR_MS;
    const step = YEAR_STEPS.find((n) => n * pxPerYear >= spacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1] ?? 1;
    for (let year = yearOf(s.start); Date.UTC(year, 0, 1) <= s.end; year += step) {
      candidates.push({ year, x: lerp(s, Date.UTC(year, 0, 1)) });
    }
  }
  // Right to left, so the focus keeps its ticks and a crowded context tick gives way.
  const kept: YearTick[] = [];
  for (const tick of candidates.reverse()) {
    const last = kept[kept.length - 1];
    if (!last || (last.x - tick.x >= spacing && last.year !== tick.year)) kept.push(tick);
  }
  return kept.reverse();
}

function quarterTicks(segments: AxisSegment[]): number[] {
  const xs: number[] = [];
  for (const s of segments) {
    const pxPerQuarter = (((s.x1 - s.x0) / (s.end - s.start)) * YEAR_MS) / 4;
    if (pxPerQuarter < 12) continue;
    for (let year = yearOf(s.start); Date.UTC(year, 0, 1) < s.end; year++) {
      for (const month of [3, 6, 9]) xs.push(lerp(s, Date.UTC(year, month, 1)));
    }
  }
  return xs;
}

export function brokenTimeScale(options: TimeScaleOptions): TimeScale {
  const o: Required<TimeScaleOptions> = { contextShare: 0.2, gap: 12, labelSpacing: 40, ...options };
  const segments = segmentsFor(o);
  const first = segments[0] as AxisSegment;
  const last = segments[segments.length - 1] as AxisSegment;
  const x = (ms: number) => {
    if (ms <= first.start) return first.x0;
    if (ms >= last.end) return last.x1;
    return lerp(segments.find((s) => ms < s.end) ?? last, ms);
  };
  const invert = (px: number) => {
    if (px <= first.x0) return first.start;
    if (px >= last.x1) return last.end;
    const s = segments.find((seg) => px <= seg.x1) ?? last;
    if (px < s.x0) return s.start; // in the gap
    return s.start + ((px - s.x0) / (s.x1 - s.x0 || 1)) * (s.end - s.start);
  };
  return {
    width: o.width,
    segments,
    x,
    invert,
    ticks: yearTicks(segments, o.labelSpacing),
    minorTicks: quarterTicks(segments),
  };
}
