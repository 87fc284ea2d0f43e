import { count } from '../count';
import { useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import { searchPassages } from '../../model/search/passageSearch';
import { useAppStore, selectCloseTextSearch } from '../../state/store';
import { PassageItem } from './PassageItem';
import { passageIndexOf } from './searchIndexes';
import './search.css';

/** The side panel's list of article passages matching a full-text query. */
export function TextSearchResults({ dataset, query }: { dataset: Dataset; query: string }) {
  const close = useAppStore(selectCloseTextSearch);
  const passages = useMemo(() => searchPassages(passageIndexOf(dataset), query), [dataset, query]);
  const articles = new Set(passages.map((p) => p.source)).size;
  return (
    <article className="details text-search" aria-labelledby="text-search-title">
      <header className="details-header text-search-header">
        <p className="details-type">Search in the articles</p>
        <h2 id="text-search-title">“{query}”</h2>
        <p className="text-search-count" role="status">
          {passages.length === 0
            ? 'No passages match'
            : `${count(passages.length, 'passage', 'passages')} in ${count(articles, 'article', 'articles')}`}
        </p>
        <button type="button" className="text-search-close" onClick={close} aria-label="Close search results">
          Close
        </button>
      </header>
      {passages.length === 0 ? (
        <p className="empty">
          {`No sentence of the ${dataset.sources.size} article texts contains ${query.trim().includes(' ') ? 'all of ' : ''}“${query}”.`}{' '}
          Words match from their start (“sanction” finds “sanctions”); put words in double quotes to find them
          side by side.
        </p>
      ) : (
        <ol className="passage-list" aria-label="Matching passages">
          {passages.map((p) => (
            <PassageItem key={`${p.source}:${p.sentenceStart}`} dataset={dataset} passage={p} />
          ))}
        </ol>
      )}
    </article>
  );
}
