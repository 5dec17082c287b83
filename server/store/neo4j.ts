/**
 * Neo4jStore: the GraphStore on Neo4j 5 (one server over bolt://, or a cluster or
 * Aura over neo4j://). The graph is stored as DESIGN.md's model, readable without
 * this code: `:Entity` nodes with a type label, relationships of the model's
 * types carrying their evidence as parallel lists, `:Source`/`:Article` nodes and
 * MENTIONED_IN links. The schema (schema/neo4j) is applied at open(). Each
 * document is written in one transaction; reads run in READ transactions; user
 * Cypher runs read-only behind a guard, a timeout and a row cap.
 */
import type {
  ArticleDetail,
  CypherResponse,
  EntityDetail,
  EntityPage,
  PathsResponse,
  RelationPage,
  SearchResponse,
  SourceDetail,
  Stats,
  Subgraph,
  UpsertResult,
} from '../../schema/api.ts';
import { NotFoundError, StoreUnavailableError, ValidationError } from '../../schema/errors.ts';
import type { IngestDocument, Source } from '../../schema/model.ts';
import { applySchema, type SchemaReport } from '../../schema/neo4j/migrate.ts';
import { buildSourceRecord, evidenceCount, type SourceRecord } from './embedded/records.ts';
import { createDriver, Neo4jRunner, toStoreError, type Neo4jConnectionOptions } from './neo4j-connection.ts';
import { runReadOnlyCypher } from './neo4j-cypher.ts';
import { readArticle, readRelationPage, readRevision, readSubgraphAround } from './neo4j-lookups.ts';
import { readEntityPage } from './neo4j-entity-page.ts';
import { readEntity, readSource, readSources, readStats, readWholeGraph } from './neo4j-reads.ts';
import type { EntityPageQuery } from './entity-page.ts';
import { searchEntities } from './neo4j-search.ts';
import { MAX_PATH_LENGTH } from './neo4j-read-queries.ts';
import { readNeighborhood, readOverview, readRanking, readShortestPaths } from './neo4j-traversal.ts';
import { backfillDegrees, deleteSourceWork, storedSha, upsertDocumentWork } from './neo4j-write.ts';
import { upsertDocumentsWork } from './neo4j-bulk.ts';
import type { CypherOptions, GraphStore, NeighborOptions, PathOptions, RelationQuery, SearchOptions, SubgraphScope } from './types.ts';

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Rows per UNWIND statement in writes (measured best by `npm run bench:neo4j`). */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 2000;

/** How many of the most connected entities overview() keeps (the API asks for at most 2,000). */
const RANKING_CACHE = 2001;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j';
  private runner: Neo4jRunner | undefined;
  /** The most connected entities at a revision of the store (see overview()). */
  private ranking: { revision: string; ids: string[] } | undefined;
  /** What open() did to the schema (for `policygraph schema apply`). */
  schema: SchemaReport | undefined;
  private readonly batchSize: number;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** Connects (one driver for the store's life), checks the login, and applies the schema. */
  async open(): Promise<void> {
    if (this.runner) return;
    const driver = createDriver(this.options);
    try {
      await driver.verifyAuthentication(this.options.database ? { database: this.options.database } : {});
      this.schema = await applySchema(driver, this.options.database);
      await backfillDegrees(driver, this.options.database);
    } catch (error) {
      await driver.close();
      throw toStoreError(error, this.options);
    }
    this.runner = new Neo4jRunner(driver, this.options);
  }

  async close(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    runner?.stop();
    await runner?.driver.close();
  }

  async ping(): Promise<void> {
    await this.use().read((tx) => tx.run('RETURN 1'));
  }


  async upsertDocument(doc: IngestDocument): Promise<UpsertResult> {
    const runner = this.use();
    const record = buildSourceRecord(doc);
    const status = await writeAgainOnRace(() => runner.write((tx) => upsertDocumentWork(tx, record, this.batchSize)));
    return upsertResult(record, status);
  }

  /**
   * Writes `docs` in one transaction (neo4j-bulk.ts): all of them or none. A
   * group too large for one transaction's memory is written as two halves, each
   * whole. Every document is validated before anything is written.
   */
  async upsertDocuments(docs: readonly IngestDocument[]): Promise<UpsertResult[]> {
    const runner = this.use();
    const records = docs.map((doc) => buildSourceRecord(doc));
    return this.writeRecords(runner, records);
  }

  private async writeRecords(runner: Neo4jRunner, records: SourceRecord[]): Promise<UpsertResult[]> {
    try {
      const statuses = await writeAgainOnRace(() => runner.write((tx) => upsertDocumentsWork(tx, records, this.batchSize)));
      return records.map((record, i) => upsertResult(record, statuses[i] ?? 'created'));
    } catch (error) {
      if (records.length < 2 || !isMemoryLimit(error)) throw error;
      const half = Math.ceil(records.length / 2);
      return [...(await this.writeRecords(runner, records.slice(0, half))), ...(await this.writeRecords(runner, records.slice(half)))];
    }
  }

  async deleteSource(sourceId: string): Promise<void> {
    await this.use().write(async (tx) => {
      if ((await storedSha(tx, sourceId)) === undefined) {
        throw new NotFoundError(`No source ${sourceId}; GET /api/sources lists them`);
      }
      await deleteSourceWork(tx, sourceId, this.batchSize);
    });
  }

  async search(options: SearchOptions): Promise<SearchResponse> {
    checkRange('limit', options.limit, 1);
    return this.use().read((tx) => searchEntities(tx, options));
  }

  async getEntity(id: string): Promise<EntityDetail> {
    return this.use().read((tx) => readEntity(tx, id));
  }

  async entityPage(id: string, query: EntityPageQuery): Promise<EntityPage> {
    return this.use().read((tx) => readEntityPage(tx, id, query));
  }

  async neighbors(id: string, options: NeighborOptions): Promise<Subgraph> {
    checkRange('depth', options.depth, 1, 3);
    checkRange('limit', options.limit, 1);
    return this.use().read((tx) => readNeighborhood(tx, id, options));
  }

  async shortestPaths(from: string, to: string, options: PathOptions): Promise<PathsResponse> {
    checkRange('maxLength', options.maxLength, 1, MAX_PATH_LENGTH);
    checkRange('limit', options.limit, 1);
    return this.use().read((tx) => readShortestPaths(tx, from, to, options));
  }

  /**
   * The ranking behind it reads every entity's degree, so the first RANKING_CACHE
   * ids are kept until the revision moves: the first screen after a write pays for
   * it once, later ones do not.
   */
  async overview(limit: number): Promise<Subgraph> {
    checkRange('limit', limit, 1);
    return this.use().read(async (tx) => {
      if (limit >= RANKING_CACHE) return readOverview(tx, limit);
      const revision = await readRevision(tx);
      if (this.ranking?.revision !== revision) this.ranking = { revision, ids: await readRanking(tx, RANKING_CACHE) };
      return readOverview(tx, limit, this.ranking.ids);
    });
  }

  async stats(): Promise<Stats> {
    return this.use().read(readStats);
  }

  async listSources(): Promise<Source[]> {
    return this.use().read(readSources);
  }

  async getSource(id: string): Promise<SourceDetail> {
    return this.use().read((tx) => readSource(tx, id));
  }

  async exportGraph(): Promise<Subgraph> {
    return this.use().read(readWholeGraph);
  }

  async exportSubgraph(scope: SubgraphScope): Promise<Subgraph> {
    checkRange('depth', scope.depth, 0, 3);
    return this.use().read((tx) => readSubgraphAround(tx, scope));
  }

  async relations(query: RelationQuery): Promise<RelationPage> {
    checkRange('limit', query.limit, 1);
    return this.use().read((tx) => readRelationPage(tx, query));
  }

  async getArticle(id: string): Promise<ArticleDetail> {
    return this.use().read((tx) => readArticle(tx, id));
  }

  async revision(): Promise<string> {
    return this.use().read(readRevision);
  }

  async cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResponse> {
    return runReadOnlyCypher(this.use(), query, params, options);
  }

  private use(): Neo4jRunner {
    if (!this.runner) throw new StoreUnavailableError('The Neo4j store is not open; call open() first (or it was closed)');
    return this.runner;
  }
}

/** Options the API validates already; checked again so other callers get a clear error. */
function checkRange(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new ValidationError(`${name} must be an integer ${range} (got ${value})`, name);
  }
}

function upsertResult(record: SourceRecord, status: UpsertResult['status']): UpsertResult {
  return {
    source: record.doc.source.id,
    status,
    entities: record.entities.size,
    relations: record.relations.size,
    evidence: evidenceCount(record),
  };
}

/** Whether a write failed for the memory one transaction may use (db.memory.transaction.max or the global pool). */
function isMemoryLimit(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return code === 'Neo.TransientError.General.TransactionMemoryLimit' || code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
}

/** Writes that lost a race for a new entity (see CREATE_ENTITIES) run again, a few times at most. */
async function writeAgainOnRace<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'Neo.ClientError.Schema.ConstraintValidationFailed' || attempt >= attempts) throw error;
    }
  }
}
