import type { SourceDocument } from '../model/dataset';
import type { Span } from '../model/schema';
import { excerptAround } from '../model/text/excerpt';
import { SourceCitation } from './SourceCitation';

/**
 * One supporting passage: its sentence with the supporting words highlighted, and where it comes
 * from. Text is rendered as text (React escapes it), never as HTML.
 */
export function Excerpt({ span, source }: { span: Span; source: SourceDocument | undefined }) {
  if (!source) return <p className="excerpt missing">Passage from an unknown source “{span.source}”.</p>;
  const ex = excerptAround(source.text, span.start, span.end);
  return (
    <figure className="excerpt" data-testid="excerpt">
      <blockquote>
        {ex.clippedStart && '… '}
        {ex.before}
        <mark>{ex.match}</mark>
        {ex.after}
        {ex.clippedEnd && ' …'}
      </blockquote>
      <figcaption>
        <SourceCitation source={source} />
      </figcaption>
    </figure>
  );
}
