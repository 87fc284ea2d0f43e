import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../model/viewSettings';
import { useAppStore } from './store';
import {
  INITIAL_VIEW_SETTINGS,
  setLayoutProducer,
  setSizeByProducer,
  setThemeProducer,
} from './viewSettingsSlice';

describe('view settings', () => {
  it('start on the force layout, sized by degree, light', () => {
    expect(INITIAL_VIEW_SETTINGS).toEqual({ layout: 'force', sizeBy: 'degree', theme: 'light' });
    expect(LAYOUT_IDS).toContain(INITIAL_VIEW_SETTINGS.layout);
  });

  it('producers change one setting and keep the state when nothing changes', () => {
    const start = INITIAL_VIEW_SETTINGS;
    const timeline = setLayoutProducer('timeline')(start);
    expect(timeline).toEqual({ ...start, layout: 'timeline' });
    expect(setLayoutProducer('timeline')(timeline)).toBe(timeline);
    const ranked = setSizeByProducer('pagerank')(timeline);
    expect(ranked).toEqual({ layout: 'timeline', sizeBy: 'pagerank', theme: 'light' });
    expect(setSizeByProducer('pagerank')(ranked)).toBe(ranked);
    const dark = setThemeProducer('dark')(ranked);
    expect(dark.theme).toBe('dark');
    expect(setThemeProducer('dark')(dark)).toBe(dark);
    expect(start).toEqual({ layout: 'force', sizeBy: 'degree', theme: 'light' });
  });

  it('actions are callable outside React and leave the other slices alone', () => {
    const { selection, dataset } = useAppStore.getState();
    useAppStore.getState().setLayout('concentric');
    useAppStore.getState().setSizeBy('betweenness');
    useAppStore.getState().setTheme('dark');
    const state = useAppStore.getState();
    expect([state.layout, state.sizeBy, state.theme]).toEqual(['concentric', 'betweenness', 'dark']);
    expect(state.selection).toBe(selection);
    expect(state.dataset).toBe(dataset);
    useAppStore.setState(INITIAL_VIEW_SETTINGS);
  });
});
