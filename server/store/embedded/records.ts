/**
 * What one ingested document contributes to the embedded store, and how the
 * contributions of several documents merge into one entity or one relation.
 * Pure functions: the store derives every node and edge from these records, so
 * replacing or deleting a source is "recompute from the records that remain".
 */
import { relationKey } from '../../../schema/ids.ts';
import { IngestDocumentSchema } from '../../../schema/model.ts';
import type { Entity, Evidence, ExtractedRelation, IngestDocument, StoredRelation } from '../../../schema/model.ts';
import { ValidationError } from '../../../schema/errors.ts';
import { mergeAffiliations } from '../../../schema/affiliations.ts';

export interface SourceRecord {
  /** The document as stored (and written to the snapshot), evidence normalised. */
  doc: IngestDocument;
  entities: Map<string, Entity>;
  /** This document's view of each relation: its evidence deduplicated. */
  relations: Map<string, StoredRelation>;
  /** Entity id → how often this document names it. */
  mentions: Map<string, number>;
}

/** Validates a document and indexes its contributions; throws ValidationError naming what is wrong. */
export function buildSourceRecord(input: IngestDocument): SourceRecord {
  const parsed = IngestDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : 'document';
    throw new ValidationError(`The document is not a valid IngestDocument at ${where}: ${issue?.message ?? 'invalid'}`, where);
  }
  const doc = parsed.data;
  const entities = new Map<string, Entity>();
  for (const entity of doc.entities) {
    const seen = entities.get(entity.id);
    entities.set(entity.id, seen ? mergeEntity(seen, entity, 0) : { ...entity, mentions: 0 });
  }
  const relations = new Map<string, StoredRelation>();
  for (const relation of doc.relations) {
    checkRelation(doc, entities, relation);
    const stored = toStoredRelation(relation, doc.source.id);
    const seen = relations.get(stored.key);
    relations.set(stored.key, seen ? mergeRelation(seen, stored) : stored);
  }
  const mentions = countMentions(doc, entities);
  const normalised: IngestDocument = { ...doc, relations: [...relations.values()].flatMap(toExtracted) };
  return { doc: normalised, entities, relations, mentions };
}

function checkRelation(doc: IngestDocument, entities: Map<string, Entity>, relation: ExtractedRelation): void {
  for (const end of [relation.from, relation.to]) {
    if (!entities.has(end)) {
      throw new ValidationError(
        `${doc.source.name}: relation ${relation.type} names entity ${end}, which the document does not list in entities`,
        'relations',
      );
    }
  }
  const { start, end } = relation.evidence;
  if (start > end || end > doc.text.length) {
    throw new ValidationError(
      `${doc.source.name}: evidence offsets ${start}–${end} of ${relation.type} ${relation.from} → ${relation.to} fall outside the text (${doc.text.length} characters)`,
      'relations',
    );
  }
}

function countMentions(doc: IngestDocument, entities: Map<string, Entity>): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const mention of doc.mentions) {
    if (!entities.has(mention.entity)) {
      throw new ValidationError(
        `${doc.source.name}: a mention names entity ${mention.entity}, which the document does not list in entities`,
        'mentions',
      );
    }
    mentions.set(mention.entity, (mentions.get(mention.entity) ?? 0) + mention.count);
  }
  for (const entity of doc.entities) {
    if (!mentions.has(entity.id) && entity.mentions) mentions.set(entity.id, entity.mentions);
  }
  return mentions;
}

/** Evidence from a document always belongs to that document's source and names the rule that found it. */
function toStoredRelation(relation: ExtractedRelation, source: string): StoredRelation {
  const { evidence, ...fields } = relation;
  const normalised: Evidence = {
    ...evidence,
    source,
    rule: evidence.rule ?? relation.rule,
    confidence: evidence.confidence ?? relation.confidence,
  };
  return { ...fields, key: relationKey(relation.type, relation.from, relation.to, relation.title), evidence: [normalised] };
}

function toExtracted(relation: StoredRelation): ExtractedRelation[] {
  const { key: _key, evidence, ...fields } = relation;
  return evidence.map((e) => ({ ...fields, evidence: e }));
}

/** Merges one more sighting of an entity into what is known; `mentions` adds up. */
export function mergeEntity(known: Entity | undefined, seen: Entity, mentions: number): Entity {
  if (!known) {
    const aliases = unique(seen.aliases.filter((a) => a !== seen.name));
    return { ...seen, aliases, mentions };
  }
  const aliases = unique([...known.aliases, ...seen.aliases].filter((a) => a !== known.name));
  const attributes = mergeAttributes(known, seen);
  return {
    ...known,
    aliases,
    mentions: (known.mentions ?? 0) + mentions,
    ...(attributes ? { attributes } : {}),
  };
}

/**
 * Attributes of one more sighting: the later value wins, except that a
 * person's affiliations add up and sightings in unrelated bodies flag a
 * possible homonym (schema/affiliations.ts).
 */
function mergeAttributes(known: Entity, seen: Entity): Entity['attributes'] {
  if (!known.attributes && !seen.attributes) return undefined;
  return known.type === 'Person' ? mergeAffiliations(known.attributes, seen.attributes) : { ...known.attributes, ...seen.attributes };
}

/** Merges one more sighting of a relation: evidence accumulates (deduplicated), confidence is the highest seen. */
export function mergeRelation(known: StoredRelation | undefined, seen: StoredRelation): StoredRelation {
  if (!known) return { ...seen, evidence: dedupeEvidence(seen.evidence) };
  return {
    ...known,
    ...(known.role === undefined && seen.role !== undefined ? { role: seen.role } : {}),
    ...(known.about === undefined && seen.about !== undefined ? { about: seen.about } : {}),
    confidence: Math.max(known.confidence, seen.confidence),
    evidence: appendEvidence(known.evidence, seen.evidence),
  };
}

/**
 * `known` then the new entries of `added`. Evidence of different sources never
 * collides (the key starts with the source), so a relation that many sources
 * support is deduplicated only when a source adds to itself: merging stays
 * linear in the sources instead of re-keying every entry each time.
 */
function appendEvidence(known: Evidence[], added: Evidence[]): Evidence[] {
  const fresh = dedupeEvidence(added);
  const sources = new Set(fresh.map((e) => e.source));
  const overlap = known.some((e) => sources.has(e.source));
  return overlap ? dedupeEvidence([...known, ...fresh]) : [...known, ...fresh];
}

/** The same sentence (source + offsets) found by the same rule is one evidence entry. */
export function evidenceKey(e: Evidence): string {
  return [e.source, e.start, e.end, e.rule ?? ''].join('\u0000');
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = evidenceKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const lines = new WeakMap<SourceRecord, string>();

/** The record's document as one JSON line for the snapshot, serialised once and remembered. */
export function documentLine(record: SourceRecord): string {
  let line = lines.get(record);
  if (line === undefined) {
    line = JSON.stringify(record.doc);
    lines.set(record, line);
  }
  return line;
}

/** How many evidence entries a record holds. */
export function evidenceCount(record: SourceRecord): number {
  let n = 0;
  for (const relation of record.relations.values()) n += relation.evidence.length;
  return n;
}
