import { gazetteer, type Gazetteer } from './gazetteer';
import { nameKey } from './names';
import type { KnownEntity } from './types';

export interface KnownIndex {
  entities: Map<string, KnownEntity>;
  /** Demonym to state id, and capital to state id, resolved to existing nodes where they exist. */
  demonyms: Map<string, string>;
  capitals: Map<string, string>;
}

/**
 * Merges the graph's nodes with the gazetteer. A gazetteer entry that shares a name with an
 * existing node is that node (its other spellings become extra names to look for); otherwise it is
 * a possible new node.
 */
export function knownIndex(existing: readonly KnownEntity[], gaz: Gazetteer = gazetteer()): KnownIndex {
  const entities = new Map<string, KnownEntity>();
  const byKey = new Map<string, string>();
  for (const e of existing) {
    entities.set(e.id, { ...e, aliases: [...e.aliases] });
    for (const n of [e.label, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), e.id);
  }
  const redirect = new Map<string, string>();
  for (const g of gaz.entities) {
    const names = [g.label, ...g.aliases];
    const owner = entities.has(g.id) ? g.id : names.map((n) => byKey.get(nameKey(n))).find(Boolean);
    if (owner) {
      redirect.set(g.id, owner);
      const target = entities.get(owner);
      if (target) {
        const have = new Set([target.label, ...target.aliases].map(nameKey));
        const extra = names.filter((n) => !have.has(nameKey(n)) && !byKey.has(nameKey(n)));
        entities.set(owner, { ...target, aliases: [...target.aliases, ...extra] });
        for (const n of extra) byKey.set(nameKey(n), owner);
      }
      continue;
    }
    entities.set(g.id, g);
    for (const n of names) byKey.set(nameKey(n), g.id);
  }
  const resolve = (m: Map<string, string>) => new Map([...m].map(([k, id]) => [k, redirect.get(id) ?? id]));
  return { entities, demonyms: resolve(gaz.demonyms), capitals: resolve(gaz.capitals) };
}
