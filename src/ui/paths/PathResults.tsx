import { count } from '../count';
import type { Dataset } from '../../model/dataset';
import { pathSteps } from '../../model/paths';
import { selectIsFiltering, selectVisibility } from '../../state/filterSlice';
import { selectPaths } from '../../state/focusSlice';
import { useAppStore } from '../../state/store';
import { PathChain } from './PathChain';
import { PathSteps } from './PathSteps';

/**
 * The shortest paths between the panel's two ends: how many, how long, and each one as a chain that
 * opens onto its steps and their passages (the first one open).
 */
export function PathResults({ dataset }: { dataset: Dataset }) {
  const traced = useAppStore(selectPaths);
  const visible = useAppStore(selectVisibility);
  const filtering = useAppStore(selectIsFiltering);
  if (!traced || !visible) {
    return <p className="hint">Pick both ends: type a name above, or click an entity in the graph.</p>;
  }
  if (traced.from === traced.to) return <p className="hint">Pick two different entities.</p>;
  const { graph } = dataset;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const found = traced.paths;
  if (!found) {
    return (
      <p className="path-summary" role="status">
        {label(traced.from)} and {label(traced.to)} are not connected in the graph as shown.
        {filtering && ' Filters or hidden entities may cut them apart: Reset filters to look again.'}
      </p>
    );
  }
  const { paths, total, length } = found;
  return (
    <section aria-label="Shortest paths">
      <p className="path-summary" role="status">
        {total === 1 ? 'One shortest path' : `${total} shortest paths`} of {count(length, 'step', 'steps')}
        {paths.length < total && `; the first ${paths.length} are listed`}.
      </p>
      <ol className="path-list">
        {paths.map((path, i) => {
          const steps = pathSteps(graph, visible, path);
          return (
            <li key={path.join('>')} className="path-item">
              <details open={i === 0}>
                <summary>
                  <PathChain graph={graph} steps={steps} />
                </summary>
                <PathSteps dataset={dataset} steps={steps} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
