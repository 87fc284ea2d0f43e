import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundledCorpus } from './data/bundledCorpus';
import { useAppStore } from './state/store';
import { App } from './ui/App';
import './ui/styles.css';
import { startThemeSync } from './ui/toolbar/themeSync';
import { restoreViewFromUrl, startUrlSync } from './state/url/urlSync';

const corpus = loadBundledCorpus();
if (corpus.ok) useAppStore.getState().setDataset(corpus.dataset);
else useAppStore.getState().setLoadIssues(corpus.issues);

startThemeSync();
// The URL holds the view: restore it before the first render, then keep the two in step.
restoreViewFromUrl(useAppStore);
startUrlSync(useAppStore);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
