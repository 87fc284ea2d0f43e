import { selectIsFiltering } from '../../state/filterSlice';
import { useAppStore } from '../../state/store';
import './filters.css';

/** Clears every filter and the timeline's period in one click; disabled while nothing is filtered. */
export function ResetFiltersButton() {
  const filtering = useAppStore(selectIsFiltering);
  return (
    <button
      type="button"
      className="reset-filters"
      disabled={!filtering}
      onClick={() => useAppStore.getState().resetFilters()}
    >
      Reset filters
    </button>
  );
}
