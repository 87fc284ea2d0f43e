import type { Dataset } from '../../model/dataset';
import { parseIsoDate } from '../../model/dates';

export const DAY_MS = 86_400_000;

/** Milliseconds (UTC midnight) of a "YYYY-MM-DD" day. */
export function dayToMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The "YYYY-MM-DD" day a moment falls in (UTC). */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export interface TimelineEvent {
  id: string;
  label: string;
  /** As the data gives it: "2015-08", "2015-12-11/2015-12-12". */
  date: string;
  /** First moment covered and the moment after the last day (exclusive). */
  start: number;
  end: number;
  /** An explicit interval ("1950/1953"), drawn as a bar; other dates are points at their middle. */
  interval: boolean;
}

export interface TimelinePublication {
  id: string;
  title: string;
  publisher: string;
  published: string;
  start: number;
  end: number;
}

export interface TimelineData {
  events: TimelineEvent[];
  publications: TimelinePublication[];
  /** Jan 1 of the earliest year, and Jan 1 after the latest year, of everything above. */
  start: number;
  end: number;
}

function covered(date: string): { start: number; end: number } | undefined {
  const range = parseIsoDate(date);
  return range && { start: dayToMs(range.start), end: dayToMs(range.end) + DAY_MS };
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/**
 * The dated nodes of the graph (events) and the articles' publication dates, in time order, or
 * null when nothing is dated.
 */
export function timelineData(dataset: Dataset): TimelineData | null {
  const events: TimelineEvent[] = [];
  dataset.graph.forEachNode((id, attrs) => {
    const span = attrs.date === undefined ? undefined : covered(attrs.date);
    if (attrs.date !== undefined && span)
      events.push({ id, label: attrs.label, date: attrs.date, ...span, interval: attrs.date.includes('/') });
  });
  const publications: TimelinePublication[] = [];
  for (const s of dataset.sources.values()) {
    const span = covered(s.published);
    if (span)
      publications.push({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        published: s.published,
        ...span,
      });
  }
  const all = [...events, ...publications];
  if (all.length === 0) return null;
  events.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  publications.sort((a, b) => a.start - b.start);
  return {
    events,
    publications,
    start: yearStart(yearOf(Math.min(...all.map((i) => i.start)))),
    end: yearStart(yearOf(Math.max(...all.map((i) => i.end)) - 1) + 1),
  };
}

/**
 * Where the detailed part of the axis begins: Jan 1 of the year before the first article, so the
 * period the articles report on is drawn wide and older history is compressed before it. Returns
 * `data.start` (no compressed part) when nothing is older.
 */
export function focusStart(data: TimelineData): number {
  const first = data.publications[0];
  if (!first) return data.start;
  return Math.max(data.start, yearStart(yearOf(first.start) - 1));
}
