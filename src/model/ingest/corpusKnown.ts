import type { CorpusData } from '../schema';
import type { KnownEntity } from './types';

/** The nodes of a compiled corpus as entities the pipeline can link mentions to. */
export function knownFromCorpus(data: CorpusData): KnownEntity[] {
  return data.nodes.map((n) => ({
    id: n.id,
    type: n.type as KnownEntity['type'],
    ...(n.kind !== undefined ? { kind: n.kind } : {}),
    label: n.label,
    aliases: n.aliases,
    existing: true,
  }));
}
