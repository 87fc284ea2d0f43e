import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchEntities } from '../../model/search/entityIndex';
import { useAppStore, selectDataset } from '../../state/store';
import { entityIndexOf } from './searchIndexes';
import { EntityOption, TextSearchOption } from './SuggestionOption';
import { useSearchCommandTarget } from './useSearchCommandTarget';
import '../combobox.css';
import './search.css';

/** The option after `active` (-1: none) in direction `delta`, wrapping round the ends. */
function nextOption(active: number, delta: 1 | -1, count: number): number {
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/**
 * The header's search box, a WAI-ARIA combobox: typing suggests entities by label or alias (fuzzy),
 * and the last option searches the article texts. Arrow keys move through the options, Enter
 * chooses (with no option active: searches the articles), Escape closes the list, "/" focuses it.
 */
export function SearchBox() {
  const dataset = useAppStore(selectDataset);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useSearchCommandTarget(input);

  const matches = useMemo(
    () => (dataset ? searchEntities(entityIndexOf(dataset), query) : []),
    [dataset, query],
  );
  // Graphs imported without source texts have no articles to search.
  const hasArticles = (dataset?.sources.size ?? 0) > 0;
  const canSearchText = hasArticles && query.trim() !== '';
  const optionCount = matches.length + (canSearchText ? 1 : 0);
  const expanded = open && optionCount > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pickEntity = (id: string) => {
    const state = useAppStore.getState();
    // A new search replaces the passage results of an earlier one.
    state.closeTextSearch();
    state.select({ kind: 'node', id });
    setQuery(dataset?.graph.getNodeAttribute(id, 'label') ?? query);
    close();
  };
  const searchText = () => {
    if (!canSearchText) return;
    useAppStore.getState().openTextSearch(query);
    close();
  };
  const choose = (i: number) => {
    const match = matches[i];
    if (match) pickEntity(match.id);
    else searchText();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = (delta: 1 | -1) => {
      event.preventDefault();
      if (optionCount === 0) return;
      setOpen(true);
      setActive(nextOption(expanded ? active : -1, delta, optionCount));
    };
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0) choose(active);
      else searchText();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) close();
      else if (query !== '') setQuery('');
      else input.current?.blur();
    }
  };

  return (
    <div className="search-box">
      <input
        ref={input}
        className="combobox-input"
        type="text"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={hasArticles ? 'Search entities and articles…  /' : 'Search entities…  /'}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="combobox-list search-suggestions"
        hidden={!expanded}
      >
        {expanded &&
          dataset &&
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
        {expanded && canSearchText && (
          <TextSearchOption
            id={optionId(matches.length)}
            query={query}
            active={active === matches.length}
            onChoose={searchText}
          />
        )}
      </ul>
    </div>
  );
}
