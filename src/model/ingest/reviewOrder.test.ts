import { describe, expect, it } from 'vitest';
import { newReview, type Review } from './review';
import { adjacentCandidate, nextUndecided } from './reviewOrder';
import type { RelationCandidate } from './types';

const candidate = (id: string, confidence: number): RelationCandidate => ({
  id,
  source: 'a',
  relation: 'met with',
  target: 'b',
  evidence: { start: 0, end: 1 },
  trigger: { start: 0, end: 1 },
  confidence,
  pattern: 'test',
});
// Listed by confidence: r2 (0.9), r3 (0.7), r1 (0.5).
const review = (decisions: Review['decisions'] = {}): Review => ({
  ...newReview(
    { id: 'x', title: 'T', publisher: 'P', published: '2020', text: 'ab' },
    {
      text: 'ab',
      sentences: [],
      entities: [],
      relations: [candidate('r1', 0.5), candidate('r2', 0.9), candidate('r3', 0.7)],
    },
  ),
  decisions,
});

describe('moving through the candidates', () => {
  it('goes down and up the list as shown, from the top (or bottom) when none is picked, stopping at the ends', () => {
    expect(adjacentCandidate(review(), null, 1)).toBe('r2');
    expect(adjacentCandidate(review(), null, -1)).toBe('r1');
    expect(adjacentCandidate(review(), 'r2', 1)).toBe('r3');
    expect(adjacentCandidate(review(), 'r3', -1)).toBe('r2');
    expect(adjacentCandidate(review(), 'r1', 1)).toBe('r1');
    expect(adjacentCandidate(review(), 'r2', -1)).toBe('r2');
    expect(adjacentCandidate(review(), 'gone', 1)).toBe('r2');
  });

  it('after a decision, picks the next undecided below, else above, else none', () => {
    expect(nextUndecided(review({ r2: 'accepted' }), 'r2')).toBe('r3');
    expect(nextUndecided(review({ r3: 'accepted', r1: 'rejected' }), 'r1')).toBe('r2');
    expect(nextUndecided(review({ r2: 'accepted', r3: 'rejected', r1: 'accepted' }), 'r1')).toBeNull();
    // Decided ones below are skipped.
    expect(nextUndecided(review({ r2: 'accepted', r3: 'accepted' }), 'r2')).toBe('r1');
  });
});
