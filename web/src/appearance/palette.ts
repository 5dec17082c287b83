/**
 * Colours of the explorer. Entity types and communities use colours with at
 * least 3:1 contrast on the white background (WCAG 1.4.11 for graphics; most
 * reach 4.5:1), always paired with a text label in the legend; appearance.test.ts
 * checks them. Greys are for edges and faded items.
 */
import type { EntityType, RelationType } from '../../../schema/model.ts';

export const BACKGROUND_COLOR = '#ffffff';

export const ENTITY_COLORS = {
  Person: '#d1343b',
  Organization: '#2f6db3',
  Place: '#2e8540',
  Corridor: '#c35a00',
  Platform: '#0f7f86',
  Initiative: '#8e4fa8',
  Event: '#9a7400',
  Document: '#7a5a44',
} as const satisfies Record<EntityType, string>;

/** Entity types in legend order. */
export const ENTITY_TYPE_ORDER = Object.keys(ENTITY_COLORS) as EntityType[];

const RELATION_RANK = {
  HOLDS_POSITION: 0,
  LEADS: 1,
  ATTENDED: 2,
  IMPLEMENTS: 3,
  HOSTS: 4,
  LOCATED_IN: 5,
  PART_OF: 6,
  COOPERATES_WITH: 7,
} as const satisfies Record<RelationType, number>;

/** Relation types in display order. */
export const RELATION_TYPE_ORDER = (Object.keys(RELATION_RANK) as RelationType[]).sort((a, b) => RELATION_RANK[a] - RELATION_RANK[b]);

/** Colours of the largest communities, in order; smaller ones share OTHER_COMMUNITY_COLOR. */
export const COMMUNITY_COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#c35a00',
  '#0f7f86',
  '#b8408f',
  '#8c564b',
  '#5b6b00',
  '#3949ab',
  '#a0522d',
  '#00796b',
] as const;
export const OTHER_COMMUNITY_COLOR = '#6e7781';

export const EDGE_COLOR = '#c4c9d0';
export const EDGE_HIGHLIGHT_COLOR = '#4a5360';
export const PATH_EDGE_COLOR = '#0b5cad';
export const FADED_NODE_COLOR = '#e6e8eb';
export const LABEL_COLOR = '#1f2328';

/**
 * Colours of the Cypher console's graph: node labels that are not entity types
 * (Source, Article, anything else), and relationship types. Every one reaches
 * 3:1 on white, since the console's legend pairs each with its name.
 */
export const OTHER_LABEL_COLORS = {
  Source: '#424a53',
  Article: '#6e7781',
  other: '#953800',
} as const;

export const RELATIONSHIP_COLORS: Readonly<Record<string, string>> = {
  HOLDS_POSITION: '#1f77b4',
  LEADS: '#9467bd',
  ATTENDED: '#9a7400',
  IMPLEMENTS: '#2e8540',
  HOSTS: '#c35a00',
  LOCATED_IN: '#0f7f86',
  PART_OF: '#b8408f',
  COOPERATES_WITH: '#5b6b00',
  MENTIONED_IN: '#6e7781',
  HAS_ARTICLE: '#424a53',
};
export const OTHER_RELATIONSHIP_COLOR = '#953800';
