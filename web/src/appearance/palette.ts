/**
 * Colours of the explorer: one per entity type (Tableau 10, distinct for the
 * common colour-vision deficiencies when paired with the legend's labels), and
 * the greys used for edges and faded items.
 */
import type { EntityType } from '../../../schema/model.ts';

export const ENTITY_COLORS = {
  Person: '#e15759',
  Organization: '#4e79a7',
  Place: '#59a14f',
  Corridor: '#f28e2b',
  Platform: '#76b7b2',
  Initiative: '#b07aa1',
  Event: '#edc948',
  Document: '#9c755f',
} as const satisfies Record<EntityType, string>;

/** Entity types in legend order. */
export const ENTITY_TYPE_ORDER = Object.keys(ENTITY_COLORS) as EntityType[];

export const EDGE_COLOR = '#c4c9d0';
export const EDGE_HIGHLIGHT_COLOR = '#4a5360';
export const FADED_NODE_COLOR = '#e6e8eb';
export const LABEL_COLOR = '#1f2328';
