import { useMemo, useRef, useState } from 'react';
import { selectFilters, selectVisibility } from '../../state/filterSlice';
import { selectSelection, useAppStore } from '../../state/store';
import { EventMarkers, type Hover, type PlacedEvent } from './EventMarkers';
import { placeEvents } from './placeEvents';
import { PublicationMarkers } from './PublicationMarkers';
import { TimelineAxis } from './TimelineAxis';
import { TimelineTooltip } from './TimelineTooltip';
import { focusStart, type TimelineData } from './timelineData';
import { brokenTimeScale } from './timeScale';
import { useBrush } from './useBrush';
import { useElementSize } from './useElementSize';

/** Left gutter for the row names, right margin for the last year label, in px. */
const GUTTER = 78;
const RIGHT = 22;
const TOP = 6;
const AXIS_HEIGHT = 24;
const PUBLICATION_ROW = 18;
const MAX_LANE = 15;

/**
 * The events and publication dates on a broken time axis, with a brush over the plot that sets
 * the period filter. Markers lie above the brush, so pointing at one never starts a brush.
 */
export function TimelineChart({ data }: { data: TimelineData }) {
  const host = useRef<HTMLDivElement>(null);
  const brushLayer = useRef<SVGGElement>(null);
  const { width, height } = useElementSize(host);
  const visibility = useAppStore(selectVisibility);
  const { dateRange, hiddenSources } = useAppStore(selectFilters);
  const selection = useAppStore(selectSelection);
  const [hover, setHover] = useState<Hover>(null);

  const plotWidth = Math.max(0, width - GUTTER - RIGHT);
  const scale = useMemo(
    () =>
      plotWidth > 0
        ? brokenTimeScale({ start: data.start, focus: focusStart(data), end: data.end, width: plotWidth })
        : null,
    [data, plotWidth],
  );
  const axisY = height - AXIS_HEIGHT;
  const publicationY = axisY - PUBLICATION_ROW / 2 - 1;
  const lanesBottom = axisY - PUBLICATION_ROW - 2;

  const { placed, size } = useMemo(() => {
    if (!scale) return { placed: [] as Omit<PlacedEvent, 'visible'>[], size: 0 };
    const { placements, lanes } = placeEvents(data.events, scale);
    const lane = Math.min(MAX_LANE, (lanesBottom - TOP) / lanes);
    return {
      size: Math.max(6, Math.min(10, lane - 2)),
      placed: placements.map((p) => ({ ...p, y: TOP + lane * (p.lane + 0.5) })),
    };
  }, [data, scale, lanesBottom]);
  const shown: PlacedEvent[] = placed.map((p) => ({
    ...p,
    visible: visibility?.nodes.has(p.event.id) ?? true,
  }));

  useBrush(brushLayer, scale, axisY + 6, dateRange, useAppStore.getState().setDateRange);

  const tooltip = (() => {
    if (!hover || !scale) return null;
    if (hover.kind === 'event') {
      const p = shown.find((s) => s.event.id === hover.id);
      return p && { item: { event: p.event }, x: p.x, y: p.y - size / 2 - 4, hidden: !p.visible };
    }
    const pub = data.publications.find((s) => s.id === hover.id);
    return (
      pub && {
        item: { publication: pub },
        x: scale.x((pub.start + pub.end) / 2),
        y: publicationY - 8,
        hidden: hiddenSources.has(pub.id),
      }
    );
  })();
  const context = scale && scale.segments.length > 1 ? scale.segments[0] : undefined;

  return (
    <div ref={host} className="timeline-chart">
      {scale && height > 0 && (
        <svg width={width} height={height} role="group" aria-label="Events and publication dates over time">
          <g className="timeline-rows" aria-hidden="true">
            <text x={GUTTER - 10} y={(TOP + lanesBottom) / 2} textAnchor="end" dominantBaseline="middle">
              Events
            </text>
            <text x={GUTTER - 10} y={publicationY} textAnchor="end" dominantBaseline="middle">
              Published
            </text>
          </g>
          <g transform={`translate(${GUTTER},0)`}>
            {/* A shaded band marks the compressed years before the articles. */}
            {context && (
              <rect
                className="timeline-context"
                x={context.x0}
                y={0}
                width={context.x1 - context.x0}
                height={axisY}
              />
            )}
            <TimelineAxis scale={scale} y={axisY} />
            <g ref={brushLayer} className="timeline-brush" />
            <PublicationMarkers
              publications={data.publications}
              scale={scale}
              y={publicationY}
              guideTop={TOP}
              hiddenSources={hiddenSources}
              onHover={setHover}
            />
            <EventMarkers
              placed={shown}
              size={size}
              selectedId={selection?.kind === 'node' ? selection.id : null}
              onSelect={(id) => useAppStore.getState().select({ kind: 'node', id })}
              onHover={setHover}
            />
          </g>
        </svg>
      )}
      {tooltip && (
        <TimelineTooltip
          item={tooltip.item}
          left={GUTTER + tooltip.x}
          top={tooltip.y}
          align={tooltip.x < 120 ? 'start' : tooltip.x > plotWidth - 120 ? 'end' : 'middle'}
          hidden={tooltip.hidden}
        />
      )}
    </div>
  );
}
