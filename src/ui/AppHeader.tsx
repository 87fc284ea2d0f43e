import { useAppStore, selectDataset } from '../state/store';

export function AppHeader() {
  const dataset = useAppStore(selectDataset);
  return (
    <header className="app-header">
      <h1 className="brand">Dossier</h1>
      {dataset && (
        <p className="graph-summary" aria-live="polite">
          <span>{dataset.sources.size} articles</span>
          <span data-testid="node-count">{dataset.graph.order} entities</span>
          <span data-testid="edge-count">{dataset.graph.size} relations</span>
        </p>
      )}
    </header>
  );
}
