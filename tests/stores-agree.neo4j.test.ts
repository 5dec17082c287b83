/**
 * Both stores give the same answers on the sample corpus: data/samples run
 * through the ingest pipeline once, the same documents upserted into the
 * embedded store and into a real Neo4j, then counts, sources, the whole graph,
 * every entity (whole, and in pages), searches, neighbourhoods, paths and the
 * overview compared.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { processFile } from '../ingest/pipeline.ts';
import type { Subgraph } from '../schema/api.ts';
import { RELATION_TYPES } from '../schema/model.ts';
import type { GraphStore, RelationQuery } from '../server/store/types.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { filterRelations, finishPage } from '../server/store/entity-page.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const SAMPLES = join(import.meta.dirname, '..', 'data', 'samples');
const target = inject('neo4j');
const driver = testDriver(target);
const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-agree-'));
const embedded = new EmbeddedStore({ dataDir });
const neo4j = new Neo4jStore(target);

/** Every page of a relation query, following the cursors. */
async function allPages(store: GraphStore, query: RelationQuery): Promise<unknown[]> {
  const pages: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.relations({ ...query, ...(cursor ? { cursor } : {}) });
    pages.push(page.relations);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

/** A subgraph with nodes by id and edges by key, so the two stores' listing order does not matter. */
function sorted(graph: Subgraph): Subgraph {
  return {
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.key.localeCompare(b.key)),
    truncated: graph.truncated,
  };
}

beforeAll(async () => {
  await emptyDatabase(driver, target);
  await embedded.open();
  await neo4j.open();
  const files = (await readdir(SAMPLES)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const doc = await processFile(join(SAMPLES, file), { now: () => new Date('2025-01-20T08:00:00Z') });
    expect(await neo4j.upsertDocument(doc)).toEqual(await embedded.upsertDocument(doc));
  }
}, 300_000);

afterAll(async () => {
  await embedded.close();
  await neo4j.close();
  await driver.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('embedded and Neo4j stores on the sample corpus', () => {
  it('count the same', async () => {
    const stats = await embedded.stats();
    expect(stats.relations.total).toBeGreaterThan(100);
    expect(await neo4j.stats()).toEqual(stats);
  });

  it('hold the same sources, texts and articles', async () => {
    const sources = await embedded.listSources();
    expect((await neo4j.listSources()).map((s) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const source of sources) expect(await neo4j.getSource(source.id)).toEqual(await embedded.getSource(source.id));
  });

  it('hold the same graph, evidence included', async () => {
    expect(sorted(await neo4j.exportGraph())).toEqual(sorted(await embedded.exportGraph()));
  });

  it('describe every entity alike', async () => {
    const { nodes } = await embedded.exportGraph();
    for (const { id } of nodes) expect(await neo4j.getEntity(id)).toEqual(await embedded.getEntity(id));
  });

  it('give every entity the same pages of relations, filtered and cut alike', async () => {
    const { nodes } = await embedded.exportGraph();
    const queries = [
      { direction: 'both' as const, offset: 0, limit: 200, evidenceLimit: 20 },
      { direction: 'both' as const, offset: 0, limit: 2, evidenceLimit: 1 },
      { direction: 'both' as const, offset: 1, limit: 3, evidenceLimit: 2 },
      { direction: 'in' as const, offset: 0, limit: 5, evidenceLimit: 5 },
      { direction: 'out' as const, types: ['HOLDS_POSITION' as const, 'LEADS' as const], offset: 0, limit: 5, evidenceLimit: 5 },
      { direction: 'both' as const, since: '2025-01-21', offset: 0, limit: 10, evidenceLimit: 3 },
      { direction: 'both' as const, until: '2025-01-20', offset: 1, limit: 10, evidenceLimit: 3 },
    ];
    let cut = 0;
    for (const { id } of nodes) {
      for (const query of queries) {
        // The page as the whole entity, filtered and then sliced, gives it: what entityPage must equal without reading it all.
        const filtered = filterRelations(await embedded.getEntity(id), query);
        const sliced = { entity: filtered.entity, relations: filtered.relations.slice(query.offset, query.offset + query.limit) };
        const expected = finishPage(sliced, filtered.relations.length, query);
        if (expected.nextOffset !== undefined) cut++;
        expect(await embedded.entityPage(id, query), `embedded ${id} ${JSON.stringify(query)}`).toEqual(expected);
        expect(await neo4j.entityPage(id, query), `neo4j ${id} ${JSON.stringify(query)}`).toEqual(expected);
      }
    }
    expect(cut).toBeGreaterThan(10);
    await expect(neo4j.entityPage('person:无此人', queries[0]!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('search alike, in the same order', async () => {
    const { nodes } = await embedded.exportGraph();
    const queries = ['重庆', '区', '市委', '书记', '成渝', '通道', '不存在的名字', ...nodes.slice(0, 40).map((n) => n.name)];
    let hits = 0;
    for (const q of queries) {
      const options = { q, limit: 15 };
      const expected = await embedded.search(options);
      hits += expected.results.length;
      expect(await neo4j.search(options), q).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(queries.length);
  });

  it('give the same overview, neighbourhoods and paths', async () => {
    const overview = await embedded.overview(25);
    expect((await neo4j.overview(25)).nodes.map((n) => n.id)).toEqual(overview.nodes.map((n) => n.id));
    expect(sorted(await neo4j.overview(25))).toEqual(sorted(overview));
    const hubs = overview.nodes.slice(0, 6).map((n) => n.id);
    expect((await embedded.neighbors(hubs[0]!, { depth: 1, limit: 50 })).edges.length).toBeGreaterThan(3);
    for (const id of hubs) {
      const variants = [
        { depth: 1, limit: 50 },
        { depth: 1, limit: 3 },
        { depth: 1, limit: 50, direction: 'out' as const },
        { depth: 1, limit: 50, direction: 'in' as const, relationTypes: ['HOLDS_POSITION' as const, 'HOSTS' as const] },
        { depth: 2, limit: 12 },
      ];
      for (const options of variants) {
        expect(sorted(await neo4j.neighbors(id, options)), id).toEqual(sorted(await embedded.neighbors(id, options)));
      }
    }
    const paths = (r: { paths: { nodes: string[]; edges: string[] }[] }) =>
      r.paths.map((p) => `${p.nodes.join(' ')} / ${p.edges.join(' ')}`).sort();
    // Other hubs, and entities two hops from the first hub (so some paths surely exist).
    const near = (await embedded.neighbors(hubs[0]!, { depth: 2, limit: 12 })).nodes.map((n) => n.id).slice(1);
    let found = 0;
    for (const to of [...hubs.slice(1), ...near]) {
      const options = { maxLength: 4, limit: 50 };
      const expected = await embedded.shortestPaths(hubs[0]!, to, options);
      const actual = await neo4j.shortestPaths(hubs[0]!, to, options);
      found += expected.paths.length;
      expect(paths(actual), to).toEqual(paths(expected));
      expect(sorted(actual.graph)).toEqual(sorted(expected.graph));
    }
    expect(found).toBeGreaterThan(0);
  });

  it('page relations, give articles and the subgraph around seeds alike', async () => {
    let relations = 0;
    for (const type of RELATION_TYPES) {
      const pages = await allPages(embedded, { type, limit: 7 });
      relations += pages.flat().length;
      expect(await allPages(neo4j, { type, limit: 7 }), type).toEqual(pages);
    }
    expect(relations).toBe((await embedded.stats()).relations.total);
    const [hub] = (await embedded.overview(1)).nodes;
    for (const type of RELATION_TYPES) {
      for (const query of [{ type, from: hub!.id, limit: 3 }, { type, to: hub!.id, limit: 3 }]) {
        expect(await allPages(neo4j, query)).toEqual(await allPages(embedded, query));
      }
    }
    for (const source of await embedded.listSources()) {
      for (const article of (await embedded.getSource(source.id)).articles) {
        expect(await neo4j.getArticle(article.id)).toEqual(await embedded.getArticle(article.id));
      }
    }
    const seeds = (await embedded.overview(3)).nodes.map((n) => n.id);
    for (const depth of [0, 1, 2]) {
      expect(await neo4j.exportSubgraph({ seeds, depth })).toEqual(await embedded.exportSubgraph({ seeds, depth }));
    }
  });
});
