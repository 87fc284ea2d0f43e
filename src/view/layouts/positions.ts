import { filePositions, hasFilePositions } from '../../model/filePositions';
import { forceDescriptor } from './force';
import { presetOptions } from './preset';
import type { LayoutDescriptor } from './types';

/**
 * Where the opened file put the nodes (GEXF viz:position, x/y attributes), or the ForceAtlas2
 * layout computed off the main thread when the file had none. A graph without positions (the
 * bundled corpus) falls back to the force layout, so the entry never stacks nodes.
 */
export const positionsDescriptor: LayoutDescriptor = {
  id: 'positions',
  label: 'As opened',
  description:
    'Where the opened file placed the nodes, or, when it placed none, the ForceAtlas2 layout computed as it opened.',
  plan: (cy, context) =>
    hasFilePositions(context.graph)
      ? { options: presetOptions(filePositions(context.graph)) }
      : forceDescriptor.plan(cy, context),
};
