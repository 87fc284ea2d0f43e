import { useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import { formatIsoDate } from '../../model/dates';
import { facetCounts } from '../../model/filters';
import { typeDescriptor } from '../../model/nodeTypes';
import { useNodeTypes } from '../useNodeTypes';
import { selectFilters } from '../../state/filterSlice';
import { useAppStore } from '../../state/store';
import { TypeSwatch } from '../Legend';
import { FacetGroup } from './FacetGroup';

/** The three checkbox dimensions of the filter panel: entity type, relation, article. */
export function FilterGroups({ dataset }: { dataset: Dataset }) {
  const filters = useAppStore(selectFilters);
  const facets = useMemo(() => facetCounts(dataset), [dataset]);
  const types = useNodeTypes();
  const actions = useAppStore.getState();
  return (
    <>
      <FacetGroup
        title="Entity type"
        noun="entity types"
        note="Hiding a type hides its relations too."
        hidden={filters.hiddenTypes}
        onToggle={actions.toggleType}
        onSetHidden={(types) => actions.setHidden('types', types)}
        options={types.map((type) => ({
          value: type,
          label: (
            <>
              <TypeSwatch type={type} /> {typeDescriptor(type).plural}
            </>
          ),
          count: facets.types.get(type) ?? 0,
          countTitle: 'entities',
        }))}
      />
      <FacetGroup
        title="Article"
        noun="articles"
        note="Keeps what the ticked articles name, and the relations they support."
        hidden={filters.hiddenSources}
        onToggle={actions.toggleSource}
        onSetHidden={(ids) => actions.setHidden('sources', ids)}
        options={facets.sources.map((s) => ({
          value: s.id,
          label: s.title,
          detail: `${s.publisher} · ${formatIsoDate(s.published)}`,
          count: s.edges,
          countTitle: 'relations supported',
        }))}
      />
      <FacetGroup
        title="Relation"
        noun="relations"
        note="Hiding a relation keeps the entities it joins."
        hidden={filters.hiddenRelations}
        onToggle={actions.toggleRelation}
        onSetHidden={(relations) => actions.setHidden('relations', relations)}
        options={facets.relations.map((r) => ({
          value: r.relation,
          label: r.relation,
          count: r.edges,
          countTitle: 'relations',
        }))}
      />
    </>
  );
}
