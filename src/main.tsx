// First: a `?graph=` import starts in its worker before the rest of the app is evaluated.
import './ui/open/earlyImport';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundledCorpus } from './data/bundledCorpus';
import { useAppStore } from './state/store';
import { App } from './ui/App';
import './ui/styles.css';
import { startThemeSync } from './ui/toolbar/themeSync';
import { startUrlSync } from './state/url/urlSync';
import { startSession } from './state/persistence/startSession';
import { startLeavingGuard } from './ui/session/leavingGuard';
import { openGraphFromAddress } from './ui/open/graphAddress';

/** Shown only when restoring takes a moment (a large saved graph), so the page is never blank. */
function showRestoring(container: HTMLElement): void {
  const status = document.createElement('p');
  status.className = 'startup-status';
  status.setAttribute('role', 'status');
  status.textContent = 'Restoring your session…';
  container.replaceChildren(status);
}

async function start(container: HTMLElement): Promise<void> {
  startThemeSync();
  const waiting = setTimeout(() => showRestoring(container), 150);
  // The saved session (graph, view, pins, notes) or the bundled corpus, and the URL's view over it,
  // all before the first render; then the URL and the saved session follow the store.
  const { autosave } = await startSession(useAppStore, loadBundledCorpus);
  clearTimeout(waiting);
  startUrlSync(useAppStore);
  startLeavingGuard(autosave);
  openGraphFromAddress();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
