import { formatIsoDate } from '../../model/dates';
import type { TimelineEvent, TimelinePublication } from './timelineData';

/**
 * The label of the hovered or focused marker, floating above it. It is aria-hidden: the markers
 * carry the same words as their accessible names.
 */
export function TimelineTooltip({
  item,
  left,
  top,
  align,
  hidden,
}: {
  item: { event: TimelineEvent } | { publication: TimelinePublication };
  left: number;
  top: number;
  /** Which way the tip extends from its anchor, so it stays inside the strip at the edges. */
  align: 'start' | 'middle' | 'end';
  hidden: boolean;
}) {
  return (
    <div className={`timeline-tooltip align-${align}`} style={{ left, top }} aria-hidden="true">
      {'event' in item ? (
        <>
          <strong>{item.event.label}</strong>
          <span className="timeline-tooltip-date">
            {formatIsoDate(item.event.date)}
            {hidden && ' · hidden by the filters'}
          </span>
        </>
      ) : (
        <>
          <span className="timeline-tooltip-kind">Published {formatIsoDate(item.publication.published)}</span>
          <strong>{item.publication.title}</strong>
          <span className="timeline-tooltip-date">
            {item.publication.publisher}
            {hidden && ' · article filtered out'}
          </span>
        </>
      )}
    </div>
  );
}
