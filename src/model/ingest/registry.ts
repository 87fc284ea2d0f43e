import type { KnownIndex } from './known';
import type { EntityCandidate, KnownEntity, LinkReason, Mention, TextRange } from './types';

/**
 * The entities of one text, by id. Whatever path proposes an id the graph or gazetteer knows ("the
 * powerful sister of Kim Jong Un" makes "Sister of Kim Jong Un", a node the graph has) gets the known
 * entity, with its name and aliases, so no path can propose a second node under a known id.
 */
export class Registry {
  readonly byId = new Map<string, EntityCandidate>();
  constructor(private readonly known: KnownIndex) {}
  ensure(id: string, make: () => Omit<EntityCandidate, 'mentions' | 'confidence' | 'id'>): EntityCandidate {
    let e = this.byId.get(id);
    if (!e) {
      const k = this.known.entities.get(id);
      const made = make();
      e = { id, ...(k && k.type === made.type ? fromKnown(k) : made), mentions: [], confidence: 0 };
      this.byId.set(id, e);
    }
    return e;
  }
  known_(id: string): EntityCandidate | undefined {
    const k = this.known.entities.get(id);
    return k && this.ensure(id, () => fromKnown(k));
  }
}

export function fromKnown(k: KnownEntity): Omit<EntityCandidate, 'mentions' | 'confidence' | 'id'> {
  return {
    type: k.type,
    ...(k.kind !== undefined ? { kind: k.kind } : {}),
    label: k.label,
    aliases: [...k.aliases],
    existing: k.existing,
  };
}

export function addMention(
  e: EntityCandidate,
  r: TextRange,
  text: string,
  reason: LinkReason,
  taken: Mention[],
) {
  // Words proposing an entity the graph already has describe that node: shown as a merge into it.
  const why: LinkReason = reason === 'new' && e.existing ? 'description' : reason;
  const m: Mention = {
    start: r.start,
    end: r.end,
    entity: e.id,
    text: text.slice(r.start, r.end),
    reason: why,
  };
  e.mentions.push(m);
  taken.push(m);
}

/**
 * What every finder of the entity stage works on: the text, the entities so far, what is known, the
 * mentions taken (no two overlap) and the body the mentions must lie in.
 */
export interface Scan {
  text: string;
  reg: Registry;
  known: KnownIndex;
  taken: Mention[];
  /** Whether a range overlaps no mention taken yet. */
  free: (r: TextRange) => boolean;
  within: readonly TextRange[];
}
