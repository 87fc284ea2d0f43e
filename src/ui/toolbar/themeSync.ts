import { isTheme, type Theme } from '../../model/viewSettings';
import { useAppStore } from '../../state/store';

/** Where the person's explicit theme choice is remembered. */
export const THEME_STORAGE_KEY = 'dossier.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: follow the system
  }
}

/**
 * The theme's one side-effect site. Starts the store on the saved choice, else the system's
 * preference (and keeps following the system while nothing is saved); mirrors the store's theme
 * onto <html data-theme>, which switches the page's CSS variables. The view follows the store on its
 * own (GraphCanvas). Call once, before the first render, so the page never flashes the wrong theme.
 */
export function startThemeSync(): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
  const system = (): Theme => (media?.matches ? 'dark' : 'light');
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
  };
  useAppStore.getState().setTheme(storedTheme() ?? system());
  apply(useAppStore.getState().theme);
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.theme !== prev.theme) apply(state.theme);
  });
  const onSystemChange = () => {
    if (!storedTheme()) useAppStore.getState().setTheme(system());
  };
  media?.addEventListener('change', onSystemChange);
  return () => {
    unsubscribe();
    media?.removeEventListener('change', onSystemChange);
  };
}

/** A theme the person picked: applied, and remembered for their next visit. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage disabled: the choice lasts for this visit only.
  }
  useAppStore.getState().setTheme(theme);
}
