/**
 * Wire types of the HTTP API, shared by server (validation, OpenAPI) and web.
 * The fixed points of DESIGN.md (health, search, entity, cypher, problem+json)
 * keep their exact shapes here.
 */
import { z } from 'zod';
import {
  ArticleSchema,
  EntitySchema,
  EntityTypeSchema,
  EvidenceSchema,
  RelationTypeSchema,
  SourceSchema,
  StoredRelationSchema,
} from './model.ts';

export const StoreKindSchema = z.enum(['embedded', 'neo4j']);
export type StoreKind = z.infer<typeof StoreKindSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: StoreKindSchema,
  detail: z.string().optional(),
});
export type Health = z.infer<typeof HealthSchema>;

export const EntitySummarySchema = EntitySchema.pick({ id: true, type: true, name: true });
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

export const SearchHitSchema = EntitySchema.pick({ id: true, type: true, name: true, aliases: true });
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  results: z.array(SearchHitSchema),
  nextCursor: z.string().optional(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const DirectionSchema = z.enum(['out', 'in']);
export type Direction = z.infer<typeof DirectionSchema>;

/** A relation seen from one of its endpoints. */
export const RelationViewSchema = z.object({
  key: z.string(),
  type: RelationTypeSchema,
  direction: DirectionSchema,
  other: EntitySummarySchema,
  title: z.string().optional(),
  role: z.string().optional(),
  about: z.string().optional(),
  confidence: z.number(),
  rule: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type RelationView = z.infer<typeof RelationViewSchema>;

export const EntityDetailSchema = z.object({
  entity: EntitySchema,
  relations: z.array(RelationViewSchema),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

/** A relation of an entity page: its evidence may be cut to the page's evidenceLimit. */
export const RelationPageViewSchema = RelationViewSchema.extend({
  evidenceTotal: z.number().int().nonnegative().describe('Evidence entries the relation has (after date filters); `evidence` holds the first evidenceLimit of them.'),
});
export type RelationPageView = z.infer<typeof RelationPageViewSchema>;

/** GET /api/entities/{id}: the entity and one page of its relations, so a hub's answer stays small. */
export const EntityPageSchema = z.object({
  entity: EntitySchema,
  relations: z.array(RelationPageViewSchema),
  relationsTotal: z.number().int().nonnegative().describe('Relations the filters keep; `relations` holds those from offset on, at most limit.'),
  nextOffset: z.number().int().positive().optional().describe('The offset of the next page; absent on the last page.'),
});
export type EntityPage = z.infer<typeof EntityPageSchema>;

/** Nodes and relations to draw; `truncated` when a limit cut it short. */
export const SubgraphSchema = z.object({
  nodes: z.array(EntitySchema),
  edges: z.array(StoredRelationSchema),
  truncated: z.boolean(),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

export const PathSchema = z.object({
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
});
export const PathsResponseSchema = z.object({
  paths: z.array(PathSchema),
  graph: SubgraphSchema,
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

export const StatsSchema = z.object({
  entities: z.object({ total: z.number(), byType: z.record(z.string(), z.number()) }),
  relations: z.object({ total: z.number(), byType: z.record(z.string(), z.number()) }),
  evidence: z.number(),
  sources: z.number(),
  articles: z.number(),
});
export type Stats = z.infer<typeof StatsSchema>;

export const SourceListSchema = z.object({ sources: z.array(SourceSchema) });
export type SourceList = z.infer<typeof SourceListSchema>;

export const SourceDetailSchema = z.object({
  source: SourceSchema,
  articles: z.array(ArticleSchema),
  text: z.string(),
});
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

export const UpsertResultSchema = z.object({
  source: z.string(),
  status: z.enum(['created', 'replaced', 'unchanged']),
  entities: z.number(),
  relations: z.number(),
  evidence: z.number(),
});
export type UpsertResult = z.infer<typeof UpsertResultSchema>;

/** A relation with both of its ends named: what GET /api/relations lists. */
export const RelationEntrySchema = z.object({
  relation: StoredRelationSchema,
  from: EntitySummarySchema,
  to: EntitySummarySchema,
});
export type RelationEntry = z.infer<typeof RelationEntrySchema>;

export const RelationPageSchema = z.object({
  relations: z.array(RelationEntrySchema),
  nextCursor: z.string().optional(),
});
export type RelationPage = z.infer<typeof RelationPageSchema>;

/** How often an article names an entity. */
export const ArticleMentionSchema = z.object({
  entity: EntitySummarySchema,
  count: z.number().int().positive(),
});
export type ArticleMention = z.infer<typeof ArticleMentionSchema>;

/** GET /api/sources/{id}: the source detail and the entities its articles name, with how often. */
export const SourceReadingSchema = SourceDetailSchema.extend({ mentions: z.array(ArticleMentionSchema) });
export type SourceReading = z.infer<typeof SourceReadingSchema>;

/** One article with its text (a slice of the source's normalised text) and the entities it names. */
export const ArticleDetailSchema = z.object({
  article: ArticleSchema,
  source: SourceSchema,
  /** source text from article.start to article.end; evidence offsets still count from the source's start. */
  text: z.string(),
  mentions: z.array(ArticleMentionSchema),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

/** What happened to one uploaded file: stored (created/replaced/unchanged) or skipped with the reason. */
export const IngestFileResultSchema = z.object({
  file: z.string(),
  status: z.enum(['created', 'replaced', 'unchanged', 'skipped']),
  source: z.string().optional(),
  entities: z.number().optional(),
  relations: z.number().optional(),
  evidence: z.number().optional(),
  reason: z.string().optional(),
});
export type IngestFileResult = z.infer<typeof IngestFileResultSchema>;

export const IngestResponseSchema = z.object({
  results: z.array(IngestFileResultSchema),
  summary: z.object({ created: z.number(), replaced: z.number(), unchanged: z.number(), skipped: z.number() }),
});
export type IngestResponse = z.infer<typeof IngestResponseSchema>;

export const DeleteSourceResponseSchema = z.object({ deleted: z.string() });
export type DeleteSourceResponse = z.infer<typeof DeleteSourceResponseSchema>;

export const CypherRequestSchema = z.object({
  query: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

export const CypherGraphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export const CypherGraphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: z.object({ nodes: z.array(CypherGraphNodeSchema), edges: z.array(CypherGraphEdgeSchema) }),
  truncated: z.boolean(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

/** RFC 9457 problem details: every 4xx/5xx answer has this body. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  parameter: z.string().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export { EntityTypeSchema, RelationTypeSchema };
