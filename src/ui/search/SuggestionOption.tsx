import type { ReactNode } from 'react';
import type { KnowledgeGraph } from '../../model/dataset';
import { typeDescriptor } from '../../model/nodeTypes';
import type { EntityMatch } from '../../model/search/rankEntities';
import { TypeSwatch } from '../Legend';

interface OptionProps {
  id: string;
  active: boolean;
  onChoose: () => void;
  className: string;
  children: ReactNode;
}

/** One option of the search listbox; a mouse click chooses it without taking focus from the box. */
function Option({ id, active, onChoose, className, children }: OptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option ${className}${active ? ' is-active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      {children}
    </li>
  );
}

/** An entity suggestion: its label (and the alias that matched), its type and kind. */
export function EntityOption({
  graph,
  match,
  ...option
}: { graph: KnowledgeGraph; match: EntityMatch } & Omit<OptionProps, 'className' | 'children'>) {
  const attrs = graph.getNodeAttributes(match.id);
  return (
    <Option {...option} className="search-entity">
      <TypeSwatch type={attrs.type} />
      <span className="search-entity-name">
        <span className="search-entity-label">{attrs.label}</span>
        {match.matchedAlias && <span className="search-entity-alias"> also “{match.matchedAlias}”</span>}
      </span>
      <span className="search-entity-type">
        {typeDescriptor(attrs.type).label}
        {attrs.kind && ` · ${attrs.kind}`}
      </span>
    </Option>
  );
}

/** The last option: search the article texts for what was typed. */
export function TextSearchOption({
  query,
  ...option
}: { query: string } & Omit<OptionProps, 'className' | 'children'>) {
  return (
    <Option {...option} className="search-articles">
      <span className="search-articles-icon" aria-hidden="true">
        ¶
      </span>
      <span>
        Search the articles for <span className="search-articles-query">“{query.trim()}”</span>
      </span>
    </Option>
  );
}
