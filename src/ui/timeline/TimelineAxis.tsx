import type { TimeScale } from './timeScale';

/**
 * The time axis at `y`: one line per segment with a break mark between them, year labels, and
 * quarter ticks where years are wide.
 */
export function TimelineAxis({ scale, y }: { scale: TimeScale; y: number }) {
  const [context, focus] = scale.segments;
  return (
    <g className="timeline-axis" aria-hidden="true">
      {scale.segments.map((s) => (
        <line key={s.start} x1={s.x0} x2={s.x1} y1={y} y2={y} />
      ))}
      {context && focus && (
        // The classic "//" of a broken axis, where the compressed years end.
        <g className="timeline-break">
          <line x1={context.x1 - 3} x2={context.x1 + 3} y1={y + 5} y2={y - 5} />
          <line x1={focus.x0 - 3} x2={focus.x0 + 3} y1={y + 5} y2={y - 5} />
        </g>
      )}
      {scale.minorTicks.map((x) => (
        <line key={x} className="timeline-minor" x1={x} x2={x} y1={y} y2={y + 3} />
      ))}
      {scale.ticks.map((t) => (
        <g key={t.year} transform={`translate(${t.x},${y})`}>
          <line y2={6} />
          <text y={17} textAnchor="middle">
            {t.year}
          </text>
        </g>
      ))}
    </g>
  );
}
