/**
 * Stable identifiers. An entity's id comes from its type and canonical name, a
 * relation's key from its type, endpoints and title, so upserts from any number
 * of documents meet on the same node and the same relationship.
 */
import type { EntityType, RelationType } from './model.ts';

const ID_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Corridor: 'corridor',
  Platform: 'platform',
  Initiative: 'initiative',
  Event: 'event',
  Document: 'document',
};

/** `person:唐大军`, `org:江津区委` … */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${ID_PREFIX[type]}:${canonicalName}`;
}

/** The entity type an id was made for, or undefined for an id of another shape. */
export function entityTypeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const found = (Object.entries(ID_PREFIX) as [EntityType, string][]).find(([, p]) => p === prefix);
  return found?.[0];
}

/** `HOLDS_POSITION|person:唐大军|org:江津区委|书记` */
export function relationKey(type: RelationType, from: string, to: string, title?: string): string {
  return [type, from, to, title ?? ''].join('|');
}

/** `source:000_x.txt`: one per file name, so a changed file replaces its own evidence. */
export function sourceId(fileName: string): string {
  return `source:${fileName}`;
}

/** `article:000_x.txt#2` */
export function articleId(fileName: string, index: number): string {
  return `article:${fileName}#${index}`;
}
