import type { ReactNode } from 'react';
import type { TextRange } from '../../model/text/sourceSegments';
import { useAppStore, selectOpenSource } from '../../state/store';
import './source.css';

/**
 * Opens an article in the source viewer, at a passage when given. The visible label is short;
 * `detail` completes the accessible name ("Open passage" + " in <title>") with what sighted
 * readers see in the citation beside it.
 */
export function OpenSourceButton({
  source,
  passage,
  detail,
  children,
}: {
  source: string;
  passage?: TextRange;
  detail: string;
  children: ReactNode;
}) {
  const open = useAppStore(selectOpenSource);
  return (
    <button type="button" className="open-source" onClick={() => open(source, passage)}>
      {children}
      <span className="visually-hidden"> {detail}</span>
      <span className="open-source-arrow" aria-hidden="true">
        →
      </span>
    </button>
  );
}
