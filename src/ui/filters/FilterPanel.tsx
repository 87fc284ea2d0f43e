import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatIsoDate } from '../../model/dates';
import type { DateBounds, Filters } from '../../model/filters';
import { selectFilters } from '../../state/filterSlice';
import { selectDataset, useAppStore } from '../../state/store';
import { FilterGroups } from './FilterGroups';
import './filters.css';

/** How many dimensions currently narrow the graph. */
function activeDimensions(f: Filters): number {
  return [
    f.hiddenTypes.size > 0,
    f.hiddenRelations.size > 0,
    f.hiddenSources.size > 0,
    f.dateRange !== null || !f.includeUndated,
  ].filter(Boolean).length;
}

const formatBound = (day: string | null) => (day === null ? '…' : formatIsoDate(day));
const formatPeriod = (range: DateBounds) => `${formatBound(range.from)} – ${formatBound(range.to)}`;

/**
 * The "Filters" button at the top left of the graph, and the panel it opens: one group of
 * checkboxes per dimension, and what the timeline's period is doing. Escape closes it.
 */
export function FilterPanel() {
  const dataset = useAppStore(selectDataset);
  const filters = useAppStore(selectFilters);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  if (!dataset) return null;
  const active = activeDimensions(filters);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault(); // the panel closes; the graph selection stays
    close();
  };

  return (
    <div className="filter-host">
      <button
        ref={toggle}
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Filters
        {active > 0 && (
          <>
            <span className="filter-badge" aria-hidden="true">
              {active}
            </span>
            <span className="visually-hidden"> ({active} active)</span>
          </>
        )}
      </button>
      {open && (
        <section id={panelId} className="filter-panel" aria-label="Filters" onKeyDown={onKeyDown}>
          <div className="filter-panel-head">
            <h2>Filters</h2>
            <button type="button" className="filter-close" aria-label="Close filters" onClick={close}>
              ×
            </button>
          </div>
          <p className="filter-rule">
            Ticked values show. Filters combine: a relation shows only when both its entities do.
          </p>
          <FilterGroups dataset={dataset} />
          <div className="facet" role="group" aria-label="Period">
            <h3>Period</h3>
            <p className="facet-note">
              {filters.dateRange
                ? `${formatPeriod(filters.dateRange)}, set on the timeline below.`
                : 'All dates. Drag across the timeline below, or type dates there, to pick a period.'}
              {!filters.includeUndated && ' Undated events and relations are hidden.'}
            </p>
          </div>
        </section>
      )}
    </div>
  );
}
