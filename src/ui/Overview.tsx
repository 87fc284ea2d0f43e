import { count } from './count';
import type { Dataset } from '../model/dataset';
import { EntityLink } from './EntityLink';
import { SourceCitation } from './SourceCitation';
import { OpenSourceButton } from './source/OpenSourceButton';
import { NotesList } from './notes/NotesList';
import { ImportedData } from './open/ImportedData';
import { AddedArticleActions } from './ingest/AddedArticleActions';

/** What the panel shows before anything is selected: the articles and the most connected entities. */
export function Overview({ dataset }: { dataset: Dataset }) {
  const { graph } = dataset;
  const central = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, 8);
  return (
    <article className="details overview">
      {/* Number ranges get an en dash (2014–2021) however the title was typed. */}
      <h2>{(dataset.title ?? 'Untitled graph').replace(/(\d)-(\d)/g, '$1–$2')}</h2>
      {dataset.sources.size > 0 ? (
        <p className="hint">
          Click a node or a relation in the graph to see the passages that support it. Every link is backed by
          the words of an article.
        </p>
      ) : (
        <p className="hint">
          Click a node or a relation to see its attributes. No source passages: imported without provenance.
        </p>
      )}
      <ImportedData dataset={dataset} />
      <NotesList dataset={dataset} />
      <section aria-label="Most connected">
        <h3>Most connected</h3>
        <ul className="chip-list">
          {central.map((id) => (
            <li key={id}>
              <EntityLink graph={graph} id={id} />
            </li>
          ))}
        </ul>
      </section>
      {dataset.sources.size > 0 && (
        <section aria-label="Articles">
          <h3>{count(dataset.sources.size, 'article')}</h3>
          <ol className="source-list">
            {[...dataset.sources.values()].map((s) => (
              <li key={s.id}>
                <SourceCitation source={s} />
                <OpenSourceButton source={s.id} detail={s.title}>
                  Read
                </OpenSourceButton>
                {s.note && <p className="source-note">{s.note}</p>}
                <AddedArticleActions source={s.id} title={s.title} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
