import type { NodeType } from '../nodeTypes';
import type { Modality } from '../vocabulary';

/** A range of the source text: `text.slice(start, end)`, UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Token extends TextRange {
  text: string;
  /** Universal POS tag from the NLP model (PROPN, VERB, ...). */
  pos: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends TextRange {
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

/** A node the pipeline can link a mention to: an existing graph node or a gazetteer entry. */
export interface KnownEntity {
  id: string;
  type: NodeType;
  kind?: string;
  label: string;
  aliases: readonly string[];
  /** True for nodes already in the graph; false for gazetteer entries that would be new nodes. */
  existing: boolean;
}

/** How a mention came to name its entity: shown to the reviewer as the reason for a merge. */
export type LinkReason =
  | 'name' // exact label or alias
  | 'variant' // same name up to hyphens, spacing or case ("Kim Jong-un" / "Kim Jong Un")
  | 'surname' // a later surname of a person named in full earlier
  | 'metonym' // a capital or "the North" standing for its state
  | 'apposition' // a description set beside a name: "Kim Yo Jong, the sister of Kim Jong Un"
  | 'description' // words describing a node the graph has ("the powerful sister of Kim Jong Un")
  | 'reference' // words referring back to one named before ("the North Korean leader", "the country")
  | 'new' // no existing node: a proposed new one
  | 'hand'; // marked by the reviewer

export interface Mention extends TextRange {
  entity: string;
  text: string;
  reason: LinkReason;
}

export interface EntityCandidate {
  id: string;
  type: NodeType;
  kind?: string;
  label: string;
  aliases: string[];
  date?: string;
  /** True when the id is an existing graph node (the mentions merge into it). */
  existing: boolean;
  mentions: Mention[];
  confidence: number;
}

export interface RelationCandidate {
  id: string;
  source: string;
  relation: string;
  target: string;
  modality?: Modality;
  date?: string;
  evidence: TextRange;
  /** The trigger words ("threatened to suspend", "met") inside the evidence. */
  trigger: TextRange;
  confidence: number;
  /** Name of the pattern that proposed it, for the reviewer and for debugging. */
  pattern: string;
}

export interface IngestResult {
  text: string;
  sentences: Sentence[];
  entities: EntityCandidate[];
  relations: RelationCandidate[];
}
