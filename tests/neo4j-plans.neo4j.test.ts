/**
 * The plans Neo4j makes for the store's hot queries (EXPLAIN on a real Neo4j
 * holding the sample corpus): every write of an ingest and every lookup behind
 * search, entity, neighbours and the revision finds its nodes and relationships
 * through an index or by element id — none reads every node of a label or every
 * relationship of a type.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultSummary } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { processFile } from '../ingest/pipeline.ts';
import {
  APPEND_EVIDENCE,
  CREATE_ENTITY_ELEMENTS,
  CREATE_MENTION_LINKS,
  CREATE_MENTION_LINKS_WITH_ATTRIBUTES,
  CREATE_RELATION_LINKS,
  EXISTING_RELATION_KEYS,
  FILL_SOURCES,
  LOCK_ENTITY_ELEMENTS,
  LOCK_SOURCES,
  MERGE_SOURCE_ARTICLES,
} from '../server/store/neo4j-bulk-queries.ts';
import { CREATE_EVIDENCE_BATCHES, DELETE_ENTITY_BATCHES, STRIP_SOURCE_EVIDENCE } from '../server/store/neo4j-evidence.ts';
import { keysByType } from '../server/store/neo4j-reads.ts';
import { CONTENT_VERSION, ENTITY_PAGE, ENTITY_RELATION_SHAPES, FETCH_RELATIONS, GET_ENTITY, ONE_HOP, SEARCH_FULLTEXT } from '../server/store/neo4j-read-queries.ts';
import {
  CREATE_ARTICLE_MENTIONS,
  CREATE_ENTITIES,
  LOCK_ENTITIES,
  LOCK_SOURCE_SHA,
  MERGE_RELATIONS,
  SET_DEGREES,
  SOURCE_ENTITY_IDS,
  UPDATE_ENTITIES,
} from '../server/store/neo4j-write-queries.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const SCANS = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|.*RelationshipTypeScan|.*AllRelationshipsScan)$/;

interface Plan {
  operatorType: string;
  children: Plan[];
}

function operators(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

async function planOf(query: string, params: Record<string, unknown>): Promise<string[]> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params, target.database ? { database: target.database } : {});
  return operators((summary as ResultSummary).plan as unknown as Plan);
}

beforeAll(async () => {
  await emptyDatabase(driver, target);
  const store = new Neo4jStore(target);
  await store.open();
  const dir = join(import.meta.dirname, '..', 'data', 'samples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  await store.upsertDocuments(await Promise.all(files.map((f) => processFile(join(dir, f)))));
  await store.close();
  // Plans follow index statistics: resample them for the corpus just written (the database was emptied
  // a moment ago) and drop cached plans, so each plan is the one a store holding this corpus gets.
  await driver.executeQuery('CALL db.prepareForReplanning()', {}, target.database ? { database: target.database } : {});
});

afterAll(async () => {
  await driver.close();
});

const rows = { rows: [] };
const HOT: Record<string, [string, Record<string, unknown>, RegExp]> = {
  'bulk: lock sources': [LOCK_SOURCES, { sources: ['source:x'] }, /NodeUniqueIndexSeek/],
  'bulk: lock entities': [LOCK_ENTITY_ELEMENTS, { ids: ['person:x'] }, /NodeUniqueIndexSeek/],
  'writes: degrees': [SET_DEGREES, { ids: ['person:x'] }, /NodeUniqueIndexSeek/],
  'bulk: which relations exist': [EXISTING_RELATION_KEYS.HOLDS_POSITION, { keys: ['k'] }, /RelationshipUniqueIndexSeek/],
  'bulk: fill sources': [FILL_SOURCES, rows, /NodeByElementIdSeek/],
  'bulk: articles': [MERGE_SOURCE_ARTICLES, rows, /NodeByElementIdSeek/],
  'bulk: create entities': [CREATE_ENTITY_ELEMENTS.Person, rows, /Create/],
  'bulk: mention links': [CREATE_MENTION_LINKS, rows, /NodeByElementIdSeek/],
  'bulk: mention links with attributes': [CREATE_MENTION_LINKS_WITH_ATTRIBUTES, rows, /NodeByElementIdSeek/],
  'bulk: create relations': [CREATE_RELATION_LINKS.IMPLEMENTS, rows, /NodeByElementIdSeek/],
  'bulk: append evidence': [APPEND_EVIDENCE.HOSTS, rows, /RelationshipUniqueIndexSeek/],
  'bulk: evidence batches': [CREATE_EVIDENCE_BATCHES, rows, /Create/],
  'one document: lock source': [LOCK_SOURCE_SHA, { source: 'source:x' }, /NodeUniqueIndexSeek/],
  'one document: lock entities': [LOCK_ENTITIES, { ids: ['person:x'] }, /NodeUniqueIndexSeek/],
  'one document: create entities': [CREATE_ENTITIES.Place, rows, /Create/],
  'one document: update entities': [UPDATE_ENTITIES, rows, /NodeUniqueIndexSeek/],
  'one document: mentions': [CREATE_ARTICLE_MENTIONS, { rows: [], source: 'source:x' }, /NodeUniqueIndexSeek/],
  'one document: merge relations': [MERGE_RELATIONS.ATTENDED, rows, /RelationshipUniqueIndexSeek/],
  'replace: the source’s entities': [SOURCE_ENTITY_IDS, { source: 'source:x' }, /RelationshipIndexSeek/],
  'replace: strip evidence': [STRIP_SOURCE_EVIDENCE, { ids: ['person:x'], source: 'source:x' }, /NodeUniqueIndexSeek/],
  'replace: batches of deleted entities': [DELETE_ENTITY_BATCHES, { ids: ['person:x'] }, /^NodeIndexSeek$/],
  'read: entity': [GET_ENTITY, { id: 'person:x' }, /NodeUniqueIndexSeek/],
  'read: entity page': [ENTITY_PAGE, { id: 'person:x', types: null, out: true, in: true, offset: 0, limit: 200, evidenceLimit: 20 }, /NodeUniqueIndexSeek/],
  'read: entity page by date, shapes': [ENTITY_RELATION_SHAPES, { id: 'person:x', types: null }, /NodeUniqueIndexSeek/],
  'read: entity page by date, relations by key': [FETCH_RELATIONS, keysByType(['HOLDS_POSITION|person:x|org:y|书记']), /RelationshipUniqueIndexSeek/],
  'read: 1-hop neighbours': [ONE_HOP.both, { id: 'person:x', types: null, limit: 50 }, /NodeUniqueIndexSeek/],
  'read: search': [SEARCH_FULLTEXT, { phrase: '"江津"', cap: 100 }, /ProcedureCall/],
  'read: revision': [CONTENT_VERSION, {}, /NodeUniqueIndexSeek/],
};

describe('plans of the hot queries', () => {
  for (const [name, [query, params, seek]] of Object.entries(HOT)) {
    it(`${name}: no scan of a label or a relationship type`, async () => {
      const plan = await planOf(query, params);
      expect(plan.filter((op) => SCANS.test(op)), plan.join(' ← ')).toEqual([]);
      expect(plan.some((op) => seek.test(op)), plan.join(' ← ')).toBe(true);
    });
  }
});
