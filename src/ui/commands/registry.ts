import { selectTheme, useAppStore } from '../../state/store';
import { decideInReview, moveInReview, undoInReview } from '../ingest/reviewKeys';
import { chooseTheme } from '../toolbar/themeSync';
import { commandTargets } from './commandTargets';
import { key, type Shortcut } from './keyboard';

export const COMMAND_GROUPS = ['Find', 'Graph', 'View', 'Review', 'Help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * One definition per command: it drives the shortcut, the button (CommandButton) and the entry in
 * the keyboard-shortcuts help, so they cannot disagree.
 */
export interface Command {
  id: string;
  label: string;
  group: CommandGroup;
  shortcut: Shortcut;
  /** Whether the shortcut also works while typing in a text field. */
  inTextFields?: boolean;
  run(): void;
}

/** One click's zoom step: noticeable, yet a few steps go from the overview to reading labels. */
export const ZOOM_STEP = 1.4;

const store = () => useAppStore.getState();

export const COMMANDS = {
  open: {
    id: 'open',
    label: 'Open a graph…',
    group: 'Graph',
    shortcut: key('o'),
    run: () => store().setOpenDialog(true),
  },
  addArticle: {
    id: 'addArticle',
    label: 'Add article…',
    group: 'Graph',
    shortcut: key('a'),
    // With an article under review, the command brings its review back rather than starting another.
    run: () => (store().review ? store().setReviewOpen(true) : store().setAddArticleOpen(true)),
  },
  search: {
    id: 'search',
    label: 'Search entities and articles',
    group: 'Find',
    shortcut: key('/'),
    run: () => {
      commandTargets.search?.focus();
      commandTargets.search?.select();
    },
  },
  deselect: {
    id: 'deselect',
    label: 'Close the paths, clear the selection, or close the list',
    group: 'Graph',
    shortcut: key('Esc', 'Escape'),
    // One step back at a time: the Paths view first (back to its start node), then the selection
    // (and the multi-selection with it), then the list view (back to the graph).
    run: () => {
      const s = store();
      if (s.path) s.closePaths();
      else if (!s.selection && s.listView) s.toggleListView();
      else s.clickSelect(null);
    },
  },
  export: {
    id: 'export',
    label: 'Export…',
    group: 'Graph',
    shortcut: key('e'),
    run: () => store().openExport(),
  },
  fit: {
    id: 'fit',
    label: 'Fit the graph in view',
    group: 'View',
    shortcut: key('f'),
    run: () => commandTargets.view?.fit(),
  },
  zoomIn: {
    id: 'zoomIn',
    label: 'Zoom in',
    group: 'View',
    shortcut: key('+', '+', '='),
    run: () => commandTargets.view?.zoomBy(ZOOM_STEP),
  },
  zoomOut: {
    id: 'zoomOut',
    label: 'Zoom out',
    group: 'View',
    shortcut: key('-', '-', '_'),
    run: () => commandTargets.view?.zoomBy(1 / ZOOM_STEP),
  },
  toggleList: {
    id: 'toggleList',
    label: 'Show the graph as a list',
    group: 'View',
    shortcut: key('l'),
    run: () => store().toggleListView(),
  },
  toggleTheme: {
    id: 'toggleTheme',
    label: 'Dark theme',
    group: 'View',
    shortcut: key('t'),
    run: () => chooseTheme(selectTheme(store()) === 'dark' ? 'light' : 'dark'),
  },
  resetFilters: {
    id: 'resetFilters',
    label: 'Reset filters',
    group: 'Graph',
    shortcut: key('r'),
    run: () => store().resetFilters(),
  },
  reviewNext: {
    id: 'reviewNext',
    label: 'Next candidate of the article under review',
    group: 'Review',
    shortcut: key('j'),
    run: () => moveInReview(1),
  },
  reviewPrevious: {
    id: 'reviewPrevious',
    label: 'Previous candidate',
    group: 'Review',
    shortcut: key('k'),
    run: () => moveInReview(-1),
  },
  reviewAccept: {
    id: 'reviewAccept',
    label: 'Accept the candidate, then on to the next undecided',
    group: 'Review',
    shortcut: key('y'),
    run: () => decideInReview('accepted'),
  },
  reviewReject: {
    id: 'reviewReject',
    label: 'Reject the candidate, then on to the next undecided',
    group: 'Review',
    shortcut: key('n'),
    run: () => decideInReview('rejected'),
  },
  reviewUndo: {
    id: 'reviewUndo',
    label: 'Undo the decision on the candidate',
    group: 'Review',
    shortcut: key('u'),
    run: () => undoInReview(),
  },
  help: {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcut: key('?'),
    run: () => store().setHelpOpen(true),
  },
} as const satisfies Record<string, Command>;

export const COMMAND_LIST: readonly Command[] = Object.values(COMMANDS);
