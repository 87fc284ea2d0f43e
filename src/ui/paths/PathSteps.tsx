import type { Dataset } from '../../model/dataset';
import { formatIsoDate } from '../../model/dates';
import type { PathStep } from '../../model/paths';
import { Excerpt } from '../Excerpt';
import { EntityName } from './PathChain';

/**
 * A path's steps in order, each relation as the sentence it is ("Donald Trump participated in Hanoi
 * summit", whichever way the path walks it) with every passage that supports it.
 */
export function PathSteps({ dataset, steps }: { dataset: Dataset; steps: PathStep[] }) {
  const { graph } = dataset;
  return (
    <ol className="path-steps">
      {steps.map((step, i) => (
        <li key={i} className="path-step">
          {step.links.map(({ edge }) => {
            const attrs = graph.getEdgeAttributes(edge);
            return (
              <div key={edge} className="path-link" data-testid="path-link">
                <p className="path-link-head">
                  <EntityName graph={graph} id={graph.source(edge)} />{' '}
                  <span className="relation-phrase">{attrs.relation}</span>{' '}
                  <EntityName graph={graph} id={graph.target(edge)} />
                  {attrs.date && <time dateTime={attrs.date}>{formatIsoDate(attrs.date)}</time>}
                  {attrs.modality && (
                    <span className={`badge modality-${attrs.modality}`}>{attrs.modality}</span>
                  )}
                </p>
                {attrs.evidence.map((span, j) => (
                  <Excerpt key={j} span={span} source={dataset.sources.get(span.source)} />
                ))}
              </div>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
