import type { SourceRecord } from '../model/schema';
import { formatIsoDate } from '../model/dates';

/** "Title" — Publisher, 1 Aug 2021 */
export function SourceCitation({ source }: { source: SourceRecord }) {
  return (
    <span className="citation">
      <cite>{source.title}</cite>
      <span className="citation-meta">
        {source.publisher} · <time dateTime={source.published}>{formatIsoDate(source.published)}</time>
      </span>
    </span>
  );
}
