import { useLayoutEffect, useRef, useState } from 'react';

/**
 * How the publisher and date were established. Folded to two lines, so a long note does not
 * push the article down; the whole note is in the page either way (screen readers read it all).
 */
export function SourceNote({ note }: { note: string }) {
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const text = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = text.current;
    if (el && !open) setOverflows(el.scrollHeight > el.clientHeight + 1);
  }, [note, open]);
  return (
    <div className={`source-about${open ? ' is-open' : ''}`}>
      <p ref={text} className="source-about-text">
        <span className="source-about-label">About this source: </span>
        {note}
      </p>
      {(overflows || open) && (
        <button
          type="button"
          className="source-about-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
          <span className="visually-hidden"> about this source</span>
        </button>
      )}
    </div>
  );
}
