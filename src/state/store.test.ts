import { describe, expect, it } from 'vitest';
import { selectProducer } from './selectionSlice';
import { useAppStore } from './store';

describe('selection', () => {
  it('the producer replaces the selection and keeps state identity when nothing changes', () => {
    const empty = { selection: null };
    const withKim = selectProducer({ kind: 'node', id: 'kim' })(empty);
    expect(withKim.selection).toEqual({ kind: 'node', id: 'kim' });
    expect(selectProducer({ kind: 'node', id: 'kim' })(withKim)).toBe(withKim);
    expect(selectProducer(null)(withKim).selection).toBeNull();
  });

  it('the action is callable outside React', () => {
    useAppStore.getState().select({ kind: 'edge', id: 'e1' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'e1' });
    useAppStore.getState().select(null);
    expect(useAppStore.getState().selection).toBeNull();
  });
});
