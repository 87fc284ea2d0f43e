import { count } from '../count';
import { FORMAT_NAMES } from '../../model/formats/importTypes';
import { selectImportProblem, selectImportProgress } from '../../state/importSlice';
import { useAppStore } from '../../state/store';
import { IssueList } from './IssueList';
import { cancelImport, openValidPart } from './openGraph';

const STAGE_TEXT = {
  reading: 'Reading',
  parsing: 'Parsing',
  validating: 'Checking',
  'laying out': 'Laying out',
};

/** The import under way (stage, percent, Cancel), or why the last one was refused (role="alert"). */
export function ImportStatus() {
  const progress = useAppStore(selectImportProgress);
  const problem = useAppStore(selectImportProblem);
  const setProblem = useAppStore((s) => s.setImportProblem);
  if (progress) {
    const percent = progress.fraction === undefined ? undefined : Math.round(progress.fraction * 100);
    return (
      <div className="import-status" role="status" aria-label="Opening">
        <span className="import-stage">
          {STAGE_TEXT[progress.stage]} <strong>{progress.names}</strong>
          {percent !== undefined && ` · ${percent}%`}…
        </span>
        <progress max={100} value={percent} aria-label={`${STAGE_TEXT[progress.stage]} ${progress.names}`} />
        <button type="button" onClick={cancelImport}>
          Cancel
        </button>
      </div>
    );
  }
  if (!problem) return null;
  const part = problem.validPart;
  return (
    <div className="import-problem" role="alert">
      <p>
        <strong>
          {problem.names} could not be opened{problem.format ? ` as ${FORMAT_NAMES[problem.format]}` : ''}.
        </strong>{' '}
        The graph on screen is unchanged.
      </p>
      <IssueList issues={problem.issues} />
      <p className="import-actions">
        {part && (
          <button type="button" className="open-primary" onClick={openValidPart}>
            Open the valid part ({count(part.data.nodes.length, 'node')},{' '}
            {count(part.data.edges.length, 'edge')}; skip {count(part.skipped.length, 'problem')})
          </button>
        )}
        <button type="button" onClick={() => setProblem(null)}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
