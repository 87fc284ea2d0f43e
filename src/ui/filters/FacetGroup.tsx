import { useId, type ReactNode } from 'react';

export interface FacetOption<T extends string> {
  value: T;
  label: ReactNode;
  /** A second line under the label (publisher and date of an article). */
  detail?: ReactNode;
  count: number;
  /** What the count counts, for people who hover it: "entities", "relations". */
  countTitle: string;
}

/**
 * One filter dimension: a titled group of checkboxes (ticked = shown) with "all" and "none". The
 * group's semantics go in `note`, in words.
 */
export function FacetGroup<T extends string>({
  title,
  noun,
  note,
  options,
  hidden,
  onToggle,
  onSetHidden,
}: {
  title: string;
  /** Plural noun for the all/none buttons: "relations" → "All relations". */
  noun: string;
  note: string;
  options: FacetOption<T>[];
  hidden: ReadonlySet<T>;
  onToggle(value: T): void;
  onSetHidden(values: T[]): void;
}) {
  const headingId = useId();
  const allShown = options.every((o) => !hidden.has(o.value));
  const noneShown = options.every((o) => hidden.has(o.value));
  return (
    <div role="group" aria-labelledby={headingId} className="facet">
      <div className="facet-head">
        <h3 id={headingId}>{title}</h3>
        <button type="button" aria-label={`All ${noun}`} disabled={allShown} onClick={() => onSetHidden([])}>
          all
        </button>
        <button
          type="button"
          aria-label={`None of the ${noun}`}
          disabled={noneShown}
          onClick={() => onSetHidden(options.map((o) => o.value))}
        >
          none
        </button>
      </div>
      <p className="facet-note">{note}</p>
      <ul className="facet-options">
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" checked={!hidden.has(o.value)} onChange={() => onToggle(o.value)} />
              <span className="facet-label">
                {o.label}
                {o.detail && <span className="facet-detail">{o.detail}</span>}
              </span>
              <span className="facet-count" title={`${o.count} ${o.countTitle}`}>
                {o.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
