import { count } from './count';
import type { Dataset } from '../model/dataset';
import { formatIsoDate } from '../model/dates';
import { evidenceCounts } from '../model/queries';
import { relationDescriptor } from '../model/vocabulary';
import { EntityLink } from './EntityLink';
import { Excerpt } from './Excerpt';
import { NoteEditor } from './notes/NoteEditor';
import { AttributeTable } from './open/AttributeTable';

export function EdgeDetails({ dataset, id }: { dataset: Dataset; id: string }) {
  const { graph } = dataset;
  const attrs = graph.getEdgeAttributes(id);
  const { passages, articles } = evidenceCounts(attrs);
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-header">
        <p className="details-type">Relation</p>
        <h2 id="details-title" className="edge-title">
          <EntityLink graph={graph} id={graph.source(id)} />
          <span className="relation-phrase">{attrs.relation}</span>
          <EntityLink graph={graph} id={graph.target(id)} />
        </h2>
        {relationDescriptor(attrs.relation) && (
          <p className="description">{relationDescriptor(attrs.relation)?.description}</p>
        )}
        {attrs.date && (
          <p className="event-date">
            Date: <time dateTime={attrs.date}>{formatIsoDate(attrs.date)}</time>
          </p>
        )}
        {attrs.modality && (
          <p>
            <span className={`badge modality-${attrs.modality}`}>{attrs.modality}</span> as the text states it
          </p>
        )}
        <NoteEditor key={id} target={{ kind: 'edge', id }} />
      </header>
      <AttributeTable attributes={attrs.attributes} />
      {attrs.evidence.length === 0 ? (
        <p className="empty">No source passages: imported without provenance.</p>
      ) : (
        <section aria-label="Evidence">
          <h3>
            Evidence: {count(passages, 'passage')} in {count(articles, 'article')}
          </h3>
          {attrs.evidence.map((span, i) => (
            <Excerpt key={i} span={span} source={dataset.sources.get(span.source)} />
          ))}
        </section>
      )}
    </article>
  );
}
