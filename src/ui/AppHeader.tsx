import { count } from './count';
import { useAppStore, selectDataset } from '../state/store';
import { SearchBox } from './search/SearchBox';
import { VisibleCounts } from './filters/VisibleCounts';
import { ResetFiltersButton } from './filters/ResetFiltersButton';
import { CommandButton } from './commands/CommandButton';
import { COMMANDS } from './commands/registry';
import { AddArticleButton } from './ingest/AddArticleButton';
import { selectAwaitedGraph, selectListView } from '../state/store';

export function AppHeader() {
  const dataset = useAppStore(selectDataset);
  const listView = useAppStore(selectListView);
  const awaited = useAppStore(selectAwaitedGraph);
  return (
    <header className="app-header">
      <h1 className="brand">Dossier</h1>
      <SearchBox />
      {awaited !== null && (
        <p className="graph-summary" aria-live="polite">
          <span className="graph-title" title={awaited}>
            Opening {awaited}…
          </span>
        </p>
      )}
      {dataset && awaited === null && (
        <p className="graph-summary" aria-live="polite">
          {dataset.sources.size > 0 ? (
            <span>{count(dataset.sources.size, 'article')}</span>
          ) : (
            <span className="graph-title" title={dataset.title}>
              {dataset.title ?? 'Untitled graph'}
            </span>
          )}
          <VisibleCounts dataset={dataset} />
        </p>
      )}
      {dataset && awaited === null && <ResetFiltersButton />}
      <span className="header-end">
        <CommandButton command={COMMANDS.open} className="header-button">
          Open…
        </CommandButton>
        <AddArticleButton />
        <CommandButton command={COMMANDS.toggleList} className="header-button" pressed={listView}>
          List
        </CommandButton>
        <CommandButton command={COMMANDS.help} className="header-button">
          ?
        </CommandButton>
      </span>
    </header>
  );
}
