import { useAppStore, selectDataset, selectLoadIssues } from '../state/store';
import { summarizeIssues } from '../model/validate';
import { GraphCanvas } from './GraphCanvas';
import { Legend } from './Legend';
import { SidePanel } from './SidePanel';
import { AppHeader } from './AppHeader';
import { useEscapeToDeselect } from './useEscapeToDeselect';

export function App() {
  const dataset = useAppStore(selectDataset);
  const issues = useAppStore(selectLoadIssues);
  useEscapeToDeselect();
  return (
    <div className="app">
      <AppHeader />
      {issues && (
        <div role="alert" className="load-error">
          <strong>The graph could not be loaded.</strong>
          <pre>{summarizeIssues(issues)}</pre>
        </div>
      )}
      <main className="workspace">
        <section className="graph-pane" aria-label="Graph">
          {dataset && <GraphCanvas dataset={dataset} />}
          <Legend />
        </section>
        <aside className="side-panel" aria-label="Details">
          <SidePanel />
        </aside>
      </main>
    </div>
  );
}
