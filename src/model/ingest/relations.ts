import { foldTypography } from '../text/normalize';
import { relationDescriptor, type Modality } from '../vocabulary';
import type { NodeType } from '../nodeTypes';
import type { KnownIndex } from './known';
import { NEGATION, PLANNED, POSSIBLE, VERB_PATTERNS } from './patterns';
import { rolePatterns } from './roles';
import type { Tokenized } from './tokenize';
import type { EntityCandidate, Mention, RelationCandidate, Sentence, TextRange } from './types';

export interface SentenceContext {
  text: string;
  folded: string;
  lower: string;
  sentence: Sentence;
  index: number;
  /** Mentions inside the sentence, in text order. */
  mentions: Mention[];
  typeOf(id: string): NodeType | undefined;
  kindOf(id: string): string | undefined;
  /** Mentions of earlier sentences, latest last (for "Spokesman X" naming an earlier ministry). */
  earlier: Mention[];
}

export type Draft = Omit<RelationCandidate, 'id'>;

export function allows(relation: string, from: NodeType | undefined, to: NodeType | undefined): boolean {
  const d = relationDescriptor(relation);
  return !!d && !!from && !!to && d.from.includes(from) && d.to.includes(to);
}

function modalityBefore(ctx: SentenceContext, at: number): Modality | undefined {
  const before = ctx.lower.slice(Math.max(ctx.sentence.start, at - 50), at);
  if (NEGATION.test(before)) return 'negated';
  if (POSSIBLE.test(before)) return 'possible';
  if (PLANNED.test(before)) return 'planned';
  return undefined;
}

// The actors a clause is about: the nearest actor before the trigger, with "A and B" coordination.
function subjectsBefore(ctx: SentenceContext, at: number): Mention[] {
  const before = ctx.mentions.filter((m) => m.end <= at && ctx.typeOf(m.entity) === 'actor');
  const last = before[before.length - 1];
  if (!last) return [];
  const out = [last];
  const prev = before[before.length - 2];
  if (prev && /^\s*(?:and|,)\s*$/.test(ctx.folded.slice(prev.end, last.start))) out.unshift(prev);
  return out;
}

function clauseEnd(ctx: SentenceContext, from: number): number {
  const rest = ctx.folded.slice(from, ctx.sentence.end);
  const m = /[;:]|,\s+(?:but|while|and then)\b|\bbut\b/.exec(rest);
  return m ? from + m.index : ctx.sentence.end;
}

/** Relation candidates stated by one sentence. */
export function sentenceRelations(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const claimed: TextRange[] = [];
  for (const p of VERB_PATTERNS) {
    const re = new RegExp(p.trigger.source, 'g');
    const slice = ctx.lower.slice(0, ctx.sentence.end);
    re.lastIndex = ctx.sentence.start;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const trigger = { start: m.index, end: m.index + m[0].trimEnd().length };
      if (claimed.some((c) => trigger.start >= c.start && trigger.start < c.end)) continue;
      const subjects = subjectsBefore(ctx, trigger.start);
      if (subjects.length === 0) continue;
      const end = clauseEnd(ctx, trigger.end);
      let from = trigger.end;
      if (p.via) {
        const v = p.via.exec(ctx.lower.slice(trigger.end, Math.min(end, trigger.end + 60)));
        if (!v) continue;
        from = trigger.end + v.index;
      }
      const modality = p.name === 'threat' || p.name === 'warn' ? undefined : modalityBefore(ctx, trigger.start);
      const after = ctx.mentions.filter(
        (x) => x.start >= from && x.end <= end && x.start - from < 90 && !subjects.some((s) => s.entity === x.entity),
      );
      let emitted = false;
      for (const subject of subjects) {
        const st = ctx.typeOf(subject.entity);
        const target = after.find((x) => {
          const rel = ctx.typeOf(x.entity) === 'event' && p.onEvent ? p.onEvent : p.relation;
          return allows(rel, st, ctx.typeOf(x.entity)) && x.entity !== subject.entity;
        });
        if (!target) continue;
        const relation = ctx.typeOf(target.entity) === 'event' && p.onEvent ? p.onEvent : p.relation;
        const distance = (target.start - trigger.end + (trigger.start - subject.end)) / 200;
        out.push({
          source: subject.entity,
          relation,
          target: target.entity,
          ...(modality ? { modality } : {}),
          evidence: { start: Math.min(subject.start, trigger.start), end: Math.max(target.end, trigger.end) },
          trigger,
          confidence: round(p.confidence - distance),
          pattern: p.name,
        });
        emitted = true;
      }
      if (emitted && p.claimsClause) claimed.push({ start: trigger.start, end });
    }
  }
  out.push(...rolePatterns(ctx));
  return out;
}

export const round = (x: number) => Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));

/** Runs the patterns over every sentence and merges duplicates, keeping the best confidence. */
export function findRelations(
  text: string,
  tok: Tokenized,
  entities: readonly EntityCandidate[],
  _known: KnownIndex,
): RelationCandidate[] {
  const folded = foldTypography(text);
  const lower = folded.toLowerCase();
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  tok.sentences.forEach((sentence, index) => {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const earlier = mentions.filter((m) => m.end <= sentence.start);
    drafts.push(
      ...sentenceRelations({
        text,
        folded,
        lower,
        sentence,
        index,
        mentions: inside,
        earlier,
        typeOf: (id) => types.get(id),
        kindOf: (id) => kinds.get(id),
      }),
    );
  });
  const best = new Map<string, RelationCandidate>();
  for (const d of drafts) {
    if (d.source === d.target || !allows(d.relation, types.get(d.source), types.get(d.target))) continue;
    const id = `${d.source}|${d.relation}|${d.target}|${d.evidence.start}`;
    const seen = best.get(id);
    if (!seen || seen.confidence < d.confidence) best.set(id, { id, ...d });
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || b.confidence - a.confidence);
}
