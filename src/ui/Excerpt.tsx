import type { SourceDocument } from '../model/dataset';
import type { Span } from '../model/schema';
import { excerptAround } from '../model/text/excerpt';
import { useAppStore, type AppState } from '../state/store';
import { OpenSourceButton } from './source/OpenSourceButton';
import { SourceCitation } from './SourceCitation';

const isReading = (span: Span) => (s: AppState) =>
  s.reading?.source === span.source &&
  s.reading.passage?.start === span.start &&
  s.reading.passage.end === span.end;

/**
 * One supporting passage: its sentence with the supporting words highlighted, and where it comes
 * from. Text is rendered as text (React escapes it), never as HTML. The passage opens in the
 * source viewer from its button, or by a click anywhere on the quote.
 */
export function Excerpt({ span, source }: { span: Span; source: SourceDocument | undefined }) {
  const reading = useAppStore(isReading(span));
  if (!source) return <p className="excerpt missing">Passage from an unknown source “{span.source}”.</p>;
  const ex = excerptAround(source.text, span.start, span.end);
  const open = () => {
    // Selecting words to copy them is not a request to open the article.
    if (!window.getSelection()?.isCollapsed) return;
    useAppStore.getState().openSource(span.source, span);
  };
  return (
    <figure className={`excerpt${reading ? ' is-reading' : ''}`} data-testid="excerpt">
      {/* A mouse shortcut only: the button below is the keyboard and screen-reader way in. */}
      <blockquote className="excerpt-quote" onClick={open} title="Open in the article">
        {ex.clippedStart && '… '}
        {ex.before}
        <mark>{ex.match}</mark>
        {ex.after}
        {ex.clippedEnd && ' …'}
      </blockquote>
      <figcaption className="excerpt-caption">
        <SourceCitation source={source} />
        <OpenSourceButton source={source.id} passage={span} detail={`in ${source.title}`}>
          Open passage
        </OpenSourceButton>
      </figcaption>
    </figure>
  );
}
