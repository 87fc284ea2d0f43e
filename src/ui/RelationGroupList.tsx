import { count } from './count';
import type { Dataset } from '../model/dataset';
import type { RelationGroup } from '../model/queries';
import { formatIsoDate } from '../model/dates';
import { useAppStore, selectSelect } from '../state/store';
import { EntityLink } from './EntityLink';
import { Excerpt } from './Excerpt';

/** A node's relations by phrase and direction, each link with the passages that support it. */
export function RelationGroupList({
  dataset,
  node,
  groups,
}: {
  dataset: Dataset;
  node: string;
  groups: RelationGroup[];
}) {
  const select = useAppStore(selectSelect);
  const self = dataset.graph.getNodeAttribute(node, 'label');
  return (
    <ul className="relation-groups">
      {groups.map((g) => (
        <li key={`${g.direction}:${g.relation}`} className="relation-group">
          <h4>
            {g.direction === 'out' ? (
              <>
                <span className="muted">{self}</span> {g.relation} <span aria-hidden="true">→</span>
              </>
            ) : (
              <>
                <span aria-hidden="true">←</span> {g.relation} <span className="muted">{self}</span>
              </>
            )}
          </h4>
          <ul className="relation-links">
            {g.links.map((link) => {
              const evidence = dataset.graph.getEdgeAttribute(link.edgeId, 'evidence');
              return (
                <li key={link.edgeId} className="relation-link">
                  <div className="relation-link-head">
                    <EntityLink graph={dataset.graph} id={link.other} />
                    {link.date && <time dateTime={link.date}>{formatIsoDate(link.date)}</time>}
                    {link.modality && (
                      <span className={`badge modality-${link.modality}`}>{link.modality}</span>
                    )}
                    <button
                      type="button"
                      className="evidence-count"
                      onClick={() => select({ kind: 'edge', id: link.edgeId })}
                      title="Show this relation on its own"
                    >
                      {link.passages === 0
                        ? 'no source passages'
                        : `${count(link.passages, 'passage')} · ${count(link.articles, 'article')}`}
                    </button>
                  </div>
                  {evidence.map((span, i) => (
                    <Excerpt key={i} span={span} source={dataset.sources.get(span.source)} />
                  ))}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
