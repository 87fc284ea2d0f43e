import { concentricPositions } from '../../model/concentricPositions';
import { presetOptions } from './preset';
import type { LayoutDescriptor } from './types';

export const concentricDescriptor: LayoutDescriptor = {
  id: 'concentric',
  label: 'Concentric by importance',
  description: 'The most important nodes (by the "Size by" measure) in the centre, the least on the rim.',
  plan: (_cy, { graph, importance, aspect }) => ({
    options: presetOptions(concentricPositions(graph, importance, aspect).positions),
  }),
};
