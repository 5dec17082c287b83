/**
 * The graph model shared by ingest, server and web: entity and relation types,
 * the extraction contract that `policygraph extract` prints, and the document
 * shape that ingest hands to a GraphStore. Zod schemas are the source of truth;
 * TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Place',
  'Corridor',
  'Platform',
  'Initiative',
  'Event',
  'Document',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Relations between entities. MENTIONED_IN links entities to sources and is kept apart. */
export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'LEADS',
  'ATTENDED',
  'IMPLEMENTS',
  'HOSTS',
  'LOCATED_IN',
  'PART_OF',
  'COOPERATES_WITH',
] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** Extra facts about an entity (division code, level, homonym flag…); flat so Neo4j can store them. */
export const AttributesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type Attributes = z.infer<typeof AttributesSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative().optional(),
  attributes: AttributesSchema.optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** The sentence that proves a fact, with character offsets into the source's normalised text. */
export const EvidenceSchema = z.object({
  text: z.string(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  article: z.string().optional(),
  /** ISO date (YYYY-MM-DD) of the article the sentence comes from, where the text gives one. */
  date: z.string().optional(),
  rule: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const relationFields = {
  type: RelationTypeSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  /** HOLDS_POSITION: the office (书记, 主任, 代表…). Part of the relation's identity. */
  title: z.string().optional(),
  /** ATTENDED: how the person took part (嘉宾, 致辞, 解读人…). */
  role: z.string().optional(),
  /** COOPERATES_WITH: what the cooperation is about. */
  about: z.string().optional(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
};

/** One relation as one extractor saw it in one sentence. */
export const ExtractedRelationSchema = z.object({ ...relationFields, evidence: EvidenceSchema });
export type ExtractedRelation = z.infer<typeof ExtractedRelationSchema>;

/** A relation as stored: the same fact seen twice is one relation with two evidence entries. */
export const StoredRelationSchema = z.object({
  ...relationFields,
  key: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type StoredRelation = z.infer<typeof StoredRelationSchema>;

/** What `policygraph extract FILE --format json` prints (the contract the scorer reads). */
export const ExtractionSchema = z.object({
  source: z.string(),
  entities: z.array(EntitySchema),
  relations: z.array(ExtractedRelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const SourceSchema = z.object({
  id: z.string(),
  path: z.string(),
  name: z.string(),
  sha256: z.string(),
  title: z.string(),
  encoding: z.string(),
  chars: z.number().int().nonnegative(),
  ingestedAt: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  source: z.string(),
  index: z.number().int().nonnegative(),
  title: z.string(),
  byline: z.string().optional(),
  date: z.string().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** How often an entity is named in one article (or in the source when it has one article). */
export const MentionSchema = z.object({
  entity: z.string(),
  article: z.string(),
  count: z.number().int().positive(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One ingested file, ready for GraphStore.upsertDocument(). */
export const IngestDocumentSchema = z.object({
  source: SourceSchema,
  /** Normalised text; evidence offsets and article ranges point into it. */
  text: z.string(),
  articles: z.array(ArticleSchema),
  entities: z.array(EntitySchema),
  relations: z.array(ExtractedRelationSchema),
  mentions: z.array(MentionSchema),
});
export type IngestDocument = z.infer<typeof IngestDocumentSchema>;
