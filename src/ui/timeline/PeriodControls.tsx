import { useId } from 'react';
import { selectFilters } from '../../state/filterSlice';
import { useAppStore } from '../../state/store';
import { msToDay, type TimelineData } from './timelineData';

/**
 * The period as two date fields (the keyboard way to do what the brush does), its reset, and
 * whether events and relations without a date stay.
 */
export function PeriodControls({ data }: { data: TimelineData }) {
  const { dateRange, includeUndated } = useAppStore(selectFilters);
  const { setDateRange, setIncludeUndated } = useAppStore.getState();
  const hintId = useId();
  const min = msToDay(data.start);
  const max = msToDay(data.end - 1);
  const from = dateRange?.from ?? null;
  const to = dateRange?.to ?? null;
  return (
    <div className="timeline-controls">
      <h2 className="timeline-title">Timeline</h2>
      <span id={hintId} className="timeline-hint">
        Drag across the axis to pick a period
      </span>
      <div className="timeline-period">
        <label>
          From
          <input
            type="date"
            value={from ?? ''}
            min={min}
            max={max}
            aria-describedby={hintId}
            onChange={(e) => setDateRange({ from: e.target.value || null, to })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={to ?? ''}
            min={min}
            max={max}
            onChange={(e) => setDateRange({ from, to: e.target.value || null })}
          />
        </label>
        <button type="button" disabled={!dateRange} onClick={() => setDateRange(null)}>
          Clear period
        </button>
        <label title="Untick to hide the events and relations that carry no date">
          <input
            type="checkbox"
            checked={includeUndated}
            onChange={(e) => setIncludeUndated(e.target.checked)}
          />
          Include undated
        </label>
      </div>
    </div>
  );
}
