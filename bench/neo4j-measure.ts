/**
 * Measurements for bench/neo4j.ts: the one-row-per-transaction baseline, read
 * latencies (in the store and over HTTP), percentiles, and the plans of the hot
 * queries (EXPLAIN), checked for index seeks rather than scans.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { IngestDocument } from '../schema/model.ts';
import { createApp } from '../server/app.ts';
import { buildSourceRecord, type SourceRecord } from '../server/store/embedded/records.ts';
import type { Neo4jStore } from '../server/store/neo4j.ts';
import { CONTENT_VERSION, GET_ENTITY, NEIGHBOR_STEPS } from '../server/store/neo4j-read-queries.ts';
import {
  APPEND_EVIDENCE,
  CREATE_ENTITY_ELEMENTS,
  CREATE_MENTION_LINKS,
  CREATE_RELATION_LINKS,
  EXISTING_RELATION_KEYS,
  FILL_SOURCES,
  LOCK_ENTITY_ELEMENTS,
  LOCK_SOURCES,
  MERGE_SOURCE_ARTICLES,
} from '../server/store/neo4j-bulk-queries.ts';
import { mergedEntities } from '../server/store/neo4j-entities.ts';
import { documentRows } from '../server/store/neo4j-rows.ts';
import { toEntity } from '../server/store/neo4j-values.ts';
import {
  CREATE_ARTICLE_MENTIONS,
  MERGE_ARTICLES,
  CREATE_ENTITIES,
  LOCK_ENTITIES,
  MERGE_RELATIONS,
  MERGE_SOURCE,
  CREATE_SOURCE_MENTIONS,
  SOURCE_ENTITY_IDS,
  UPDATE_ENTITIES,
} from '../server/store/neo4j-write-queries.ts';

interface Target {
  uri: string;
  user: string;
  password: string;
}

function driverFor(target: Target): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
}

/**
 * The baseline: the same document through the same queries, but one row per
 * transaction (source, articles, entities, mentions, relations). Returns the
 * document's relations and the seconds the whole write took.
 */
export async function oneRowPerTransaction(doc: IngestDocument, target: Target): Promise<{ relations: number; seconds: number }> {
  const record = buildSourceRecord(doc);
  const rows = documentRows(record);
  const source = rows.source.id;
  const driver = driverFor(target);
  const session = driver.session();
  const one = (query: string, params: Record<string, unknown>) => session.executeWrite((tx) => tx.run(query, params));
  try {
    const started = performance.now();
    await one(MERGE_SOURCE, { row: rows.source });
    for (const row of rows.articles) await one(MERGE_ARTICLES, { rows: [row], source });
    for (const id of record.entities.keys()) await oneEntity(session, record, id);
    for (const row of rows.articleMentions) await one(CREATE_ARTICLE_MENTIONS, { rows: [row], source });
    for (const row of rows.sourceMentions) await one(CREATE_SOURCE_MENTIONS, { rows: [row], source });
    let count = 0;
    for (const [type, list] of rows.relations) {
      for (const row of list) {
        await one(MERGE_RELATIONS[type], { rows: [row] });
        count++;
      }
    }
    return { relations: count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
    await driver.close();
  }
}

/** One entity in its own transaction, as the store writes it: locked and read, then created or updated. */
async function oneEntity(session: Session, record: SourceRecord, id: string): Promise<void> {
  await session.executeWrite(async (tx) => {
    const found = (await tx.run(LOCK_ENTITIES, { ids: [id] })).records;
    const known = new Map(found.map((r) => [id, toEntity(r.get('labels') as string[], r.get('props') as Record<string, unknown>)]));
    const row = mergedEntities({ ...record, entities: new Map([[id, record.entities.get(id)!]]) }, known)[0]!;
    await tx.run(known.has(id) ? UPDATE_ENTITIES : CREATE_ENTITIES[row.type], { rows: [row] });
  });
}

/** A small seeded generator (mulberry32), so every run samples the same entities. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sampleIds(store: Neo4jStore, count: number): Promise<string[]> {
  const all: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.relations({ type: 'HOLDS_POSITION', limit: 5000, ...(cursor ? { cursor } : {}) });
    for (const entry of page.relations) all.push(entry.from.id, entry.to.id);
    cursor = all.length < 50_000 ? page.nextCursor : undefined;
  } while (cursor);
  const random = seeded(42);
  return Array.from({ length: count }, () => all[Math.floor(random() * all.length)]!);
}

export interface Timings {
  getEntity: number[];
  neighbors: number[];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Latencies (ms) of getEntity and 1-hop neighbours called on the store, after a warm-up. */
export async function timeStoreReads(store: Neo4jStore, samples: number): Promise<Timings> {
  const ids = await sampleIds(store, samples + 50);
  const timings: Timings = { getEntity: [], neighbors: [] };
  for (const [i, id] of ids.entries()) {
    const entity = await timed(() => store.getEntity(id));
    const neighbors = await timed(() => store.neighbors(id, { depth: 1, limit: 50 }));
    if (i < 50) continue;
    timings.getEntity.push(entity);
    timings.neighbors.push(neighbors);
  }
  return timings;
}

/** The same over HTTP: GET /api/entities/{id} and /api/entities/{id}/neighbors?depth=1 on the app in this process. */
export async function timeHttpReads(store: Neo4jStore, samples: number): Promise<Timings> {
  const app = createApp({ store });
  const server = await new Promise<Server>((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/entities/`;
  const get = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    await res.arrayBuffer();
  };
  try {
    const ids = await sampleIds(store, samples + 50);
    const timings: Timings = { getEntity: [], neighbors: [] };
    for (const [i, id] of ids.entries()) {
      const path = encodeURIComponent(id);
      const entity = await timed(() => get(`${base}${path}`));
      const neighbors = await timed(() => get(`${base}${path}/neighbors?depth=1&limit=50`));
      if (i < 50) continue;
      timings.getEntity.push(entity);
      timings.neighbors.push(neighbors);
    }
    return timings;
  } finally {
    await new Promise((done) => server.close(done));
  }
}

/**
 * Milliseconds of what the explorer's first screen asks for: stats, and the
 * overview the first time after the writes (the store then ranks every entity)
 * and again (median of 4, from the ranking it keeps until the next write).
 */
export async function timeFirstScreen(store: Neo4jStore): Promise<{ stats: number; overviewFirst: number; overviewAgain: number }> {
  const stats = Math.round(await timed(() => store.stats()));
  const overviewFirst = Math.round(await timed(() => store.overview(150)));
  const again: number[] = [];
  for (let i = 0; i < 4; i++) again.push(await timed(() => store.overview(150)));
  return { stats, overviewFirst, overviewAgain: Math.round(again.sort((a, b) => a - b)[1]!) };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(index, 0)] ?? 0) * 100) / 100;
}

/** p50 and p99 (ms) of each list. */
export function percentiles(timings: Timings): Record<string, { n: number; p50: number; p99: number }> {
  return Object.fromEntries(
    Object.entries(timings).map(([name, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [name, { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
    }),
  );
}

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as { operatorType: string; children: unknown[] }))];
}

/** The operators of the hot queries' plans; `scans` lists any that read every node or relationship. */
export async function checkPlans(target: Target): Promise<Record<string, { operators: string[]; scans: string[] }>> {
  const driver = driverFor(target);
  const queries: Record<string, [string, Record<string, unknown>]> = {
    getEntity: [GET_ENTITY, { id: 'x' }],
    neighbors: [NEIGHBOR_STEPS.both, { frontier: ['x'], types: null }],
    revision: [CONTENT_VERSION, {}],
    createEntities: [CREATE_ENTITIES.Person, { rows: [] }],
    mergeRelations: [MERGE_RELATIONS.HOLDS_POSITION, { rows: [] }],
    sourceEntities: [SOURCE_ENTITY_IDS, { source: 'x' }],
    bulkLockSources: [LOCK_SOURCES, { sources: [] }],
    bulkLockEntities: [LOCK_ENTITY_ELEMENTS, { ids: [] }],
    bulkExistingKeys: [EXISTING_RELATION_KEYS.HOLDS_POSITION, { keys: [] }],
    bulkFillSources: [FILL_SOURCES, { rows: [] }],
    bulkArticles: [MERGE_SOURCE_ARTICLES, { rows: [] }],
    bulkCreateEntities: [CREATE_ENTITY_ELEMENTS.Person, { rows: [] }],
    bulkMentions: [CREATE_MENTION_LINKS, { rows: [] }],
    bulkCreateRelations: [CREATE_RELATION_LINKS.HOLDS_POSITION, { rows: [] }],
    bulkAppendEvidence: [APPEND_EVIDENCE.HOLDS_POSITION, { rows: [] }],
  };
  const report: Record<string, { operators: string[]; scans: string[] }> = {};
  try {
    for (const [name, [query, params]] of Object.entries(queries)) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params);
      const names = summary.plan ? operators(summary.plan as unknown as { operatorType: string; children: unknown[] }) : [];
      const clean = names.map((n) => n.replace(/@.*$/, ''));
      report[name] = { operators: clean, scans: clean.filter((n) => /AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan/.test(n)) };
    }
  } finally {
    await driver.close();
  }
  return report;
}
