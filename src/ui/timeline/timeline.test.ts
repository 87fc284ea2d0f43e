import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPH_JSON, readSourceTexts } from '../../../scripts/corpusFiles';
import { buildDataset } from '../../model/dataset';
import type { GraphData } from '../../model/schema';
import { assignLanes } from './lanes';
import { placeEvents } from './placeEvents';
import { dayToMs, focusStart, msToDay, timelineData } from './timelineData';
import { brokenTimeScale } from './timeScale';

const year = (y: number) => Date.UTC(y, 0, 1);

describe('timelineData on the bundled corpus', () => {
  const doc = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as GraphData;
  const data = timelineData(buildDataset(doc, readSourceTexts(doc)));

  it('lists every dated event, intervals as intervals, and the five publication dates', () => {
    if (!data) throw new Error('no timeline');
    expect(data.events).toHaveLength(doc.nodes.filter((n) => n.date).length);
    const war = data.events.find((e) => e.id === 'korean-war');
    expect(war?.interval).toBe(true);
    expect(war && [msToDay(war.start), msToDay(war.end)]).toEqual(['1950-01-01', '1954-01-01']);
    expect(data.events.find((e) => e.id === 'hanoi-summit')?.interval).toBe(true);
    expect(data.events.find((e) => e.id === 'agreement-2015')?.interval).toBe(false);
    expect(data.publications.map((p) => p.published)).toEqual([
      '2014-02',
      '2015-12-12',
      '2018-01',
      '2019-03',
      '2021-08-01',
    ]);
  });

  it('places intervals as bars, loose dates with a whisker over their days, and stacks what overlaps', () => {
    if (!data) throw new Error('no timeline');
    const scale = brokenTimeScale({ start: data.start, focus: focusStart(data), end: data.end, width: 900 });
    const { placements, lanes } = placeEvents(data.events, scale);
    const at = (id: string) => placements.find((p) => p.event.id === id);
    const hanoi = at('hanoi-summit');
    expect(hanoi?.x0).toBeCloseTo(scale.x(dayToMs('2019-02-27')), 5);
    expect(hanoi?.span).toBeNull();
    // "2014": a point in mid-2014 with a whisker over the whole year; "Aug 2015" is too narrow for one.
    expect(at('joint-drills-2014')?.span).toEqual({ x0: scale.x(year(2014)), x1: scale.x(year(2015)) });
    expect(at('agreement-2015')?.span).toBeNull();
    // The four events of August 2015 share a spot, so they take four lanes.
    const august = ['land-mine-explosions-2015', 'standoff-2015', 'marathon-talks-2015', 'agreement-2015'];
    expect(new Set(august.map((id) => at(id)?.lane)).size).toBe(4);
    expect(lanes).toBeLessThanOrEqual(6);
    for (let i = 0; i < placements.length; i++)
      for (let j = i + 1; j < placements.length; j++) {
        const [a, b] = [placements[i], placements[j]];
        if (!a || !b || a.lane !== b.lane) continue;
        const left = (p: typeof a) => Math.min(p.x0, p.span?.x0 ?? p.x0);
        const right = (p: typeof a) => Math.max(p.x1, p.span?.x1 ?? p.x1);
        expect(right(a) <= left(b) || right(b) <= left(a), `${a.event.id} / ${b.event.id}`).toBe(true);
      }
  });

  it('spans 1950 to the end of 2021 and focuses from the year before the first article', () => {
    if (!data) throw new Error('no timeline');
    expect([msToDay(data.start), msToDay(data.end)]).toEqual(['1950-01-01', '2022-01-01']);
    expect(msToDay(focusStart(data))).toBe('2013-01-01');
  });
});

describe('brokenTimeScale', () => {
  const scale = brokenTimeScale({ start: year(1950), focus: year(2013), end: year(2022), width: 900 });

  it('compresses the old years and gives the focus most of the width', () => {
    expect(scale.segments).toHaveLength(2);
    expect(scale.x(year(1950))).toBe(0);
    expect(scale.x(year(2013))).toBe(180 + 12);
    expect(scale.x(year(2022))).toBe(900);
    const focusYear = scale.x(year(2016)) - scale.x(year(2015));
    const contextYear = scale.x(year(1981)) - scale.x(year(1980));
    expect(focusYear).toBeGreaterThan(20 * contextYear);
  });

  it('inverts x back to the moment, clamping at the ends and in the gap', () => {
    for (const day of ['1951-07-01', '2015-12-11', '2019-02-27']) {
      expect(msToDay(scale.invert(scale.x(dayToMs(day))))).toBe(day);
    }
    expect(scale.invert(-5)).toBe(year(1950));
    expect(scale.invert(5000)).toBe(year(2022));
    expect(scale.invert(186)).toBe(year(2013));
  });

  it('labels every focus year and only as many context years as fit', () => {
    const years = scale.ticks.map((t) => t.year);
    for (let y = 2013; y <= 2022; y++) expect(years).toContain(y);
    expect(years[0]).toBe(1950);
    expect(years).not.toContain(2010); // would crowd 2013
    const xs = scale.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(40);
    expect(scale.minorTicks.length).toBe(27); // three per focus year, none in the compressed years
  });

  it('is a plain linear scale when nothing is older than the focus', () => {
    const plain = brokenTimeScale({ start: year(2014), focus: year(2014), end: year(2016), width: 200 });
    expect(plain.segments).toHaveLength(1);
    expect(plain.x(year(2015))).toBeCloseTo(100, 0);
  });
});

describe('assignLanes', () => {
  it('stacks overlapping extents and reuses a lane once it is free', () => {
    expect(
      assignLanes([
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 6, x1: 8 },
        { x0: 13, x1: 20 },
        { x0: 30, x1: 40 },
      ]),
    ).toEqual([0, 1, 2, 0, 0]);
  });
});
