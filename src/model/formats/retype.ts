import type { Dataset } from '../dataset';
import { categoryColumns, relationFrom, typeFrom } from './columns';
import type { ColumnChoice } from './importTypes';

/** The node and edge attribute columns that can serve as type and relation in an open graph. */
export function columnOptions(dataset: Dataset): { node: string[]; edge: string[] } {
  const { graph } = dataset;
  return {
    node: categoryColumns(graph.mapNodes((_id, a) => a.attributes)),
    edge: categoryColumns(graph.mapEdges((_id, a) => a.attributes)),
  };
}

/**
 * The dataset with node types and edge relations taken from other columns. A new graph object, so
 * everything derived per graph (type order and colours, facets, metrics) is derived again.
 */
export function withColumns(dataset: Dataset, choice: ColumnChoice): Dataset {
  const graph = dataset.graph.copy();
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, type: typeFrom(a.attributes, choice.typeColumn) }));
  graph.updateEachEdgeAttributes((_id, a) => ({
    ...a,
    relation: relationFrom(a.attributes, choice.relationColumn),
  }));
  return { ...dataset, graph };
}
