import type { Dataset } from '../../model/dataset';
import { buildEntityIndex, type EntityIndex } from '../../model/search/entityIndex';
import { buildPassageIndex, type PassageIndex } from '../../model/search/passageSearch';

// Built once per dataset and kept while it lives: the panel's results mount and unmount as the
// selection changes, and re-indexing every article each time would be waste.
const entityIndexes = new WeakMap<Dataset, EntityIndex>();
const passageIndexes = new WeakMap<Dataset, PassageIndex>();

export function entityIndexOf(dataset: Dataset): EntityIndex {
  let index = entityIndexes.get(dataset);
  if (!index) entityIndexes.set(dataset, (index = buildEntityIndex(dataset.graph)));
  return index;
}

export function passageIndexOf(dataset: Dataset): PassageIndex {
  let index = passageIndexes.get(dataset);
  if (!index) passageIndexes.set(dataset, (index = buildPassageIndex(dataset)));
  return index;
}
