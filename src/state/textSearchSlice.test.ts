import { describe, expect, it } from 'vitest';
import { useAppStore } from './store';
import { closeTextSearchProducer, openTextSearchProducer } from './textSearchSlice';

describe('text search', () => {
  const closed = { textSearch: null, selection: { kind: 'node', id: 'kim' } as const };

  it('opening sets the trimmed query and clears the selection, so the panel shows the results', () => {
    const open = openTextSearchProducer('  torpedo ')(closed);
    expect(open).toEqual({ textSearch: 'torpedo', selection: null });
    expect(openTextSearchProducer('torpedo')(open)).toBe(open);
    expect(openTextSearchProducer('sank')(open).textSearch).toBe('sank');
  });

  it('ignores a blank query', () => {
    expect(openTextSearchProducer('   ')(closed)).toBe(closed);
  });

  it('closing forgets the query and keeps state identity when already closed', () => {
    const open = { textSearch: 'torpedo', selection: null };
    expect(closeTextSearchProducer()(open)).toEqual({ textSearch: null, selection: null });
    expect(closeTextSearchProducer()(closed)).toBe(closed);
  });

  it('the actions are callable outside React', () => {
    useAppStore.getState().select({ kind: 'node', id: 'kim' });
    useAppStore.getState().openTextSearch('torpedo');
    expect(useAppStore.getState()).toMatchObject({ textSearch: 'torpedo', selection: null });
    useAppStore.getState().closeTextSearch();
    expect(useAppStore.getState().textSearch).toBeNull();
  });
});
