import { useRef, useState, type KeyboardEvent } from 'react';
import { formatIsoDate } from '../../model/dates';
import type { EventPlacement } from './placeEvents';

export interface PlacedEvent extends EventPlacement {
  y: number;
  visible: boolean;
}

export type Hover = { kind: 'event' | 'publication'; id: string } | null;

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The dated events as buttons: a diamond for a date, a bar for an interval. One tab stop for
 * all, arrow keys move between them in time order; Enter, Space or a click selects the event.
 */
export function EventMarkers({
  placed,
  size,
  selectedId,
  onSelect,
  onHover,
}: {
  placed: PlacedEvent[];
  /** Marker height in px. */
  size: number;
  selectedId: string | null;
  onSelect(id: string): void;
  onHover(hover: Hover): void;
}) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const r = size / 2;

  const onKeyDown = (event: KeyboardEvent, index: number, id: string) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      refs.current[move(index, placed.length)]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };

  return (
    <g role="group" aria-label="Dated events: arrow keys move between them, Enter selects">
      {placed.map((p, i) => {
        const { event } = p;
        const classes = [
          'timeline-event',
          p.visible ? '' : 'is-hidden',
          event.id === selectedId ? 'is-selected' : '',
        ];
        return (
          <g
            key={event.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="button"
            tabIndex={i === current ? 0 : -1}
            aria-label={`${event.label}, ${formatIsoDate(event.date)}${p.visible ? '' : ' (hidden by the filters)'}`}
            className={classes.join(' ').trim()}
            onClick={() => onSelect(event.id)}
            onKeyDown={(e) => onKeyDown(e, i, event.id)}
            onFocus={() => {
              setCurrent(i);
              onHover({ kind: 'event', id: event.id });
            }}
            onBlur={() => onHover(null)}
            onMouseEnter={() => onHover({ kind: 'event', id: event.id })}
            onMouseLeave={() => onHover(null)}
          >
            {p.span && <line className="timeline-span" x1={p.span.x0} x2={p.span.x1} y1={p.y} y2={p.y} />}
            {event.interval ? (
              <rect x={p.x0} y={p.y - r * 0.8} width={p.x1 - p.x0} height={r * 1.6} rx={2} />
            ) : (
              <path d={`M${p.x},${p.y - r}L${p.x + r},${p.y}L${p.x},${p.y + r}L${p.x - r},${p.y}Z`} />
            )}
            {/* A wider invisible target (with the whisker), so small markers are easy to point at. */}
            <rect
              className="timeline-hit"
              x={Math.min(p.x0, p.span?.x0 ?? p.x0) - 2}
              y={p.y - r - 1}
              width={Math.max(p.x1, p.span?.x1 ?? p.x1) - Math.min(p.x0, p.span?.x0 ?? p.x0) + 4}
              height={size + 2}
            />
          </g>
        );
      })}
    </g>
  );
}
