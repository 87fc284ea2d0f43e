import type { Core, LayoutOptions } from 'cytoscape';
import type { KnowledgeGraph } from '../../model/dataset';
import type { Selection } from '../../model/selection';
import type { LayoutId } from '../../model/viewSettings';

/** What a layout may take into account. */
export interface LayoutContext {
  graph: KnowledgeGraph;
  /** Node importance in [0, 1] for the current size metric (model/metrics.ts). */
  importance: ReadonlyMap<string, number>;
  selection: Selection | null;
  /** Width / height of the viewport, so a layout can match its shape. */
  aspect: number;
}

/**
 * A text drawn over the canvas at a model position (it follows pan and zoom but keeps its screen
 * size): timeline years, band and level names. `line` draws a faint vertical rule through x.
 */
export interface LayoutGuide {
  text: string;
  x: number;
  y: number;
  /** Which side of the text sits at x: its start (text runs right), its centre, or its end. */
  align: 'start' | 'center' | 'end';
  emphasis?: boolean;
  line?: { y1: number; y2: number };
}

/** One run of a layout: Cytoscape options that place every node, plus guides to draw. */
export interface LayoutPlan {
  options: LayoutOptions;
  guides?: LayoutGuide[];
}

/**
 * A layout, as a descriptor (like Gephi Lite's): adding a layout is adding one of these to the
 * registry. `plan` must be deterministic and place nodes synchronously; the runner adds the
 * animation and the fit.
 */
export interface LayoutDescriptor {
  id: LayoutId;
  label: string;
  description: string;
  plan(cy: Core, context: LayoutContext): LayoutPlan;
}
