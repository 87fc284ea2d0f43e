import type { AppState } from '../store';
import { isNewPlace, paramsToSnapshot, snapshotToParams, type ViewSnapshot } from './viewUrl';

interface Store {
  getState(): AppState;
  setState(partial: Partial<AppState>): void;
  subscribe(listener: (state: AppState) => void): () => void;
}

/** The part of the state the URL (and the saved session) holds. */
export const snapshotOf = (s: AppState): ViewSnapshot => ({
  selection: s.selection,
  reading: s.reading,
  filters: s.filters,
  layout: s.layout,
  sizeBy: s.sizeBy,
  focus: s.focus,
  focusMode: s.focusMode,
  path: s.path,
});

const urlFor = (view: ViewSnapshot): string => {
  const query = snapshotToParams(view).toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
};

/** Keeps only what the open dataset has: a link to a missing node or article is ignored, not fatal. */
function restorable(state: AppState, view: ViewSnapshot): Partial<AppState> {
  const dataset = state.dataset;
  const sel = view.selection;
  const selectionOk =
    sel !== null &&
    dataset !== null &&
    (sel.kind === 'node' ? dataset.graph.hasNode(sel.id) : dataset.graph.hasEdge(sel.id));
  const underReview = state.review?.article.id === view.reading?.source ? state.review?.article : undefined;
  const source = view.reading && (dataset?.sources.get(view.reading.source) ?? underReview);
  const passageOk =
    !view.reading?.passage ||
    (source !== undefined && view.reading.passage.end <= (source?.text.length ?? 0));
  const known = (id: string | null) => id !== null && dataset !== null && dataset.graph.hasNode(id);
  const focus =
    view.focus && known(view.focus.root)
      ? { ...view.focus, expanded: view.focus.expanded.filter(known) }
      : null;
  return {
    selection: selectionOk ? sel : null,
    reading: source && passageOk ? view.reading : null,
    filters: { ...view.filters, hiddenNodes: new Set([...view.filters.hiddenNodes].filter(known)) },
    layout: view.layout,
    sizeBy: view.sizeBy,
    focus,
    focusMode: view.focusMode,
    path: view.path && {
      from: known(view.path.from) ? view.path.from : null,
      to: known(view.path.to) ? view.path.to : null,
    },
  };
}

/** Applies the view in the current URL to the store (at start-up, before the first render). */
export function restoreViewFromUrl(store: Store): void {
  store.setState(restorable(store.getState(), paramsToSnapshot(new URLSearchParams(location.search))));
}

/**
 * The one place the store and the address bar meet. The URL always describes the view (selection,
 * open passage, filters, layout, sizing), so reloading or sharing the link restores it. Looking at
 * something new (another selection or passage) pushes a history entry, so the browser's back and
 * forward walk through what you looked at; other changes replace the current entry.
 */
export function startUrlSync(store: Store): () => void {
  let last = snapshotOf(store.getState());
  let lastUrl = urlFor(last);
  let restoring = false;
  history.replaceState(null, '', lastUrl);

  const unsubscribe = store.subscribe((state) => {
    if (restoring) return;
    const next = snapshotOf(state);
    const url = urlFor(next);
    if (url === lastUrl) return;
    if (isNewPlace(last, next)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    last = next;
    lastUrl = url;
  });

  const onPopState = () => {
    restoring = true;
    try {
      restoreViewFromUrl(store);
    } finally {
      restoring = false;
    }
    last = snapshotOf(store.getState());
    lastUrl = urlFor(last);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
