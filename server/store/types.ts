/**
 * GraphStore: the one interface between the pipeline/API and a store. Two
 * implementations (embedded graphology, Neo4j) pass the same contract suite
 * (tests/store.contract.test.ts). Everything above it is store-agnostic.
 */
import type {
  ArticleDetail,
  Direction,
  EntityDetail,
  EntityPage,
  PathsResponse,
  RelationPage,
  SearchResponse,
  SourceDetail,
  Stats,
  StoreKind,
  Subgraph,
  UpsertResult,
  CypherResponse,
} from '../../schema/api.ts';
import type { EntityType, IngestDocument, RelationType, Source } from '../../schema/model.ts';
import type { EntityPageQuery } from './entity-page.ts';

export interface SearchOptions {
  q: string;
  types?: EntityType[];
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface NeighborOptions {
  /** 1–3 hops. */
  depth: number;
  /** Most nodes to return besides the start; `truncated` tells when more exist. */
  limit: number;
  relationTypes?: RelationType[];
  direction?: Direction | 'both';
}

export interface PathOptions {
  /** Longest path, in relations. */
  maxLength: number;
  /** Most shortest paths to return. */
  limit: number;
}

export interface RelationQuery {
  type: RelationType;
  /** Only relations that start at this entity id. */
  from?: string;
  /** Only relations that end at this entity id. */
  to?: string;
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface SubgraphScope {
  /** Entity ids to start from; every one must exist. */
  seeds: string[];
  /** 0–3: how many relations (walked either way) away from a seed an entity may be. */
  depth: number;
}

export interface CypherOptions {
  timeoutMs: number;
  maxRows: number;
  /** Most user queries running at once in this process (default 4); more answer 503 at once, so lookups always find a connection. */
  maxConcurrent?: number;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Connects and applies the schema; idempotent. */
  open(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the store answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;

  /**
   * Writes one document atomically. A source seen before with the same sha256 is
   * left as it is ('unchanged'); with another sha256 its old evidence is replaced and
   * relations left without evidence are removed ('replaced').
   * A Person named by several sources gets their `affiliations` and `jurisdictions`
   * united and, when the sightings fall into groups that share no organisation and no
   * jurisdiction, `possible_homonym: true` and `homonym_groups` (schema/affiliations.ts);
   * replaces and deletes recompute both from the sources that remain.
   */
  upsertDocument(doc: IngestDocument): Promise<UpsertResult>;
  /**
   * Optional bulk write for ingest runs: `docs` in one unit of work, all of them or
   * none, giving the graph (and the results, in order) that upsertDocument called
   * for each in turn gives. Every document is validated before anything is written.
   */
  upsertDocuments?(docs: readonly IngestDocument[]): Promise<UpsertResult[]>;
  /** Removes a source, its articles, its evidence and what is left without evidence. */
  deleteSource(sourceId: string): Promise<void>;

  /**
   * Names and aliases compared after NFKC, lower case, without white space. Ranked:
   * exact name/alias hits, then prefix, then substring (江津 finds 江津区委); within a
   * tier the shorter name first, then by id.
   */
  search(options: SearchOptions): Promise<SearchResponse>;
  /** Every relation of the entity with all its evidence. Throws NotFoundError for an unknown id. */
  getEntity(id: string): Promise<EntityDetail>;
  /**
   * One page of the entity's relations, filtered, in getEntity's order, as
   * entity-page.ts defines it: what a hub's reader asks for. Throws NotFoundError
   * for an unknown id.
   */
  entityPage(id: string, query: EntityPageQuery): Promise<EntityPage>;
  /**
   * The start entity and up to `limit` others within `depth` hops (nearer first, then
   * higher degree, then id), with the relations walked between returned entities.
   * Throws NotFoundError for an unknown id.
   */
  neighbors(id: string, options: NeighborOptions): Promise<Subgraph>;
  /**
   * All shortest paths (relations walked either way), one per sequence of entities;
   * `edges` names one relation per hop. Empty when none is within maxLength;
   * `graph.truncated` when more than `limit` exist. Throws NotFoundError for an unknown id.
   */
  shortestPaths(from: string, to: string, options: PathOptions): Promise<PathsResponse>;
  /** The most connected entities and the relations among them: the first screen. */
  overview(limit: number): Promise<Subgraph>;
  stats(): Promise<Stats>;
  listSources(): Promise<Source[]>;
  getSource(id: string): Promise<SourceDetail>;
  /** The whole graph, every relation with its evidence. */
  exportGraph(): Promise<Subgraph>;
  /**
   * The seeds, every entity within `depth` relations of a seed (walked either way),
   * and every relation among those entities, with its evidence; `truncated` false.
   * Throws NotFoundError naming the first unknown seed.
   */
  exportSubgraph(scope: SubgraphScope): Promise<Subgraph>;
  /**
   * Relations of one type, optionally only those from and/or to an entity, each
   * with both ends, ordered by relation key; `nextCursor` when more follow.
   * Unknown `from`/`to` ids give an empty page, not an error.
   */
  relations(query: RelationQuery): Promise<RelationPage>;
  /** One article with its text and the entities it names (by count, then id). Throws NotFoundError. */
  getArticle(id: string): Promise<ArticleDetail>;
  /**
   * A token that changes whenever what the store holds changes (by this process
   * or another one writing to the same store); equal tokens mean equal contents.
   * HTTP ETags are made from it.
   */
  revision(): Promise<string>;
  /** Read-only Cypher; UnsupportedError where the store does not speak it. */
  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResponse>;
}
