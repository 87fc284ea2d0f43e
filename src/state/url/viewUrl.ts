import type { Filters } from '../../model/filters';
import { FOCUS_DEPTHS, type Focus, type FocusDepth, type FocusMode } from '../../model/neighbourhood';
import { isSizeMetric, type SizeMetric } from '../../model/metrics';
import type { Selection } from '../../model/selection';
import { DEFAULT_LAYOUT, isLayoutId, type LayoutId } from '../../model/viewSettings';
import type { Reading } from '../sourceViewerSlice';
import type { PathEnds } from '../focusSlice';

/** The part of the state a link carries: what you look at and how. */
export interface ViewSnapshot {
  selection: Selection | null;
  reading: Reading | null;
  filters: Filters;
  layout: LayoutId;
  sizeBy: SizeMetric;
  focus: Focus | null;
  focusMode: FocusMode;
  path: PathEnds | null;
}

/**
 * URL parameters, one name each; lists repeat the parameter. Values equal to the default are left
 * out, so the plain explorer has a plain URL.
 */
const P = {
  node: 'node',
  edge: 'edge',
  read: 'read',
  at: 'at',
  hideType: 'hideType',
  hideRelation: 'hideRelation',
  hideArticle: 'hideArticle',
  from: 'from',
  to: 'to',
  undated: 'undated',
  layout: 'layout',
  size: 'size',
  hideNode: 'hideNode',
  focus: 'focus',
  depth: 'depth',
  expand: 'expand',
  fade: 'fade',
  paths: 'paths',
  pathFrom: 'pathFrom',
  pathTo: 'pathTo',
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const RANGE = /^(\d+)-(\d+)$/;

export function snapshotToParams(view: ViewSnapshot): URLSearchParams {
  const p = new URLSearchParams();
  if (view.selection) p.set(view.selection.kind === 'node' ? P.node : P.edge, view.selection.id);
  if (view.reading) {
    p.set(P.read, view.reading.source);
    if (view.reading.passage) p.set(P.at, `${view.reading.passage.start}-${view.reading.passage.end}`);
  }
  const f = view.filters;
  for (const n of [...f.hiddenNodes].sort()) p.append(P.hideNode, n);
  for (const t of [...f.hiddenTypes].sort()) p.append(P.hideType, t);
  for (const r of [...f.hiddenRelations].sort()) p.append(P.hideRelation, r);
  for (const s of [...f.hiddenSources].sort()) p.append(P.hideArticle, s);
  if (f.dateRange?.from) p.set(P.from, f.dateRange.from);
  if (f.dateRange?.to) p.set(P.to, f.dateRange.to);
  if (!f.includeUndated) p.set(P.undated, 'hide');
  if (view.layout !== DEFAULT_LAYOUT) p.set(P.layout, view.layout);
  if (view.sizeBy !== 'degree') p.set(P.size, view.sizeBy);
  if (view.focus) {
    p.set(P.focus, view.focus.root);
    p.set(P.depth, String(view.focus.depth));
    for (const e of view.focus.expanded) p.append(P.expand, e);
  }
  if (view.focusMode === 'fade') p.set(P.fade, '1');
  if (view.path) {
    p.set(P.paths, '1');
    if (view.path.from) p.set(P.pathFrom, view.path.from);
    if (view.path.to) p.set(P.pathTo, view.path.to);
  }
  return p;
}

/**
 * Reads a view back from URL parameters. Whatever is malformed is dropped (a bad link opens the
 * explorer, never breaks it); ids are kept as given and checked against the dataset when applied.
 */
export function paramsToSnapshot(p: URLSearchParams): ViewSnapshot {
  const node = p.get(P.node);
  const edge = p.get(P.edge);
  const selection: Selection | null = node
    ? { kind: 'node', id: node }
    : edge
      ? { kind: 'edge', id: edge }
      : null;

  const source = p.get(P.read);
  const at = RANGE.exec(p.get(P.at) ?? '');
  const passage = at ? { start: Number(at[1]), end: Number(at[2]) } : undefined;
  const reading: Reading | null = source
    ? passage && passage.end > passage.start
      ? { source, passage }
      : { source }
    : null;

  const from = p.get(P.from);
  const to = p.get(P.to);
  const validFrom = from && DAY.test(from) ? from : null;
  const validTo = to && DAY.test(to) ? to : null;
  const filters: Filters = {
    hiddenNodes: new Set(p.getAll(P.hideNode)),
    // Any type: imported graphs bring their own (an unknown one hides nothing).
    hiddenTypes: new Set(p.getAll(P.hideType).filter((t) => t !== '')),
    hiddenRelations: new Set(p.getAll(P.hideRelation)),
    hiddenSources: new Set(p.getAll(P.hideArticle)),
    dateRange: validFrom || validTo ? { from: validFrom, to: validTo } : null,
    includeUndated: p.get(P.undated) !== 'hide',
  };
  const layout = p.get(P.layout) ?? '';
  const size = p.get(P.size) ?? '';
  const root = p.get(P.focus);
  const depth = Number(p.get(P.depth) ?? 1);
  const focus: Focus | null = root
    ? {
        root,
        depth: (FOCUS_DEPTHS as readonly number[]).includes(depth) ? (depth as FocusDepth) : 1,
        expanded: p.getAll(P.expand),
      }
    : null;
  return {
    selection,
    reading,
    filters,
    layout: isLayoutId(layout) ? layout : DEFAULT_LAYOUT,
    sizeBy: isSizeMetric(size) ? size : 'degree',
    focus,
    focusMode: p.get(P.fade) === '1' ? 'fade' : 'hide',
    path: p.get(P.paths) === '1' ? { from: p.get(P.pathFrom), to: p.get(P.pathTo) } : null,
  };
}

/** Whether going from one view to the other is a new place to look at (a history entry) or a tweak. */
export function isNewPlace(before: ViewSnapshot, after: ViewSnapshot): boolean {
  const sel = (s: Selection | null) => (s ? `${s.kind}:${s.id}` : '');
  const read = (r: Reading | null) => (r ? `${r.source}:${r.passage?.start ?? ''}` : '');
  const focus = (f: Focus | null) => (f ? `${f.root}:${f.depth}` : '');
  const path = (p: PathEnds | null) => (p ? `${p.from ?? ''}>${p.to ?? ''}` : '');
  return (
    sel(before.selection) !== sel(after.selection) ||
    read(before.reading) !== read(after.reading) ||
    focus(before.focus) !== focus(after.focus) ||
    path(before.path) !== path(after.path)
  );
}
