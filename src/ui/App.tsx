import { useAppStore, selectDataset, selectLoadIssues } from '../state/store';
import { summarizeIssues } from '../model/validate';
import { GraphCanvas } from './GraphCanvas';
import { Legend } from './Legend';
import { SidePanel } from './SidePanel';
import { AwaitedGraph } from './open/AwaitedGraph';
import { AppHeader } from './AppHeader';
import { useCommandShortcuts } from './commands/useCommandShortcuts';
import { HelpOverlay } from './commands/HelpOverlay';
import { GraphListView } from './listView/GraphListView';
import { selectAwaitedGraph, selectListView } from '../state/store';
import { useVisibleGraph } from './useVisibleGraph';
import { FilterPanel } from './filters/FilterPanel';
import { FocusBanner } from './focus/FocusBanner';
import { Timeline } from './timeline/Timeline';
import { SourceViewer } from './source/SourceViewer';
import { OpenDialog } from './open/OpenDialog';
import { DropOverlay } from './open/DropOverlay';
import { ImportStatus } from './open/ImportStatus';
import { SessionNotice } from './session/SessionNotice';
import { ConfirmDialog } from './session/ConfirmDialog';
import { AddArticleDialog } from './ingest/AddArticleDialog';
import { ReviewPanel } from './ingest/ReviewPanel';
import { selectReviewShown } from '../state/ingestSlice';
import { BackToReview } from './ingest/BackToReview';

export function App() {
  const dataset = useAppStore(selectDataset);
  const issues = useAppStore(selectLoadIssues);
  const listView = useAppStore(selectListView);
  // Opened from the address: the stand-in graph's panel, legend and timeline are not shown.
  const awaited = useAppStore(selectAwaitedGraph);
  const visible = useVisibleGraph();
  const reviewShown = useAppStore(selectReviewShown);
  useCommandShortcuts();
  return (
    <div className="app">
      <AppHeader />
      <SessionNotice />
      {issues && (
        <div role="alert" className="load-error">
          <strong>The graph could not be loaded.</strong>
          <pre>{summarizeIssues(issues)}</pre>
        </div>
      )}
      <main className="workspace">
        <section className="graph-pane" aria-label="Graph">
          {dataset && <GraphCanvas dataset={dataset} />}
          {dataset && listView && <GraphListView dataset={dataset} visible={visible ?? undefined} />}
          {awaited === null && <FilterPanel />}
          <FocusBanner />
          {!listView && awaited === null && <Legend />}
          {awaited === null && <Timeline />}
        </section>
        <SourceViewer />
        {/* The review of an added article takes the details column while it is shown. */}
        {reviewShown && awaited === null ? (
          <ReviewPanel />
        ) : (
          <aside className="side-panel" aria-label="Details">
            {awaited === null ? (
              <>
                <BackToReview />
                <SidePanel />
              </>
            ) : (
              <AwaitedGraph names={awaited} />
            )}
          </aside>
        )}
      </main>
      <HelpOverlay />
      <OpenDialog />
      <ImportStatus />
      <DropOverlay />
      <ConfirmDialog />
      <AddArticleDialog />
    </div>
  );
}
