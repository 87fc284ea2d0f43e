import { nodeTypesOf } from '../model/nodeTypes';
import { selectDataset, useAppStore } from '../state/store';
import { typeStyle, type NodeTypeStyle } from '../view/palette';

/** The node types of the open graph, in styling order (see `nodeTypesOf`). */
export function useNodeTypes(): readonly string[] {
  const dataset = useAppStore(selectDataset);
  return dataset ? nodeTypesOf(dataset.graph) : [];
}

/** The colour and shape a type has on the canvas, for swatches and marks outside it. */
export function useTypeStyle(type: string): NodeTypeStyle {
  return typeStyle(useNodeTypes(), type);
}
