import { useMemo, type CSSProperties } from 'react';
import { selectDataset, useAppStore } from '../../state/store';
import { NODE_TYPE_STYLES } from '../../view/palette';
import { PeriodControls } from './PeriodControls';
import { TimelineChart } from './TimelineChart';
import { timelineData } from './timelineData';
import './timeline.css';

// Event markers in the colours of event nodes in the graph and the legend.
const EVENT_COLOURS = {
  '--timeline-event': NODE_TYPE_STYLES.event.color,
  '--timeline-event-border': NODE_TYPE_STYLES.event.border,
} as CSSProperties;

/**
 * The strip under the graph: dated events and publication dates on a time axis, and the period
 * filter, set by brushing the axis or with the date fields.
 */
export function Timeline() {
  const dataset = useAppStore(selectDataset);
  const data = useMemo(() => dataset && timelineData(dataset), [dataset]);
  if (!data) return null;
  return (
    <section className="timeline" aria-label="Timeline" style={EVENT_COLOURS}>
      <PeriodControls data={data} />
      <TimelineChart data={data} />
    </section>
  );
}
