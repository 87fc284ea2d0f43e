import { useEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { DateBounds } from '../../model/filters';
import { DAY_MS, dayToMs, msToDay } from './timelineData';
import type { TimeScale } from './timeScale';

const keyOf = (range: DateBounds | null) => (range ? `${range.from ?? ''}/${range.to ?? ''}` : '');

/**
 * A d3 horizontal brush in the `<g>` at `ref`, `height` pixels tall, kept in step with the period
 * filter both ways: a person brushing reports the period (whole days) through `onChange`, and a
 * period set elsewhere (date inputs, reset) moves or clears the brush.
 */
export function useBrush(
  ref: RefObject<SVGGElement | null>,
  scale: TimeScale | null,
  height: number,
  range: DateBounds | null,
  onChange: (range: DateBounds | null) => void,
): void {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  // The period the brush shows now: a period equal to it needs no move (and moving the brush
  // under a dragging pointer would fight the person).
  const shown = useRef('');
  const latest = useRef({ range, onChange });
  useEffect(() => {
    latest.current = { range, onChange };
  });

  const move = (next: DateBounds | null) => {
    const node = ref.current;
    const brush = brushRef.current;
    if (!node || !brush || !scale) return;
    shown.current = keyOf(next);
    const px: [number, number] | null = next
      ? [
          next.from === null ? 0 : scale.x(dayToMs(next.from)),
          next.to === null ? scale.width : scale.x(dayToMs(next.to) + DAY_MS),
        ]
      : null;
    select(node).call(brush.move, px);
  };

  useEffect(() => {
    const node = ref.current;
    if (!node || !scale || height <= 0) return;
    const g = select<SVGGElement, unknown>(node);
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [scale.width, height],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own move()
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          if (event.type === 'end') {
            shown.current = '';
            latest.current.onChange(null);
          }
          return;
        }
        const from = msToDay(scale.invert(selection[0]));
        const to = msToDay(scale.invert(selection[1]) - 1);
        // A selection inside the axis break covers no day: keep it one day long.
        const next = { from, to: to < from ? from : to };
        shown.current = keyOf(next);
        latest.current.onChange(next);
      });
    g.call(brush);
    brushRef.current = brush;
    move(latest.current.range);
    return () => {
      brush.on('brush end', null);
      g.on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
    // `move` reads refs only; the brush is rebuilt when its geometry changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, scale, height]);

  useEffect(() => {
    if (keyOf(range) !== shown.current) move(range);
  });
}
