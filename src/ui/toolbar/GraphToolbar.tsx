import type { RefObject } from 'react';
import type { GraphView } from '../../view/graphView';
import { ViewSettingsControls } from './ViewSettingsControls';
import { ZoomControls } from './ZoomControls';
import { ThemeToggle } from './ThemeToggle';
import { ExportButton } from '../export/ExportButton';
import './toolbar.css';

/**
 * The controls over the graph, top right: how it is laid out and sized, the camera, the theme.
 * Settings go through the store; camera commands go straight to the view.
 */
export function GraphToolbar({ view }: { view: RefObject<GraphView | null> }) {
  return (
    <div className="graph-controls graph-toolbar" role="group" aria-label="Graph view">
      <ViewSettingsControls onRerun={(layout) => view.current?.runLayout(layout)} />
      <ZoomControls />
      <ThemeToggle />
      <ExportButton />
    </div>
  );
}
