import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../model/filters';
import { isNewPlace, paramsToSnapshot, snapshotToParams, type ViewSnapshot } from './viewUrl';

const plain: ViewSnapshot = {
  selection: null,
  reading: null,
  filters: emptyFilters,
  layout: 'force',
  sizeBy: 'degree',
  focus: null,
  focusMode: 'hide',
  path: null,
};

const busy: ViewSnapshot = {
  selection: { kind: 'node', id: 'kim-jong-un' },
  reading: { source: '2021-08-01-independent-koreas-ties', passage: { start: 120, end: 188 } },
  filters: {
    hiddenNodes: new Set(['bahrain']),
    hiddenTypes: new Set(['place']),
    hiddenRelations: new Set(['met at', 'leader of']),
    hiddenSources: new Set(['2014-02-diplomat-high-level-talks']),
    dateRange: { from: '2014-01-01', to: '2016-12-31' },
    includeUndated: false,
  },
  layout: 'timeline',
  sizeBy: 'pagerank',
  focus: { root: 'kim-jong-un', depth: 2, expanded: ['hanoi'] },
  focusMode: 'fade',
  path: { from: 'moon-jae-in', to: 'hanoi-summit' },
};

describe('view URL', () => {
  it('leaves the default view out of the URL', () => {
    expect(snapshotToParams(plain).toString()).toBe('');
    expect(paramsToSnapshot(new URLSearchParams(''))).toEqual(plain);
  });

  it('round-trips a busy view through the query string', () => {
    const query = snapshotToParams(busy).toString();
    expect(query).toContain('node=kim-jong-un');
    expect(query).toContain('hideRelation=leader+of&hideRelation=met+at');
    expect(paramsToSnapshot(new URLSearchParams(query))).toEqual(busy);
  });

  it('drops what is malformed instead of failing', () => {
    const snap = paramsToSnapshot(
      new URLSearchParams(
        'layout=spiral&size=magic&from=2014&to=2016-12-31&at=9-3&read=x&hideType=&undated=maybe',
      ),
    );
    expect(snap.layout).toBe('force');
    expect(snap.sizeBy).toBe('degree');
    expect(snap.filters.dateRange).toEqual({ from: null, to: '2016-12-31' });
    expect(snap.reading).toEqual({ source: 'x' });
    expect(snap.filters.hiddenTypes.size).toBe(0);
    expect(snap.filters.includeUndated).toBe(true);
  });

  it('keeps any hidden type, since imported graphs bring their own', () => {
    const snap = paramsToSnapshot(new URLSearchParams('hideType=person&hideType=Country'));
    expect([...snap.filters.hiddenTypes]).toEqual(['person', 'Country']);
  });

  it('an edge selection and a bare article', () => {
    const snap = paramsToSnapshot(new URLSearchParams('edge=a--met-at--b&read=s1'));
    expect(snap.selection).toEqual({ kind: 'edge', id: 'a--met-at--b' });
    expect(snap.reading).toEqual({ source: 's1' });
  });

  it('tells a new place to look from a tweak of the same view', () => {
    expect(isNewPlace(plain, { ...plain, selection: { kind: 'node', id: 'x' } })).toBe(true);
    expect(isNewPlace(busy, { ...busy, layout: 'force' })).toBe(false);
    expect(
      isNewPlace(busy, { ...busy, reading: { source: busy.reading!.source, passage: { start: 5, end: 9 } } }),
    ).toBe(true);
  });
});
