import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundledCorpus } from './data/bundledCorpus';
import { useAppStore } from './state/store';
import { App } from './ui/App';
import './ui/styles.css';

const corpus = loadBundledCorpus();
if (corpus.ok) useAppStore.getState().setDataset(corpus.dataset);
else useAppStore.getState().setLoadIssues(corpus.issues);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
