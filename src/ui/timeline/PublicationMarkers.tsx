import { formatIsoDate } from '../../model/dates';
import type { Hover } from './EventMarkers';
import type { TimelinePublication } from './timelineData';
import type { TimeScale } from './timeScale';

/**
 * When each article was published: a triangle on its own row, with a faint guide up through the
 * events so what an article could report is easy to see. Dimmed when the article is filtered out.
 */
export function PublicationMarkers({
  publications,
  scale,
  y,
  guideTop,
  hiddenSources,
  onHover,
}: {
  publications: TimelinePublication[];
  scale: TimeScale;
  y: number;
  guideTop: number;
  hiddenSources: ReadonlySet<string>;
  onHover(hover: Hover): void;
}) {
  return (
    <g>
      {publications.map((p) => {
        const x = scale.x((p.start + p.end) / 2);
        const hidden = hiddenSources.has(p.id);
        return (
          <g
            key={p.id}
            role="img"
            aria-label={`Published ${formatIsoDate(p.published)}: ${p.title} (${p.publisher})`}
            className={hidden ? 'timeline-publication is-hidden' : 'timeline-publication'}
            onMouseEnter={() => onHover({ kind: 'publication', id: p.id })}
            onMouseLeave={() => onHover(null)}
          >
            <line className="timeline-guide" x1={x} x2={x} y1={guideTop} y2={y - 6} />
            <path d={`M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z`} />
          </g>
        );
      })}
    </g>
  );
}
