/**
 * Attributes of the graph sigma draws. `entityType`/`relationType` carry the
 * model's types; sigma reserves `type` for its rendering program.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, RelationType } from '../../../schema/model.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: EntityType;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  relationType: RelationType;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
