import type { StateCreator } from 'zustand';
import type { SizeMetric } from '../model/metrics';
import { DEFAULT_LAYOUT, type LayoutId, type Theme } from '../model/viewSettings';

/** How the graph is drawn: where nodes go, what their size says, and the colour theme. */
export interface ViewSettingsState {
  layout: LayoutId;
  sizeBy: SizeMetric;
  theme: Theme;
}

export interface ViewSettingsActions {
  setLayout(layout: LayoutId): void;
  setSizeBy(sizeBy: SizeMetric): void;
  setTheme(theme: Theme): void;
}

// Pure producers: testable without React or a store; unchanged values keep the state's identity.
export const setLayoutProducer =
  (layout: LayoutId) =>
  (state: ViewSettingsState): ViewSettingsState =>
    state.layout === layout ? state : { ...state, layout };

export const setSizeByProducer =
  (sizeBy: SizeMetric) =>
  (state: ViewSettingsState): ViewSettingsState =>
    state.sizeBy === sizeBy ? state : { ...state, sizeBy };

export const setThemeProducer =
  (theme: Theme) =>
  (state: ViewSettingsState): ViewSettingsState =>
    state.theme === theme ? state : { ...state, theme };

/** The settings a fresh session starts with (the theme is then set from the system or the saved choice). */
export const INITIAL_VIEW_SETTINGS: ViewSettingsState = {
  layout: DEFAULT_LAYOUT,
  sizeBy: 'degree',
  theme: 'light',
};

export const createViewSettingsSlice: StateCreator<
  ViewSettingsState & ViewSettingsActions,
  [],
  [],
  ViewSettingsState & ViewSettingsActions
> = (set) => ({
  ...INITIAL_VIEW_SETTINGS,
  setLayout: (layout) => set(setLayoutProducer(layout)),
  setSizeBy: (sizeBy) => set(setSizeByProducer(sizeBy)),
  setTheme: (theme) => set(setThemeProducer(theme)),
});
