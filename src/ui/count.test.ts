import { describe, expect, it } from 'vitest';
import { count } from './count';

describe('count', () => {
  it('puts the noun in the number the count needs, with thousands separated', () => {
    expect(count(1, 'relation')).toBe('1 relation');
    expect(count(0, 'relation')).toBe('0 relations');
    expect(count(1285, 'node')).toBe('1,285 nodes');
    expect(count(2, 'candidate is', 'candidates are')).toBe('2 candidates are');
  });
});
