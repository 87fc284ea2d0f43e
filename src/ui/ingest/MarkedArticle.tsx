import type { Ref } from 'react';
import type { Mention, TextRange } from '../../model/ingest/types';

interface Segment extends TextRange {
  mention?: Mention;
  evidence: boolean;
}

// Cuts the text at every mention and evidence boundary, so each piece is marked as what covers it.
function segments(text: string, mentions: readonly Mention[], evidence: TextRange | null): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (evidence) cuts.add(evidence.start).add(evidence.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    const inEvidence = !!evidence && evidence.start <= start && end <= evidence.end;
    out.push({ start, end, evidence: inEvidence, ...(mention ? { mention } : {}) });
  }
  return out;
}

/**
 * The article with its candidate mentions marked and the focused candidate's passage highlighted.
 * Text is rendered as text; every piece carries its offset so a selection can become a new span.
 */
export function MarkedArticle({
  text,
  mentions,
  evidence,
  labelOf,
  articleRef,
}: {
  text: string;
  mentions: readonly Mention[];
  evidence: TextRange | null;
  labelOf(entity: string): string;
  articleRef: Ref<HTMLDivElement>;
}) {
  return (
    <div className="review-article" ref={articleRef} aria-label="Article text with candidates marked">
      {segments(text, mentions, evidence).map((s) =>
        s.mention ? (
          <mark
            key={s.start}
            data-offset={s.start}
            className={`review-mention reason-${s.mention.reason}${s.evidence ? ' review-evidence' : ''}`}
            title={`${labelOf(s.mention.entity)} (${s.mention.reason})`}
          >
            {text.slice(s.start, s.end)}
          </mark>
        ) : (
          <span key={s.start} data-offset={s.start} className={s.evidence ? 'review-evidence' : undefined}>
            {text.slice(s.start, s.end)}
          </span>
        ),
      )}
    </div>
  );
}

/** The offsets of the current selection inside the article element, or null when there is none. */
export function selectionRange(root: HTMLElement | null): TextRange | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const at = (node: Node, offset: number) => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    const base = el?.closest<HTMLElement>('[data-offset]');
    if (!base || !root.contains(base)) return null;
    return Number(base.dataset.offset) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = at(r.startContainer, r.startOffset);
  const end = at(r.endContainer, r.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}
