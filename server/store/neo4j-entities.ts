/**
 * How the Neo4j store decides an entity's aliases, mentions and attributes, with
 * the embedded store's own rule (`mergeEntity`: aliases add up, mentions add up,
 * a person's affiliations add up and may flag a possible homonym). A new source
 * merges its sighting onto the entity as stored; after a replace or delete the
 * entity is folded again from the sightings its remaining sources left on their
 * MENTIONED_IN links (forms used, counts, attributes), oldest source first.
 * Pure functions; the queries that read and write are in neo4j-write.ts.
 */
import type { Attributes, Entity, EntityType } from '../../schema/model.ts';
import { mergeEntity, type SourceRecord } from './embedded/records.ts';
import { ENTITY_FIELDS, plainValue } from './neo4j-values.ts';

/** Properties a MENTIONED_IN link has of its own; every other one is an attribute the source gave. */
export const LINK_FIELDS = new Set(['count', 'source', 'aliases']);

export interface EntityWrite {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
  /** Attributes to set; `null` removes one the entity had and no longer has. */
  attributes: Record<string, string | number | boolean | null>;
}

/** One MENTIONED_IN link of an entity, with its source's ingest time. */
export interface SourceLink {
  source: string;
  ingestedAt: string;
  properties: Record<string, unknown>;
}

/** Attributes without the names a link or an entity uses for itself (they could not be stored beside them). */
export function storableAttributes(attributes: Attributes | undefined): Attributes {
  return Object.fromEntries(
    Object.entries(attributes ?? {}).filter(([key]) => !LINK_FIELDS.has(key) && !ENTITY_FIELDS.has(key)),
  );
}

function patch(before: Attributes | undefined, after: Attributes | undefined): EntityWrite['attributes'] {
  const out: EntityWrite['attributes'] = { ...storableAttributes(after) };
  for (const key of Object.keys(before ?? {})) if (!(key in out)) out[key] = null;
  return out;
}

function toWrite(entity: Entity, before: Attributes | undefined): EntityWrite {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    mentions: entity.mentions ?? 0,
    attributes: patch(before, entity.attributes),
  };
}

/** The entities of a new source, each merged onto what the store holds (`known`, by id). */
export function mergedEntities(record: SourceRecord, known: ReadonlyMap<string, Entity>): EntityWrite[] {
  return [...record.entities.values()].map((seen) => {
    const before = known.get(seen.id);
    const mentions = record.mentions.get(seen.id) ?? 0;
    return toWrite(mergeEntity(before, { ...seen, attributes: storableAttributes(seen.attributes) }, mentions), before?.attributes);
  });
}

/**
 * The entities of several new sources written in one transaction: each merged
 * onto what the store holds (`known`), the sources in order, exactly as
 * mergedEntities would give them written one after another; one write per entity.
 */
export function foldedEntities(records: readonly SourceRecord[], known: ReadonlyMap<string, Entity>): EntityWrite[] {
  const merged = new Map<string, Entity>();
  for (const record of records) {
    for (const seen of record.entities.values()) {
      const before = merged.get(seen.id) ?? known.get(seen.id);
      const sighting = { ...seen, attributes: storableAttributes(seen.attributes) };
      merged.set(seen.id, mergeEntity(before, sighting, record.mentions.get(seen.id) ?? 0));
    }
  }
  return [...merged.values()].map((entity) => toWrite(entity, known.get(entity.id)?.attributes));
}

function linkAttributes(properties: Record<string, unknown>): Attributes {
  const attributes: Attributes = {};
  for (const [key, raw] of Object.entries(properties)) {
    const value = plainValue(raw);
    if (!LINK_FIELDS.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      attributes[key] = value;
    }
  }
  return attributes;
}

/**
 * The entity folded again from the links that remain: per source (oldest first,
 * then by id) one sighting with the forms and attributes it gave and the sum of
 * its counts. Undefined when no link is left: nothing names the entity any more.
 */
export function settledEntity(current: Entity, links: readonly SourceLink[]): EntityWrite | undefined {
  const bySource = new Map<string, { ingestedAt: string; count: number; link: SourceLink }>();
  for (const link of links) {
    const count = Number(plainValue(link.properties.count) ?? 0);
    const seen = bySource.get(link.source);
    if (seen) seen.count += count;
    else bySource.set(link.source, { ingestedAt: link.ingestedAt, count, link });
  }
  const ordered = [...bySource.entries()].sort(
    ([a, x], [b, y]) => (x.ingestedAt < y.ingestedAt ? -1 : x.ingestedAt > y.ingestedAt ? 1 : a < b ? -1 : a > b ? 1 : 0),
  );
  let entity: Entity | undefined;
  for (const [, { count, link }] of ordered) {
    const aliases = Array.isArray(link.properties.aliases) ? link.properties.aliases.map(String) : [];
    const attributes = linkAttributes(link.properties);
    const sighting: Entity = {
      id: current.id,
      type: current.type,
      name: current.name,
      aliases,
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    };
    entity = mergeEntity(entity, sighting, count);
  }
  return entity ? toWrite(entity, current.attributes) : undefined;
}
