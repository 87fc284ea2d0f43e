import type { Modality } from '../model/vocabulary';
import { drawableColor } from './nodeLook';

/**
 * How a relation's line is stroked at scale (no arrows or labels there): negated relations in the
 * palette's negated colour and dotted, planned or possible ones dashed, a file's colour where the
 * canvas can draw it (else null: the palette's edge colour). Shared by the edge layer and the
 * first picture (edgeLayer.ts, previewScene.ts), so both draw a relation alike.
 */
export function edgeStroke(edge: { modality?: Modality | undefined; color?: string | undefined }): {
  color: 'negated' | string | null;
  dash: number[];
} {
  if (edge.modality === 'negated') return { color: 'negated', dash: [1, 3] };
  return {
    color: drawableColor(edge.color) ?? null,
    dash: edge.modality === 'planned' || edge.modality === 'possible' ? [5, 4] : [],
  };
}
