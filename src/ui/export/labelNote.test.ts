import { describe, expect, it } from 'vitest';
import { labelNote } from './labelNote';

describe('labelNote', () => {
  it('says when every label is drawn', () => {
    expect(labelNote({ nodes: 3, nodeTotal: 3, edges: 0, edgeTotal: 0 })).toBe('Every name is drawn.');
    expect(labelNote({ nodes: 3, nodeTotal: 3, edges: 2, edgeTotal: 2 })).toBe(
      'Every name and relation label is drawn.',
    );
  });

  it('says how many are left out, and why', () => {
    expect(labelNote({ nodes: 71, nodeTotal: 103, edges: 0, edgeTotal: 0 })).toBe(
      '71 of 103 names drawn: the others would overlap or be too small to read.',
    );
    expect(labelNote({ nodes: 90, nodeTotal: 103, edges: 40, edgeTotal: 1216 })).toBe(
      '90 of 103 names, 40 of 1,216 relation labels drawn: the others would overlap or be too small to read.',
    );
  });
});
