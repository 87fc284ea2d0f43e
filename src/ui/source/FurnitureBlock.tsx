import { useState, type ReactNode } from 'react';

const PREVIEW_LENGTH = 80;

/** The first words of a furniture block, so the folded block says what it hides. */
function preview(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  return firstLine.length > PREVIEW_LENGTH
    ? `${firstLine.slice(0, PREVIEW_LENGTH).replace(/\s\S*$/, '')}…`
    : firstLine;
}

/**
 * Page text around the article (ads, teasers, subscription pleas, comment forms): kept, because
 * the reader should see the page as received, but folded and labelled so it is never read as
 * part of the article.
 */
export function FurnitureBlock({
  text,
  forceOpen,
  children,
}: {
  text: string;
  /** Open whatever the reader chose: the highlighted passage is inside. */
  forceOpen: boolean;
  children: ReactNode;
}) {
  const [chosenOpen, setOpen] = useState(false);
  const open = chosenOpen || forceOpen;
  return (
    <div className={`furniture${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="furniture-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        disabled={forceOpen}
      >
        Not part of the article — site furniture ({open ? 'hide' : 'show'})
      </button>
      {open ? (
        <div className="furniture-text">{children}</div>
      ) : (
        <p className="furniture-preview" aria-hidden="true">
          {preview(text)}
        </p>
      )}
    </div>
  );
}
