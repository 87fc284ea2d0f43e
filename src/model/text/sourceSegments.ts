import type { KnowledgeGraph } from '../dataset';

/**
 * A source text cut into the pieces a reader needs to tell apart: the article body and the site
 * furniture around it, the words that name graph entities, and one highlighted passage. Offsets
 * are UTF-16 code units, `end` exclusive, like every span of graph-data.
 */
export interface TextRange {
  start: number;
  end: number;
}

/** A mark of an article under review: the candidates behind it and how the reviewer decided. */
export interface CandidateMark {
  kind: 'entity' | 'relation';
  ids: readonly string[];
  status: 'pending' | 'accepted' | 'rejected';
  /** What the mark stands for, in words ("Kim Jong Un", "Donald Trump met with Kim Jong Un"). */
  label: string;
}

/** A mention of a graph entity: the node and its type (for colour). */
export interface MentionSpan extends TextRange {
  node: string;
  type: string;
  /** Present in an article under review: the mark is a candidate, not (yet) graph data. */
  candidate?: CandidateMark;
}

export interface SourceSegment extends TextRange {
  /** The mention this piece belongs to (a mention cut by the passage edge yields two pieces). */
  mention: MentionSpan | null;
  /** Inside the highlighted passage. */
  passage: boolean;
  /** Outside the article body: ads, teasers, forms. */
  furniture: boolean;
}

export interface SegmentInput {
  /** The article body; absent means the whole text is the article. */
  body?: readonly TextRange[] | undefined;
  mentions?: readonly MentionSpan[];
  passage?: TextRange | null | undefined;
}

/** Every mention of a graph entity in one source, in text order. */
export function sourceMentions(graph: KnowledgeGraph, source: string): MentionSpan[] {
  const out: MentionSpan[] = [];
  graph.forEachNode((node, attrs) => {
    for (const m of attrs.mentions) {
      if (m.source === source) out.push({ start: m.start, end: m.end, node, type: attrs.type });
    }
  });
  return out.sort(byStartThenLongest);
}

function byStartThenLongest(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

// Returns the range itself when it fits, so a mention segment points at the caller's object.
function clampRange<T extends TextRange>(r: T, length: number): T {
  if (r.start >= 0 && r.end <= length) return r;
  return { ...r, start: Math.max(0, Math.min(r.start, length)), end: Math.max(0, Math.min(r.end, length)) };
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of [...ranges].sort(byStartThenLongest)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

// The corpus compiler never emits overlapping mentions (the longest name wins); hand-made data
// might, and then the mention that starts first (or is longer) keeps the words.
function withoutOverlaps(mentions: MentionSpan[]): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const m of [...mentions].sort(byStartThenLongest)) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

/**
 * Cuts `text` into ordered, non-overlapping segments that cover it exactly once. A segment
 * changes wherever the body, a mention or the passage begins or ends, so a mention inside the
 * passage stays whole (and clickable) and a mention crossing the passage edge is split in two
 * pieces of the same mention. Spans are clamped to the text; empty ones are ignored.
 */
export function sourceSegments(text: string, input: SegmentInput = {}): SourceSegment[] {
  const length = text.length;
  if (length === 0) return [];
  const nonEmpty = (r: TextRange) => r.end > r.start;
  const body = input.body
    ? mergeRanges(input.body.map((r) => clampRange(r, length)).filter(nonEmpty))
    : [{ start: 0, end: length }];
  const mentions = withoutOverlaps((input.mentions ?? []).map((m) => clampRange(m, length)).filter(nonEmpty));
  const clamped = input.passage ? clampRange(input.passage, length) : null;
  const passage = clamped && nonEmpty(clamped) ? clamped : null;

  const cuts = new Set([0, length]);
  for (const r of [...body, ...mentions, ...(passage ? [passage] : [])]) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: SourceSegment[] = [];
  let b = 0;
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    // Both lists are sorted and disjoint, so one forward pointer each finds what covers `start`.
    while (b < body.length && (body[b] as TextRange).end <= start) b++;
    while (m < mentions.length && (mentions[m] as MentionSpan).end <= start) m++;
    const inBody = b < body.length && (body[b] as TextRange).start <= start;
    const cur = mentions[m];
    const mention = cur && cur.start <= start ? cur : null;
    const inPassage = passage !== null && passage.start <= start && start < passage.end;
    const last = segments[segments.length - 1];
    if (last && last.mention === mention && last.passage === inPassage && last.furniture === !inBody) {
      last.end = end;
    } else {
      segments.push({ start, end, mention, passage: inPassage, furniture: !inBody });
    }
  }
  return segments;
}

/** Consecutive items with the same key, in order. */
export function runsBy<T, K>(items: readonly T[], key: (item: T) => K): T[][] {
  const runs: T[][] = [];
  let lastKey: K | undefined;
  for (const item of items) {
    const k = key(item);
    const run = runs[runs.length - 1];
    if (run && k === lastKey) run.push(item);
    else runs.push([item]);
    lastKey = k;
  }
  return runs;
}

/** The segments that fall within [start, end), cut at its edges. */
export function sliceSegments(
  segments: readonly SourceSegment[],
  start: number,
  end: number,
): SourceSegment[] {
  const out: SourceSegment[] = [];
  for (const s of segments) {
    const a = Math.max(s.start, start);
    const z = Math.min(s.end, end);
    if (z > a) out.push({ ...s, start: a, end: z });
  }
  return out;
}

/** A stretch of the text within a block: inside the passage highlight or not. */
export interface SourceRun extends TextRange {
  passage: boolean;
  segments: SourceSegment[];
}

/** Body or furniture, as the reader sees it: a furniture block can be folded away as a whole. */
export interface SourceBlock extends TextRange {
  furniture: boolean;
  /** Only white space (the line breaks between the body and the furniture around it). */
  blank: boolean;
  runs: SourceRun[];
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Groups segments into body and furniture blocks, and each block into passage / non-passage runs.
 * White space at the edges of furniture becomes blank blocks of its own, so a folded furniture
 * block does not leave stray empty lines and the blocks still cover the text exactly once.
 */
export function sourceBlocks(text: string, segments: readonly SourceSegment[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const push = (group: readonly SourceSegment[], start: number, end: number, furniture: boolean) => {
    if (end <= start) return;
    const inside = sliceSegments(group, start, end);
    const runs = runsBy(inside, (s) => s.passage).map((run) => ({
      start: (run[0] as SourceSegment).start,
      end: (run[run.length - 1] as SourceSegment).end,
      passage: (run[0] as SourceSegment).passage,
      segments: run,
    }));
    blocks.push({ start, end, furniture, blank: text.slice(start, end).trim() === '', runs });
  };
  for (const group of runsBy(segments, (s) => s.furniture)) {
    const start = (group[0] as SourceSegment).start;
    const end = (group[group.length - 1] as SourceSegment).end;
    const furniture = (group[0] as SourceSegment).furniture;
    if (!furniture) {
      push(group, start, end, false);
      continue;
    }
    let lead = start;
    while (lead < end && isSpace(text[lead])) lead++;
    let trail = end;
    while (trail > lead && isSpace(text[trail - 1])) trail--;
    push(group, start, lead, true);
    push(group, lead, trail, true);
    push(group, trail, end, true);
  }
  return blocks;
}
