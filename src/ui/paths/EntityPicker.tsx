import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../model/dataset';
import type { EntityMatch } from '../../model/search/rankEntities';
import { searchEntities } from '../../model/search/entityIndex';
import { entityIndexOf } from '../search/searchIndexes';
import { EntityOption } from '../search/SuggestionOption';
import '../combobox.css';

/** How many entities the list offers at once. */
const LIMIT = 8;

/** The most connected entities, offered before anything is typed. */
function busiest(dataset: Dataset): EntityMatch[] {
  const { graph } = dataset;
  return graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, LIMIT)
    .map((id): EntityMatch => ({ id, tier: 'label' })); // offered by their label
}

/**
 * A labelled WAI-ARIA combobox that picks one entity: typing suggests entities by label or alias
 * (the header search's index), arrow keys move, Enter or a click chooses, Escape puts the chosen
 * name back. Before anything is typed it offers the most connected entities.
 */
export function EntityPicker({
  dataset,
  label,
  value,
  onChange,
  focusFirst = false,
}: {
  dataset: Dataset;
  label: string;
  value: string | null;
  onChange(id: string): void;
  /** Takes the keyboard focus when it appears: the end still to choose. */
  focusFirst?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  // When it becomes the end to choose (on opening, or once the other is chosen), typing goes to
  // it, not to the page's shortcuts.
  useEffect(() => {
    if (focusFirst) input.current?.focus();
  }, [focusFirst]);
  const chosen = value && dataset.graph.hasNode(value) ? dataset.graph.getNodeAttribute(value, 'label') : '';
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const typed = query ?? '';
  const matches = useMemo(
    () =>
      query === null
        ? []
        : typed.trim() === ''
          ? busiest(dataset)
          : searchEntities(entityIndexOf(dataset), typed, LIMIT),
    [dataset, query, typed],
  );
  const open = query !== null && matches.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const close = () => {
    setQuery(null);
    setActive(-1);
  };
  const choose = (i: number) => {
    const match = matches[i];
    if (match) onChange(match.id);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = (delta: 1 | -1) => {
      event.preventDefault();
      if (query === null) setQuery('');
      const count = Math.max(matches.length, 1);
      setActive((a) => (a < 0 ? (delta > 0 ? 0 : count - 1) : (a + delta + count) % count));
    };
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape' && query !== null) {
      event.preventDefault(); // closes the list, not the panel
      close();
    }
  };

  return (
    <div className="entity-picker">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        ref={input}
        id={`${listId}-input`}
        className="combobox-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        placeholder="Type a name…"
        autoComplete="off"
        spellCheck={false}
        value={query ?? chosen}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="combobox-list entity-picker-list"
        hidden={!open}
      >
        {open &&
          matches.map((match, i) => (
            <EntityOption
              key={match.id}
              id={optionId(i)}
              graph={dataset.graph}
              match={match}
              active={i === active}
              onChoose={() => choose(i)}
            />
          ))}
      </ul>
    </div>
  );
}
