import { nodeTypesOf } from '../model/nodeTypes';
import { selectDataset, useAppStore } from '../state/store';
import { typeStyle, type NodeTypeStyle } from '../view/palette';
import { typeFileColours, type TypeFileColour } from '../view/typeFileColours';

/** The node types of the open graph, in styling order (see `nodeTypesOf`). */
export function useNodeTypes(): readonly string[] {
  const dataset = useAppStore(selectDataset);
  return dataset ? nodeTypesOf(dataset.graph) : [];
}

/**
 * The colour and shape a type has on the canvas, for swatches and marks outside it: the colour the
 * file gave the type's nodes when it gave every one of them one (typeFileColours.ts).
 */
export function useTypeStyle(type: string): NodeTypeStyle & { fileColour?: TypeFileColour } {
  const dataset = useAppStore(selectDataset);
  const style = typeStyle(useNodeTypes(), type);
  const fileColour = dataset ? typeFileColours(dataset.graph).get(type) : undefined;
  return fileColour ? { ...style, color: fileColour.color, fileColour } : style;
}
