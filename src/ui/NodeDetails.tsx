import { count } from './count';
import type { Dataset } from '../model/dataset';
import { typeDescriptor } from '../model/nodeTypes';
import { formatIsoDate } from '../model/dates';
import { relationsOf } from '../model/queries';
import { TypeSwatch } from './Legend';
import { RelationGroupList } from './RelationGroupList';
import { NodeActions } from './focus/NodeActions';
import { NoteEditor } from './notes/NoteEditor';
import { AttributeTable } from './open/AttributeTable';

export function NodeDetails({ dataset, id }: { dataset: Dataset; id: string }) {
  const attrs = dataset.graph.getNodeAttributes(id);
  const groups = relationsOf(dataset.graph, id);
  const mentionArticles = new Set(attrs.mentions.map((m) => m.source)).size;
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-header">
        <p className="details-type">
          <TypeSwatch type={attrs.type} />
          {typeDescriptor(attrs.type).label}
          {attrs.kind && <span className="kind"> · {attrs.kind}</span>}
        </p>
        <h2 id="details-title">{attrs.label}</h2>
        {attrs.date && (
          <p className="event-date">
            Event date: <time dateTime={attrs.date}>{formatIsoDate(attrs.date)}</time>
          </p>
        )}
        {attrs.aliases.length > 0 && (
          <p className="aliases">
            Also:{' '}
            {attrs.aliases.map((a, i) => (
              <span key={a}>
                {i > 0 && ', '}
                <q>{a}</q>
              </span>
            ))}
          </p>
        )}
        {attrs.description && <p className="description">{attrs.description}</p>}
        <p className="provenance-summary">
          {dataset.sources.size === 0 ? (
            <>
              {count(dataset.graph.degree(id), 'relation')} · no source passages: imported without provenance
            </>
          ) : (
            <>
              Named {count(attrs.mentions.length, 'time')} in {count(mentionArticles, 'article')} ·{' '}
              {count(dataset.graph.degree(id), 'relation')}
            </>
          )}
        </p>
        <NodeActions dataset={dataset} id={id} />
        <NoteEditor key={id} target={{ kind: 'node', id }} />
      </header>
      <AttributeTable attributes={attrs.attributes} />
      <section aria-label="Relations">
        <h3>Relations</h3>
        {groups.length === 0 ? (
          <p className="empty">No relations.</p>
        ) : (
          <RelationGroupList dataset={dataset} node={id} groups={groups} />
        )}
      </section>
    </article>
  );
}
