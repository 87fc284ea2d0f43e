import type { Dataset } from '../../model/dataset';
import type { Passage } from '../../model/search/passageSearch';
import { EntityLink } from '../EntityLink';
import { Excerpt } from '../Excerpt';

/**
 * One matching sentence: shown (and opened in its article) at its first match, with its citation,
 * then the entities the sentence names, each leading to that entity in the graph.
 */
export function PassageItem({ dataset, passage }: { dataset: Dataset; passage: Passage }) {
  const first = passage.matches[0];
  if (!first) return null;
  return (
    <li className="passage">
      <Excerpt span={first} source={dataset.sources.get(passage.source)} />
      {passage.entities.length > 0 && (
        <div className="passage-entities">
          <span className="passage-entities-label" aria-hidden="true">
            Named
          </span>
          <ul className="chip-list" aria-label="Entities named in this passage">
            {passage.entities.map((id) => (
              <li key={id}>
                <EntityLink graph={dataset.graph} id={id} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
