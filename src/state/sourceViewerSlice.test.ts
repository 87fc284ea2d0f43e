import { describe, expect, it } from 'vitest';
import { closeSourceProducer, openSourceProducer } from './sourceViewerSlice';
import { useAppStore } from './store';

describe('source viewer', () => {
  it('opens an article, with or without a passage', () => {
    const closed = { reading: null };
    expect(openSourceProducer('s1')(closed).reading).toEqual({ source: 's1' });
    const passage = { start: 4, end: 9 };
    const open = openSourceProducer('s1', passage)(closed);
    expect(open.reading).toEqual({ source: 's1', passage: { start: 4, end: 9 } });
    // A copy: later changes to the caller's span do not reach the store.
    expect(open.reading?.passage).not.toBe(passage);
  });

  it('makes a new reading for the same passage, so the viewer brings it back into view', () => {
    const once = openSourceProducer('s1', { start: 4, end: 9 })({ reading: null });
    const again = openSourceProducer('s1', { start: 4, end: 9 })(once);
    expect(again.reading).toEqual(once.reading);
    expect(again.reading).not.toBe(once.reading);
  });

  it('closes, keeping state identity when already closed', () => {
    const open = openSourceProducer('s1')({ reading: null });
    const closed = closeSourceProducer()(open);
    expect(closed.reading).toBeNull();
    expect(closeSourceProducer()(closed)).toBe(closed);
  });

  it('opening and closing leave the graph selection alone', () => {
    const store = useAppStore.getState();
    store.select({ kind: 'node', id: 'kim' });
    store.openSource('s1', { start: 0, end: 3 });
    expect(useAppStore.getState().reading).toEqual({ source: 's1', passage: { start: 0, end: 3 } });
    useAppStore.getState().closeSource();
    expect(useAppStore.getState().reading).toBeNull();
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'kim' });
    useAppStore.getState().select(null);
  });
});
