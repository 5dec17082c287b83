/**
 * EmbeddedStore: the default GraphStore, a graphology MultiDirectedGraph in the
 * server process, persisted in the data folder as a snapshot and a journal
 * (embedded/disk.ts). Every write is planned first (pure), then appended to the
 * journal and fsynced, and only then is the plan applied in memory; a write that
 * fails leaves memory and disk as they were. Writes run one at a time, and one
 * process at a time writes a data folder (a lock file).
 */
import { randomUUID } from 'node:crypto';
import { access, constants } from 'node:fs/promises';
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
import { NotFoundError, StoreUnavailableError, UnsupportedError, ValidationError } from '../../schema/errors.ts';
import type { IngestDocument, Source } from '../../schema/model.ts';
import { articleDetail, indexRelationKeys, relationPage, subgraphAround, type RelationKeyIndex } from './embedded/lookups.ts';
import { planDelete, planUpsert } from './embedded/plan.ts';
import { buildSourceRecord, documentLine, evidenceCount, type SourceRecord } from './embedded/records.ts';
import { searchEntities } from './embedded/search.ts';
import { NODE_FS, StoreFiles, type Access } from './embedded/disk.ts';
import { deleteLine, upsertLine, type JournalEntry } from './embedded/journal.ts';
import type { LockOwner } from './embedded/lock.ts';
import type { SnapshotFs } from './embedded/snapshot.ts';
import { applyChange, createState, type Change, type EmbeddedState } from './embedded/state.ts';
import { shortestPaths } from './embedded/paths.ts';
import { neighborhood, overview, rankByDegree } from './embedded/traversal.ts';
import { entityDetail, entityPageOf, subgraph } from './embedded/views.ts';
import type { EntityPageQuery } from './entity-page.ts';
import type {
  CypherOptions,
  GraphStore,
  NeighborOptions,
  PathOptions,
  RelationQuery,
  SearchOptions,
  SubgraphScope,
} from './types.ts';

export interface EmbeddedStoreOptions {
  /** The data folder (POLICYGRAPH_DATA); the snapshot lives in it. */
  dataDir: string;
  /** File operations for the snapshot and journal; tests inject failing ones. */
  fs?: SnapshotFs;
  /** 'write' (default) takes the data folder's lock; 'read' (stats, export) takes none and refuses writes. */
  access?: Access;
  /** How long to wait for another process that writes the folder, in ms (default 0: refuse at once). */
  lockWaitMs?: number;
  /** Told when another process holds the folder and waiting starts. */
  onLockWait?: (owner: LockOwner) => void;
  /** Journal size past which it is compacted into a new snapshot (tests make it small). */
  compactAtBytes?: number;
  /**
   * 0 (default): every write is fsynced before it returns. Bulk ingest sets more:
   * fsync at most that often and at close; a crashed process loses nothing, a
   * power cut at most that much time of writes.
   */
  syncEveryMs?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded';
  private readonly files: StoreFiles;
  private state: EmbeddedState = createState();
  private opened = false;
  private writes: Promise<unknown> = Promise.resolve();
  private ranking: { version: number; ids: string[] } | undefined;
  private relationKeys: { version: number; index: RelationKeyIndex } | undefined;
  /** Changes at every open, so revisions of two runs never meet even though versions restart. */
  private epoch = randomUUID();

  constructor(private readonly options: EmbeddedStoreOptions) {
    this.files = new StoreFiles(options.dataDir, {
      access: options.access ?? 'write',
      fs: options.fs ?? NODE_FS,
      lockWaitMs: options.lockWaitMs ?? 0,
      ...(options.onLockWait ? { onLockWait: options.onLockWait } : {}),
      ...(options.compactAtBytes !== undefined ? { compactAtBytes: options.compactAtBytes } : {}),
      ...(options.syncEveryMs !== undefined ? { syncEveryMs: options.syncEveryMs } : {}),
    });
  }

  async open(): Promise<void> {
    if (this.opened) return;
    const { documents, entries } = await this.files.open();
    try {
      const state = createState();
      for (const doc of documents) applyChange(state, planUpsert(state, buildSourceRecord(doc)));
      for (const entry of entries) replay(state, entry);
      this.state = state;
      if (this.files.needsJournal()) await this.files.compact(this.documentLines());
    } catch (error) {
      await this.files.close();
      throw error;
    }
    this.epoch = randomUUID();
    this.opened = true;
  }

  async close(): Promise<void> {
    await this.writes.catch(() => undefined);
    if (this.opened) await this.files.close();
    this.opened = false;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await access(this.options.dataDir, constants.W_OK);
    } catch (error) {
      throw new StoreUnavailableError(`The data folder ${this.options.dataDir} is not writable; check POLICYGRAPH_DATA`, {
        cause: error,
      });
    }
  }

  upsertDocument(doc: IngestDocument): Promise<UpsertResult> {
    return this.serialise(async () => {
      this.assertOpen();
      const record = buildSourceRecord(doc);
      const id = record.doc.source.id;
      const previous = this.state.sources.get(id);
      if (previous && previous.doc.source.sha256 === record.doc.source.sha256) return upsertResult(previous, 'unchanged');
      await this.commit(planUpsert(this.state, record));
      return upsertResult(record, previous ? 'replaced' : 'created');
    });
  }

  deleteSource(sourceId: string): Promise<void> {
    return this.serialise(async () => {
      this.assertOpen();
      if (!this.state.sources.has(sourceId)) throw new NotFoundError(`No source ${sourceId}; GET /api/sources lists them`);
      await this.commit(planDelete(this.state, sourceId));
    });
  }

  async search(options: SearchOptions): Promise<SearchResponse> {
    this.assertOpen();
    checkRange('limit', options.limit, 1);
    return searchEntities(this.state, options);
  }

  async getEntity(id: string): Promise<EntityDetail> {
    this.assertEntity(id);
    return entityDetail(this.state.graph, id);
  }

  async entityPage(id: string, query: EntityPageQuery): Promise<EntityPage> {
    this.assertEntity(id);
    return entityPageOf(this.state.graph, id, query);
  }

  async neighbors(id: string, options: NeighborOptions): Promise<Subgraph> {
    checkRange('depth', options.depth, 1, 3);
    checkRange('limit', options.limit, 1);
    this.assertEntity(id);
    return neighborhood(this.state.graph, id, options);
  }

  async shortestPaths(from: string, to: string, options: PathOptions): Promise<PathsResponse> {
    checkRange('maxLength', options.maxLength, 1);
    checkRange('limit', options.limit, 1);
    this.assertEntity(from);
    this.assertEntity(to);
    return shortestPaths(this.state.graph, from, to, options);
  }

  async overview(limit: number): Promise<Subgraph> {
    this.assertOpen();
    checkRange('limit', limit, 1);
    const { graph, version } = this.state;
    if (this.ranking?.version !== version) this.ranking = { version, ids: rankByDegree(graph) };
    return overview(this.ranking.ids, graph, limit);
  }

  async stats(): Promise<Stats> {
    this.assertOpen();
    const { counters, graph, sources } = this.state;
    return {
      entities: { total: graph.order, byType: Object.fromEntries(counters.entitiesByType) },
      relations: { total: graph.size, byType: Object.fromEntries(counters.relationsByType) },
      evidence: counters.evidence,
      sources: sources.size,
      articles: counters.articles,
    };
  }

  async listSources(): Promise<Source[]> {
    this.assertOpen();
    return [...this.state.sources.values()].map((record) => record.doc.source);
  }

  async getSource(id: string): Promise<SourceDetail> {
    this.assertOpen();
    const record = this.state.sources.get(id);
    if (!record) throw new NotFoundError(`No source ${id}; GET /api/sources lists them`);
    const { source, articles, text } = record.doc;
    return { source, articles, text };
  }

  async exportGraph(): Promise<Subgraph> {
    this.assertOpen();
    const { graph } = this.state;
    return subgraph(graph, graph.nodes(), graph.edges(), false);
  }

  async exportSubgraph(scope: SubgraphScope): Promise<Subgraph> {
    this.assertOpen();
    checkRange('depth', scope.depth, 0, 3);
    return subgraphAround(this.state.graph, scope);
  }

  async relations(query: RelationQuery): Promise<RelationPage> {
    this.assertOpen();
    checkRange('limit', query.limit, 1);
    const { graph, version } = this.state;
    if (this.relationKeys?.version !== version) this.relationKeys = { version, index: indexRelationKeys(graph) };
    return relationPage(graph, this.relationKeys.index, query);
  }

  async getArticle(id: string): Promise<ArticleDetail> {
    this.assertOpen();
    return articleDetail(this.state, id);
  }

  async revision(): Promise<string> {
    this.assertOpen();
    return `${this.epoch}.${this.state.version}`;
  }

  async cypher(_query: string, _params: Record<string, unknown>, _options: CypherOptions): Promise<CypherResponse> {
    throw new UnsupportedError(
      'The embedded store does not run Cypher. Run PolicyGraph on Neo4j to query with Cypher: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (for a local one, `npm run neo4j` prints them), then ingest and serve again.',
    );
  }

  /** Journals `change`, then applies it; nothing changes if the journal write fails. */
  private async commit(change: Change): Promise<void> {
    const after = change.source.after;
    const line = after ? upsertLine(documentLine(after)) : deleteLine(change.source.id);
    await this.files.append(line, () => this.documentLines());
    applyChange(this.state, change);
    await this.files.compactIfDue(() => this.documentLines());
  }

  /** Every stored document as a snapshot line, in ingest order. */
  private documentLines(): string[] {
    return [...this.state.sources.values()].map(documentLine);
  }

  /** Runs writes one after another, so each plans against the state the previous one left. */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (!this.opened) throw new StoreUnavailableError('The embedded store is not open; call open() first (or it was closed)');
  }

  private assertEntity(id: string): void {
    this.assertOpen();
    if (!this.state.graph.hasNode(id)) throw new NotFoundError(`No entity ${id}; search for it with GET /api/search?q=NAME`);
  }
}

/** Applies one journal entry on open, as the write that made it did. */
function replay(state: EmbeddedState, entry: JournalEntry): void {
  if (entry.op === 'upsert') {
    const record = buildSourceRecord(entry.doc);
    const previous = state.sources.get(record.doc.source.id);
    if (previous?.doc.source.sha256 !== record.doc.source.sha256) applyChange(state, planUpsert(state, record));
  } else if (state.sources.has(entry.source)) {
    applyChange(state, planDelete(state, entry.source));
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

/** Options the API validates already; checked again so other callers get a clear error. */
function checkRange(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new ValidationError(`${name} must be an integer ${range} (got ${value})`, name);
  }
}
