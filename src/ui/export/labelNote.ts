import type { LabelCounts } from '../../view/export/exportLabels';

/**
 * What the dialog says of the picture's labels: how many names (and relation labels, when on) are
 * drawn, so a picture with labels left out never looks complete without saying so.
 */
export function labelNote(c: LabelCounts): string {
  const n = (k: number) => k.toLocaleString('en');
  const relations = c.edgeTotal > 0 ? `, ${n(c.edges)} of ${n(c.edgeTotal)} relation labels` : '';
  if (c.nodes === c.nodeTotal && c.edges === c.edgeTotal)
    return c.edgeTotal > 0 ? 'Every name and relation label is drawn.' : 'Every name is drawn.';
  return `${n(c.nodes)} of ${n(c.nodeTotal)} names${relations} drawn: the others would overlap or be too small to read.`;
}
