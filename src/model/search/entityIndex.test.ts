import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset';
import { loadCorpusForTests } from './corpusForTests';
import { buildEntityIndex, searchEntities, type EntityIndex } from './entityIndex';

// Entity search on the bundled corpus: what a person types, and what they expect first.
let dataset: Dataset;
let index: EntityIndex;

beforeAll(() => {
  dataset = loadCorpusForTests();
  index = buildEntityIndex(dataset.graph);
});

const first = (query: string) => searchEntities(index, query)[0];
const ids = (query: string) => searchEntities(index, query).map((m) => m.id);

describe('searchEntities on the corpus', () => {
  it('ranks Kim Jong Un first for "kim", before the other Kims', () => {
    expect(first('kim')).toEqual({ id: 'kim-jong-un', tier: 'label-prefix' });
    expect(ids('kim')).toContain('kim-jong-un');
    expect(ids('kim').length).toBeGreaterThan(1);
  });

  it('finds a node by an alias and says which alias matched', () => {
    expect(first('Panmunjon')).toEqual({ id: 'panmunjom', tier: 'alias', matchedAlias: 'Panmunjon' });
    expect(first('vietnam summit')).toEqual({
      id: 'hanoi-summit',
      tier: 'alias',
      matchedAlias: 'Vietnam summit',
    });
  });

  it('ignores case, hyphens and typography', () => {
    expect(first('kim jong-un')?.id).toBe('kim-jong-un');
    expect(first('KIM JONG UN')).toEqual({ id: 'kim-jong-un', tier: 'label' });
    expect(first('Workers’ Party')).toEqual({ id: 'workers-party', tier: 'label' });
  });

  it('completes a name from its first words', () => {
    expect(first('moon jae')).toEqual({ id: 'moon-jae-in', tier: 'label-prefix' });
    expect(first('pyeong')?.id).toBe('pyeongchang');
  });

  it('forgives a typo', () => {
    expect(first('pyongchang')).toEqual({ id: 'pyeongchang', tier: 'fuzzy' });
    expect(first('Panmunjum')?.id).toBe('panmunjom');
  });

  it('returns nothing for an empty query or a word no name resembles', () => {
    expect(searchEntities(index, '')).toEqual([]);
    expect(searchEntities(index, ' – ')).toEqual([]);
    expect(searchEntities(index, 'xylophone')).toEqual([]);
  });

  it('returns at most the asked number of matches', () => {
    expect(searchEntities(index, 'korea', 3)).toHaveLength(3);
  });
});
