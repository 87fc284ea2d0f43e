import type { SourceDocument } from '../dataset';
import type { CandidateMark, MentionSpan } from '../text/sourceSegments';
import { effectiveRelation, graphIdOf, reviewLabel, type Review } from './review';
import type { TextRange } from './types';

export type MarkStatus = CandidateMark['status'];

/** The article under review as a source the viewer can open (the whole text is the body). */
export function reviewSource(review: Review): SourceDocument {
  const { id, title, publisher, published, text } = review.article;
  return { id, title, publisher, published, text, body: [{ source: id, start: 0, end: text.length }] };
}

/** Accepted when an accepted relation uses it, rejected when every relation using it was rejected. */
export function entityStatus(review: Review, entityId: string): MarkStatus {
  const using = review.relations.filter((r) => {
    const e = effectiveRelation(review, r);
    return e.source === entityId || e.target === entityId;
  });
  const decisions = using.map((r) => review.decisions[r.id]);
  if (decisions.includes('accepted')) return 'accepted';
  if (decisions.length > 0 && decisions.every((d) => d === 'rejected')) return 'rejected';
  return 'pending';
}

// A mark over several candidates reads as the least settled of them.
function combined(statuses: MarkStatus[]): MarkStatus {
  if (statuses.includes('pending')) return 'pending';
  return statuses.includes('accepted') ? 'accepted' : 'rejected';
}

function longestTrimmed(text: string, pieces: readonly TextRange[], edge: RegExp): TextRange | null {
  let best: TextRange | null = null;
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && edge.test(text[start] ?? '')) start++;
    while (end > start && edge.test(text[end - 1] ?? '')) end--;
    if (end > start && (!best || end - start > best.end - best.start)) best = { start, end };
  }
  return best;
}

// Role patterns' triggers span the names they join ("U.S. President Donald Trump"): the relation's
// mark keeps the longest stretch between the names ("President"), so the two kinds never overlap.
// A dateline ("SEOUL, South Korea") has only punctuation between them: the mark is the comma.
function outsideNames(text: string, trigger: TextRange, names: readonly TextRange[]): TextRange | null {
  let pieces: TextRange[] = [trigger];
  for (const n of names)
    pieces = pieces.flatMap((p) =>
      n.end <= p.start || n.start >= p.end
        ? [p]
        : [
            { start: p.start, end: n.start },
            { start: n.end, end: p.end },
          ],
    );
  return longestTrimmed(text, pieces, /[\s,.;:'’"“”()-]/) ?? longestTrimmed(text, pieces, /\s/);
}

/**
 * What the source viewer marks in the article under review: every entity mention and the words
 * that trigger each relation candidate, with the candidates behind each mark and how they stand.
 * Sorted, never overlapping; a mark's `node` is the graph id its entity takes (or would take).
 */
export function reviewMarks(review: Review): MentionSpan[] {
  const text = review.article.text;
  const names: MentionSpan[] = review.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      node: graphIdOf(review, e.id),
      type: e.type,
      candidate: {
        kind: 'entity' as const,
        ids: [e.id],
        status: entityStatus(review, e.id),
        label: review.sameAs?.[e.id]
          ? `${e.label} (same as ${reviewLabel(review, e.id)})`
          : `${e.label}${e.existing ? '' : ' (new)'}`,
      },
    })),
  );
  const byTrigger = new Map<string, { range: TextRange; ids: string[] }>();
  for (const r of review.relations) {
    const range = outsideNames(text, r.trigger, names);
    if (!range) continue;
    const key = `${range.start}-${range.end}`;
    const entry = byTrigger.get(key) ?? { range, ids: [] };
    entry.ids.push(r.id);
    byTrigger.set(key, entry);
  }
  const labelOf = (id: string) => reviewLabel(review, id);
  const byId = new Map(review.relations.map((r) => [r.id, effectiveRelation(review, r)]));
  const name = (id: string) => {
    const r = byId.get(id);
    return r ? `${labelOf(r.source)} ${r.relation} ${labelOf(r.target)}` : id;
  };
  const relations: MentionSpan[] = [...byTrigger.values()].map(({ range, ids }) => ({
    ...range,
    node: ids[0] ?? '',
    type: 'relation',
    candidate: {
      kind: 'relation' as const,
      ids,
      status: combined(ids.map((id) => review.decisions[id] ?? 'pending')),
      label: ids.map(name).join('; '),
    },
  }));
  const out: MentionSpan[] = [];
  for (const m of [...names, ...relations].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}
