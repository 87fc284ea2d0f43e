import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from './dates';

describe('ISO dates', () => {
  it('accepts year, month and day precision and intervals', () => {
    expect(parseIsoDate('1950')).toEqual({ start: '1950-01-01', end: '1950-12-31' });
    expect(parseIsoDate('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(parseIsoDate('2015-12-11')).toEqual({ start: '2015-12-11', end: '2015-12-11' });
    expect(parseIsoDate('1950/1953')).toEqual({ start: '1950-01-01', end: '1953-12-31' });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2013-13', '2015-02-29', '13-12', '2013/12', '1953/1950', '2013-1', 'soon', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('formats for people', () => {
    expect(formatIsoDate('2015-12-11')).toBe('11 Dec 2015');
    expect(formatIsoDate('2013-12')).toBe('Dec 2013');
    expect(formatIsoDate('1950/1953')).toBe('1950–1953');
  });
});
