/**
 * Neo4j cuts an entity page from runs (outgoing, then incoming, each by type)
 * whose sizes come from the degree store, reading only the runs the page
 * overlaps; and ranks an entity's neighbours in one expansion that also finds
 * its self-loops. An entity with relations in several runs of both directions
 * and a self-loop: every window, direction and type filter gives the page the
 * embedded store gives, a page inside the first run does not read the
 * relations of the runs after it, and every 1-hop neighbourhood is the
 * embedded store's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type ResultSummary } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Subgraph } from '../schema/api.ts';
import type { RelationType } from '../schema/model.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import type { EntityPageQuery } from '../server/store/entity-page.ts';
import { ENTITY_PAGE } from '../server/store/neo4j-read-queries.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { buildDocument, type RelationSpec } from './fixtures/documents/build.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const database = target.database ? { database: target.database } : {};
const DISTRICT = 'place:甲区';
const PROJECTS = 30;

/**
 * 甲区: hosts three events, implements PROJECTS initiatives, cooperates with
 * 乙区 (twice) and itself, is part of itself; 丙区 and 丁区 cooperate with it,
 * 戊镇 and 己镇 are part of it. Among its neighbours 乙区 has a self-loop too,
 * and ties with 丙区 at three relations when a loop counts once. It also
 * cooperates with 庚（东）区 and 庚𠀀区, whose ids first differ at a fullwidth
 * parenthesis and a character beyond U+FFFF: code point order (Neo4j's) and
 * UTF-16 code unit order (JavaScript's `<`) put them the other way round.
 */
function districtDocument() {
  const relations: RelationSpec[] = [];
  const sentences: string[] = [];
  const add = (type: RelationType, from: RelationSpec['from'], to: RelationSpec['to'], sentence: string, title?: string) => {
    sentences.push(sentence);
    relations.push({ type, from, to, sentence, ...(title ? { title } : {}) });
  };
  for (const n of ['一', '二', '三']) add('HOSTS', ['Place', '甲区'], ['Event', `第${n}届论坛`], `甲区承办第${n}届论坛。`);
  for (let i = 0; i < PROJECTS; i++) add('IMPLEMENTS', ['Place', '甲区'], ['Initiative', `项目${String(i).padStart(2, '0')}`], `甲区实施项目${String(i).padStart(2, '0')}。`);
  add('COOPERATES_WITH', ['Place', '甲区'], ['Place', '乙区'], '甲区与乙区合作共建。', '共建');
  add('COOPERATES_WITH', ['Place', '甲区'], ['Place', '乙区'], '甲区与乙区合作办学。', '办学');
  add('COOPERATES_WITH', ['Place', '甲区'], ['Place', '甲区'], '甲区内部协同。');
  add('COOPERATES_WITH', ['Place', '丙区'], ['Place', '甲区'], '丙区与甲区合作。');
  add('COOPERATES_WITH', ['Place', '丁区'], ['Place', '甲区'], '丁区与甲区合作。');
  add('COOPERATES_WITH', ['Place', '甲区'], ['Place', '庚（东）区'], '甲区与庚（东）区合作。');
  add('COOPERATES_WITH', ['Place', '甲区'], ['Place', '庚𠀀区'], '甲区与庚𠀀区合作。');
  add('PART_OF', ['Place', '戊镇'], ['Place', '甲区'], '戊镇隶属甲区。');
  add('PART_OF', ['Place', '己镇'], ['Place', '甲区'], '己镇隶属甲区。');
  add('PART_OF', ['Place', '甲区'], ['Place', '甲区'], '甲区自成一体。');
  add('COOPERATES_WITH', ['Place', '乙区'], ['Place', '乙区'], '乙区内部协同。');
  add('HOSTS', ['Place', '丙区'], ['Event', '第四届论坛'], '丙区承办第四届论坛。');
  add('IMPLEMENTS', ['Place', '丙区'], ['Initiative', '项目00'], '丙区实施项目00。');
  const others = relations.flatMap((r) => [r.from, r.to]).filter(([, name]) => name !== '甲区');
  return buildDocument({
    file: 'district.txt',
    articles: [{ title: '甲区动态', date: '2025-02-01', sentences }],
    entities: [['Place', '甲区'], ...[...new Map(others.map((e) => [e.join(':'), e])).values()]],
    relations,
  });
}

let embedded: EmbeddedStore;
let store: Neo4jStore;
let dataDir: string;

beforeAll(async () => {
  await emptyDatabase(driver, target);
  dataDir = await mkdtemp(join(tmpdir(), 'policygraph-page-'));
  embedded = new EmbeddedStore({ dataDir });
  store = new Neo4jStore(target);
  await Promise.all([embedded.open(), store.open()]);
  const doc = districtDocument();
  await Promise.all([embedded.upsertDocument(doc), store.upsertDocument(doc)]);
});

afterAll(async () => {
  await Promise.all([embedded.close(), store.close(), driver.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('entity pages cut from runs', () => {
  it('hold the relations the fixture gives, a self-loop once', async () => {
    const whole = await embedded.getEntity(DISTRICT);
    expect(whole.relations).toHaveLength(3 + PROJECTS + 10);
    expect(whole.relations.filter((r) => r.other.id === DISTRICT).map((r) => r.direction)).toEqual(['out', 'out']);
    expect(await store.getEntity(DISTRICT)).toEqual(whole);
    expect((await store.entityPage(DISTRICT, { direction: 'both', offset: 0, limit: 100, evidenceLimit: 1 })).relationsTotal).toBe(whole.relations.length);
  });

  it('give every window the embedded store gives, in each direction and filtered by type', async () => {
    const filters: Pick<EntityPageQuery, 'direction' | 'types'>[] = [
      { direction: 'both' },
      { direction: 'out' },
      { direction: 'in' },
      { direction: 'both', types: ['COOPERATES_WITH'] },
      { direction: 'both', types: ['IMPLEMENTS', 'HOSTS'] },
      { direction: 'out', types: ['COOPERATES_WITH', 'LEADS'] },
    ];
    let windows = 0;
    for (const filter of filters) {
      for (const limit of [1, 2, 3, 7, 50]) {
        for (let offset = 0; offset <= 40; offset += limit === 50 ? 20 : 1) {
          const query = { ...filter, offset, limit, evidenceLimit: 1 };
          expect(await store.entityPage(DISTRICT, query), JSON.stringify(query)).toEqual(await embedded.entityPage(DISTRICT, query));
          windows++;
        }
      }
    }
    expect(windows).toBeGreaterThan(500);
  });

  it('read only the runs a page overlaps', async () => {
    const expanded = async (offset: number, limit: number) => {
      const params = { id: DISTRICT, types: null, out: true, in: true, offset: neo4j.int(offset), limit: neo4j.int(limit), evidenceLimit: neo4j.int(1) };
      const { summary } = await driver.executeQuery(`PROFILE ${ENTITY_PAGE}`, params, database);
      const plan = (summary as ResultSummary).profile as unknown as ProfiledPlan;
      // Every run's size is a degree-store lookup; a COUNT left in an expression would walk relationships unseen by the profile.
      expect(details(plan).filter((text) => text.includes('COUNT {'))).toEqual([]);
      expect(details(plan).join(' ')).toContain('getDegree(');
      return expandedRows(plan);
    };
    // Outgoing runs by type: COOPERATES_WITH [0, 5) with a self-loop, HOSTS [5, 8), IMPLEMENTS [8, 38),
    // PART_OF [38, 39) a self-loop; incoming: COOPERATES_WITH [39, 41), PART_OF [41, 43). An incoming
    // run reads its type's self-loop too, and leaves it to the outgoing one.
    expect(await expanded(0, 2)).toBe(5);
    expect(await expanded(6, 1)).toBe(3);
    expect(await expanded(7, 2)).toBe(3 + PROJECTS);
    expect(await expanded(38, 2)).toBe(1 + 3);
    expect(await expanded(42, 5)).toBe(3);
    expect(await expanded(0, 100)).toBe(5 + 3 + PROJECTS + 1 + 3 + 3);
  });
});

describe('relations of a type, page by page', () => {
  it('come in the same order of keys from both stores, cursor after cursor', async () => {
    const pages = async (from: EmbeddedStore | Neo4jStore) => {
      const keys: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await from.relations({ type: 'COOPERATES_WITH', limit: 2, ...(cursor ? { cursor } : {}) });
        keys.push(page.relations.map((entry) => entry.relation.key));
        cursor = page.nextCursor;
      } while (cursor);
      return keys;
    };
    const expected = await pages(embedded);
    expect(expected.flat().indexOf('COOPERATES_WITH|place:甲区|place:庚（东）区|')).toBeLessThan(expected.flat().indexOf('COOPERATES_WITH|place:甲区|place:庚𠀀区|'));
    expect(await pages(store)).toEqual(expected);
  });
});

describe('1-hop neighbourhoods of an entity with a self-loop', () => {
  it('are the embedded store’s, cut or not, in each direction and filtered by type', async () => {
    const sorted = (graph: Subgraph) => ({ ...graph, nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)), edges: [...graph.edges].sort((a, b) => a.key.localeCompare(b.key)) });
    // Ranked: 丙区, 乙区, 项目00, then one relation each by id: three events, 29 initiatives, 丁区, 己镇,
    // 庚（东）区, 庚𠀀区, 戊镇 — 38 keeps the first 庚 only.
    for (const limit of [1, 2, 5, 38, 39, 40, 50]) {
      for (const filter of [{}, { direction: 'out' as const }, { direction: 'in' as const }, { relationTypes: ['COOPERATES_WITH' as const] }]) {
        const options = { depth: 1, limit, ...filter };
        const expected = await embedded.neighbors(DISTRICT, options);
        expect(sorted(await store.neighbors(DISTRICT, options)), JSON.stringify(options)).toEqual(sorted(expected));
        expect(expected.edges.some((e) => e.from === DISTRICT && e.to === DISTRICT), JSON.stringify(options)).toBe(true);
      }
    }
    // 乙区 (two relations with 甲区 and a self-loop) ties with 丙区 (three relations): the id decides.
    const first = await store.neighbors(DISTRICT, { depth: 1, limit: 1, relationTypes: ['COOPERATES_WITH'] });
    expect(first.nodes.map((n) => n.id)).toEqual([DISTRICT, 'place:丙区']);
  });
});

interface ProfiledPlan {
  operatorType: string;
  rows: number;
  arguments: { Details?: string };
  children: ProfiledPlan[];
}

function details(plan: ProfiledPlan): string[] {
  return [plan.arguments.Details ?? '', ...plan.children.flatMap(details)];
}

/** The plan's expansions, each with the relationships it produced. */
function expansions(plan: ProfiledPlan): { operator: string; rows: number }[] {
  const own = plan.operatorType.startsWith('Expand') ? [{ operator: plan.operatorType.replace(/@.*$/, ''), rows: Number(plan.rows) }] : [];
  return [...own, ...plan.children.flatMap(expansions)];
}

/** Relationships the page read: only the runs' own expansions, no walk to count or to find self-loops. */
function expandedRows(plan: ProfiledPlan): number {
  const found = expansions(plan);
  expect(found.map((e) => e.operator).filter((operator) => operator !== 'Expand(All)')).toEqual([]);
  return found.reduce((sum, e) => sum + e.rows, 0);
}
