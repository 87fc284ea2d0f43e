import type { DataIssue } from '../../model/validate';

/** The first few problems, each with where it is, and how many more there are. Text only, never HTML. */
export function IssueList({ issues, max = 5 }: { issues: readonly DataIssue[]; max?: number }) {
  return (
    <>
      <ul className="issue-list">
        {issues.slice(0, max).map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code> {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > max && (
        <p className="issue-more">
          …and {issues.length - max} more {issues.length - max === 1 ? 'problem' : 'problems'}
        </p>
      )}
    </>
  );
}
