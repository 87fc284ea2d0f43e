import type { Dataset } from '../model/dataset';
import { EntityLink } from './EntityLink';
import { SourceCitation } from './SourceCitation';
import { OpenSourceButton } from './source/OpenSourceButton';

/** What the panel shows before anything is selected: the articles and the most connected entities. */
export function Overview({ dataset }: { dataset: Dataset }) {
  const { graph } = dataset;
  const central = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, 8);
  return (
    <article className="details overview">
      <h2>Inter-Korean relations, 2014–2021</h2>
      <p className="hint">
        Click a node or a relation in the graph to see the passages that support it. Every link is backed by
        the words of an article.
      </p>
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
      <section aria-label="Articles">
        <h3>{dataset.sources.size} articles</h3>
        <ol className="source-list">
          {[...dataset.sources.values()].map((s) => (
            <li key={s.id}>
              <SourceCitation source={s} />
              <OpenSourceButton source={s.id} detail={s.title}>
                Read
              </OpenSourceButton>
              {s.note && <p className="source-note">{s.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
