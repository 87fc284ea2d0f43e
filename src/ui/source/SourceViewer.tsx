import { useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Dataset, SourceDocument } from '../../model/dataset';
import { reviewMarks, reviewSource } from '../../model/ingest/reviewMarks';
import { graphIdOf, type Review } from '../../model/ingest/review';
import { sourceBlocks, sourceMentions, sourceSegments } from '../../model/text/sourceSegments';
import type { Reading } from '../../state/sourceViewerSlice';
import { useAppStore, selectCloseSource, selectDataset, selectReading } from '../../state/store';
import { centreInView } from './centreInView';
import { SourceHeader } from './SourceHeader';
import { SourceText } from './SourceText';
import { useSelectedEntities } from './useSelectedEntities';
import './source.css';

/** The article being read, beside the graph; nothing when no article is open. */
export function SourceViewer() {
  const dataset = useAppStore(selectDataset);
  const reading = useAppStore(selectReading);
  const review = useAppStore((s) => s.review);
  // The article under review is readable before anything from it joins the graph.
  const underReview = review && reading?.source === review.article.id ? review : null;
  const source =
    reading && (dataset?.sources.get(reading.source) ?? (underReview && reviewSource(underReview)));
  if (!dataset || !reading || !source) return null;
  return <SourcePanel dataset={dataset} source={source} reading={reading} review={underReview} />;
}

/** The entities the review is looking at: the focused entity, or both ends of the focused relation. */
function useReviewFocusEntities(review: Review | null): ReadonlySet<string> {
  const focus = useAppStore((s) => s.reviewFocus);
  return useMemo(() => {
    if (!review || !focus) return new Set<string>();
    const r = review.relations.find((x) => x.id === focus.id);
    const edit = r && review.edits[r.id];
    const ids =
      focus.kind === 'entity' ? [focus.id] : r ? [edit?.source ?? r.source, edit?.target ?? r.target] : [];
    return new Set(ids.map((id) => graphIdOf(review, id)));
  }, [review, focus]);
}

function SourcePanel({
  dataset,
  source,
  reading,
  review,
}: {
  dataset: Dataset;
  source: SourceDocument;
  reading: Reading;
  /** Present when this is the article under review: its candidates are marked, not the graph's mentions. */
  review: Review | null;
}) {
  const close = useAppStore(selectCloseSource);
  const graphSelected = useSelectedEntities(dataset.graph);
  const reviewSelected = useReviewFocusEntities(review);
  const selected = useMemo(
    () => (reviewSelected.size ? new Set([...graphSelected, ...reviewSelected]) : graphSelected),
    [graphSelected, reviewSelected],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const passage = useRef<HTMLElement>(null);
  const shownSource = useRef<string | null>(null);

  // Focus comes back to whatever opened the viewer (an excerpt's button) when it closes.
  useLayoutEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const mentions = useMemo(
    () => (review ? reviewMarks(review) : sourceMentions(dataset.graph, source.id)),
    [dataset, source.id, review],
  );
  const start = reading.passage?.start;
  const end = reading.passage?.end;
  const blocks = useMemo(() => {
    const range = start !== undefined && end !== undefined ? { start, end } : null;
    const segments = sourceSegments(source.text, { body: source.body, mentions, passage: range });
    return sourceBlocks(source.text, segments);
  }, [source, mentions, start, end]);

  const showPassage = useCallback((smooth: boolean) => {
    if (scroller.current && passage.current) centreInView(scroller.current, passage.current, smooth);
  }, []);

  // Every new reading (even of the same passage) brings its passage into view and takes focus
  // there, so Escape closes the viewer and a screen reader reads the passage. Within one article
  // the move is animated, so the reader sees where the new passage lies.
  useLayoutEffect(() => {
    const sameArticle = shownSource.current === reading.source;
    shownSource.current = reading.source;
    if (passage.current) {
      showPassage(sameArticle);
      passage.current.focus({ preventScroll: true });
    } else {
      scroller.current?.scrollTo({ top: 0 });
      title.current?.focus({ preventScroll: true });
    }
  }, [reading, showPassage]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here: the window-wide Escape (clear the selection) skips prevented events.
    event.preventDefault();
    close();
  };

  return (
    <section className="source-viewer" aria-label={`Article: ${source.title}`} onKeyDown={onKeyDown}>
      <SourceHeader
        source={source}
        titleRef={title}
        onClose={close}
        onShowPassage={reading.passage ? () => showPassage(true) : undefined}
        underReview={review !== null}
      />
      <div className="source-scroller" ref={scroller} data-testid="source-scroller">
        <div className="source-text" data-testid="source-text" data-source={source.id}>
          <SourceText
            key={source.id}
            blocks={blocks}
            text={source.text}
            graph={dataset.graph}
            selected={selected}
            passageRef={passage}
          />
        </div>
      </div>
    </section>
  );
}
