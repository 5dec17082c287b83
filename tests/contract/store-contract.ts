/**
 * The GraphStore contract: one vitest suite every store must pass (embedded in
 * tests/store.contract.test.ts, Neo4j in its own test file). It talks to the
 * store only through the GraphStore interface and the hand-written fixtures in
 * tests/fixtures/documents, so it cannot depend on how a store keeps its data.
 *
 * `createStore` must return an opened, empty store; the suite closes it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityId, relationKey } from '../../schema/ids.ts';
import type { IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { JIANGJIN as JIANGJIN_DOC, TONGNAN as TONGNAN_DOC, TONGNAN_CHANGED as TONGNAN_CHANGED_DOC } from '../fixtures/documents/index.ts';

const TANG = entityId('Person', '唐大军');
const WEN = entityId('Person', '文天平');
const GAO = entityId('Person', '高健');
const JIANGJIN_COMMITTEE = entityId('Organization', '江津区委');
const TONGNAN_COMMITTEE = entityId('Organization', '潼南区委');
const CONGRESS = entityId('Organization', '重庆市人大');
const REFORM = entityId('Organization', '重庆市发展改革委');
const ROUND_TABLE = entityId('Event', '重报圆桌会');
const JIANGJIN_DISTRICT = entityId('Place', '江津区');
const TONGNAN_DISTRICT = entityId('Place', '潼南区');
const CHONGQING = entityId('Place', '重庆市');
const CORRIDOR = entityId('Corridor', '西部陆海新通道');
const TANG_SECRETARY = relationKey('HOLDS_POSITION', TANG, JIANGJIN_COMMITTEE, '书记');

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<{ code?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: unknown };
  }
  throw new Error('expected the call to fail');
}

function mentionsOf(docs: IngestDocument[], id: string): number {
  return docs.flatMap((d) => d.mentions).filter((m) => m.entity === id).reduce((n, m) => n + m.count, 0);
}

/** Registers the contract suite for one store. */
export function describeStoreContract(label: string, createStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${label}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await createStore();
    });

    afterEach(async () => {
      await store.close();
    });

    async function loadBoth(): Promise<void> {
      await store.upsertDocument(JIANGJIN_DOC);
      await store.upsertDocument(TONGNAN_DOC);
    }

    describe('bad arguments', () => {
      it('rejects unknown ids with NOT_FOUND', async () => {
        await loadBoth();
        expect((await rejection(store.getEntity('person:无此人'))).code).toBe('NOT_FOUND');
        expect((await rejection(store.neighbors('person:无此人', { depth: 1, limit: 10 }))).code).toBe('NOT_FOUND');
        expect((await rejection(store.shortestPaths(TANG, 'person:无此人', { maxLength: 3, limit: 5 }))).code).toBe('NOT_FOUND');
        expect((await rejection(store.getSource('source:none.txt'))).code).toBe('NOT_FOUND');
        expect((await rejection(store.deleteSource('source:none.txt'))).code).toBe('NOT_FOUND');
      });

      it('rejects a relation whose endpoint the document does not list, and changes nothing', async () => {
        await store.upsertDocument(JIANGJIN_DOC);
        const before = await store.stats();
        const broken: IngestDocument = {
          ...TONGNAN_DOC,
          relations: [{ ...TONGNAN_DOC.relations[0]!, to: 'org:不存在' }],
        };
        expect((await rejection(store.upsertDocument(broken))).code).toBe('VALIDATION');
        expect(await store.stats()).toEqual(before);
      });
    });

    describe('upsert', () => {
      it('reports what a new document added', async () => {
        const result = await store.upsertDocument(JIANGJIN_DOC);
        expect(result).toEqual({ source: JIANGJIN_DOC.source.id, status: 'created', entities: 7, relations: 6, evidence: 6 });
      });

      it('counts entities, relations, evidence, sources and articles', async () => {
        await loadBoth();
        expect(await store.stats()).toEqual({
          entities: { total: 12, byType: { Person: 3, Organization: 4, Place: 3, Event: 1, Corridor: 1 } },
          relations: { total: 13, byType: { HOLDS_POSITION: 6, ATTENDED: 2, LOCATED_IN: 4, HOSTS: 1 } },
          evidence: 14,
          sources: 2,
          articles: 3,
        });
      });

      it('is idempotent: the same documents again change nothing', async () => {
        await loadBoth();
        const stats = await store.stats();
        const graph = await store.exportGraph();
        expect((await store.upsertDocument(JIANGJIN_DOC)).status).toBe('unchanged');
        expect((await store.upsertDocument(TONGNAN_DOC)).status).toBe('unchanged');
        expect(await store.stats()).toEqual(stats);
        const again = await store.exportGraph();
        expect(again.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
        expect(again.edges.map((e) => [e.key, e.evidence.length]).sort()).toEqual(
          graph.edges.map((e) => [e.key, e.evidence.length]).sort(),
        );
      });

      it('keeps one relation with two evidence entries for a fact two documents state', async () => {
        await loadBoth();
        const graph = await store.exportGraph();
        const facts = graph.edges.filter((e) => e.key === TANG_SECRETARY);
        expect(facts).toHaveLength(1);
        const sources = facts[0]!.evidence.map((e) => e.source).sort();
        expect(sources).toEqual([JIANGJIN_DOC.source.id, TONGNAN_DOC.source.id]);
      });

      it('stores a sentence listed twice by the same rule as one evidence entry', async () => {
        await store.upsertDocument(JIANGJIN_DOC);
        const { relations } = await store.getEntity(TANG);
        const secretary = relations.find((r) => r.key === TANG_SECRETARY);
        expect(secretary?.evidence).toHaveLength(1);
      });

      it('merges aliases and adds up mentions across documents', async () => {
        await loadBoth();
        const { entity } = await store.getEntity(TANG);
        expect(entity.mentions).toBe(mentionsOf([JIANGJIN_DOC, TONGNAN_DOC], TANG));
        expect((await store.getEntity(CONGRESS)).entity.aliases).toEqual(['市人大']);
      });
    });

    describe('search', () => {
      beforeEach(loadBoth);

      it('puts the exact name first', async () => {
        const { results } = await store.search({ q: '唐大军', limit: 10 });
        expect(results[0]).toEqual({ id: TANG, type: 'Person', name: '唐大军', aliases: [] });
      });

      it('finds part of a name: exact alias, then prefix', async () => {
        const { results } = await store.search({ q: '江津', limit: 10 });
        expect(results.map((r) => r.id)).toEqual([JIANGJIN_DISTRICT, JIANGJIN_COMMITTEE]);
      });

      it('finds a substring inside names', async () => {
        const { results } = await store.search({ q: '区委', limit: 10 });
        expect(results.map((r) => r.id).sort()).toEqual([JIANGJIN_COMMITTEE, TONGNAN_COMMITTEE].sort());
      });

      it('ranks prefix hits before substring hits, shorter names first', async () => {
        const { results } = await store.search({ q: '重庆', limit: 10 });
        expect(results.map((r) => r.id)).toEqual([CHONGQING, CONGRESS, REFORM]);
        const inner = await store.search({ q: '市人大', limit: 10 });
        expect(inner.results[0]?.id).toBe(CONGRESS);
      });

      it('filters by type', async () => {
        const { results } = await store.search({ q: '江津', types: ['Organization'], limit: 10 });
        expect(results.map((r) => r.id)).toEqual([JIANGJIN_COMMITTEE]);
      });

      it('pages with a cursor, without repeats or gaps', async () => {
        const all = await store.search({ q: '区', limit: 50 });
        expect(all.results.length).toBeGreaterThanOrEqual(4);
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.search({ q: '区', limit: 2, ...(cursor ? { cursor } : {}) });
          expect(page.results.length).toBeLessThanOrEqual(2);
          seen.push(...page.results.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.results.map((r) => r.id));
      });

      it('answers no results for a name nobody has', async () => {
        expect((await store.search({ q: '不存在的名字', limit: 10 })).results).toEqual([]);
      });
    });

    describe('entity', () => {
      beforeEach(loadBoth);

      it('gives relations in both directions with their evidence', async () => {
        const detail = await store.getEntity(JIANGJIN_COMMITTEE);
        expect(detail.entity).toMatchObject({ id: JIANGJIN_COMMITTEE, type: 'Organization', name: '江津区委' });
        const incoming = detail.relations.find((r) => r.direction === 'in' && r.type === 'HOLDS_POSITION');
        expect(incoming).toMatchObject({ other: { id: TANG, type: 'Person', name: '唐大军' }, title: '书记' });
        expect(incoming?.evidence).toHaveLength(2);
        const sentence = incoming?.evidence.find((e) => e.source === JIANGJIN_DOC.source.id);
        expect(sentence).toMatchObject({ text: '市人大代表、江津区委书记唐大军出席重报圆桌会。' });
        expect(JIANGJIN_DOC.text.slice(sentence!.start, sentence!.end)).toBe(sentence!.text);
        const outgoing = detail.relations.filter((r) => r.direction === 'out');
        expect(outgoing.map((r) => [r.type, r.other.id])).toEqual([['LOCATED_IN', JIANGJIN_DISTRICT]]);
      });

      it('keeps titles apart: two offices at one organization are two relations', async () => {
        const { relations } = await store.getEntity(GAO);
        expect(relations.map((r) => r.title).sort()).toEqual(['主任', '党组书记']);
      });
    });

    describe('neighbours', () => {
      beforeEach(loadBoth);
      const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

      it('returns the start and its direct neighbours at depth 1', async () => {
        const g = await store.neighbors(TANG, { depth: 1, limit: 50 });
        expect(ids(g)).toEqual([TANG, JIANGJIN_COMMITTEE, CONGRESS, ROUND_TABLE].sort());
        expect(g.edges).toHaveLength(3);
        expect(g.truncated).toBe(false);
      });

      it('reaches further at depth 2, every edge between returned nodes', async () => {
        const g = await store.neighbors(TANG, { depth: 2, limit: 50 });
        expect(ids(g)).toEqual([TANG, JIANGJIN_COMMITTEE, CONGRESS, ROUND_TABLE, JIANGJIN_DISTRICT, WEN].sort());
        const kept = new Set(ids(g));
        for (const edge of g.edges) expect(kept.has(edge.from) && kept.has(edge.to)).toBe(true);
      });

      it('stops at the limit and says it did', async () => {
        const g = await store.neighbors(TANG, { depth: 2, limit: 4 });
        expect(g.nodes).toHaveLength(5);
        expect(g.truncated).toBe(true);
        for (const id of [JIANGJIN_COMMITTEE, CONGRESS, ROUND_TABLE]) expect(ids(g)).toContain(id);
      });

      it('follows only the relation types asked for', async () => {
        const g = await store.neighbors(TANG, { depth: 1, limit: 50, relationTypes: ['HOLDS_POSITION'] });
        expect(ids(g)).toEqual([TANG, JIANGJIN_COMMITTEE, CONGRESS].sort());
        expect(g.edges.every((e) => e.type === 'HOLDS_POSITION')).toBe(true);
      });

      it('follows only the direction asked for', async () => {
        const out = await store.neighbors(TANG, { depth: 2, limit: 50, direction: 'out' });
        expect(ids(out)).toEqual([TANG, JIANGJIN_COMMITTEE, CONGRESS, ROUND_TABLE, JIANGJIN_DISTRICT].sort());
        const inbound = await store.neighbors(CHONGQING, { depth: 1, limit: 50, direction: 'in' });
        expect(ids(inbound)).toEqual([CHONGQING, JIANGJIN_DISTRICT, TONGNAN_DISTRICT].sort());
        const none = await store.neighbors(TANG, { depth: 1, limit: 50, direction: 'in' });
        expect(ids(none)).toEqual([TANG]);
      });
    });

    describe('paths', () => {
      beforeEach(loadBoth);
      const sequences = (r: { paths: { nodes: string[] }[] }) => r.paths.map((p) => p.nodes.join(' ')).sort();

      it('lists every shortest path, relations walked either way', async () => {
        const result = await store.shortestPaths(TANG, WEN, { maxLength: 4, limit: 10 });
        expect(sequences(result)).toEqual([`${TANG} ${CONGRESS} ${WEN}`, `${TANG} ${ROUND_TABLE} ${WEN}`].sort());
        for (const path of result.paths) {
          expect(path.edges).toHaveLength(path.nodes.length - 1);
          path.edges.forEach((key, i) => {
            const edge = result.graph.edges.find((e) => e.key === key);
            expect([edge?.from, edge?.to].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
          });
        }
        expect(result.graph.truncated).toBe(false);
      });

      it('finds longer paths and cuts at the limit', async () => {
        const all = await store.shortestPaths(TANG, TONGNAN_DISTRICT, { maxLength: 5, limit: 10 });
        expect(all.paths).toHaveLength(3);
        expect(all.paths.every((p) => p.nodes.length === 5)).toBe(true);
        const one = await store.shortestPaths(TANG, TONGNAN_DISTRICT, { maxLength: 5, limit: 1 });
        expect(one.paths).toHaveLength(1);
        expect(one.graph.truncated).toBe(true);
      });

      it('finds nothing beyond maxLength', async () => {
        const result = await store.shortestPaths(TANG, TONGNAN_DISTRICT, { maxLength: 3, limit: 10 });
        expect(result.paths).toEqual([]);
      });
    });

    describe('overview and export', () => {
      beforeEach(loadBoth);

      it('gives the most connected entities and only the relations among them', async () => {
        const g = await store.overview(3);
        expect(g.nodes).toHaveLength(3);
        expect(g.truncated).toBe(true);
        expect(g.nodes.map((n) => n.id)).toContain(TANG);
        const kept = new Set(g.nodes.map((n) => n.id));
        for (const edge of g.edges) expect(kept.has(edge.from) && kept.has(edge.to)).toBe(true);
        const whole = await store.overview(100);
        expect(whole.nodes).toHaveLength(12);
        expect(whole.edges).toHaveLength(13);
        expect(whole.truncated).toBe(false);
      });

      it('exports the whole graph with evidence', async () => {
        const g = await store.exportGraph();
        expect(g.nodes).toHaveLength(12);
        expect(g.edges).toHaveLength(13);
        expect(g.edges.reduce((n, e) => n + e.evidence.length, 0)).toBe(14);
      });
    });

    describe('sources', () => {
      beforeEach(loadBoth);

      it('lists sources and gives one with its text and articles', async () => {
        const sources = await store.listSources();
        expect(sources.map((s) => s.id).sort()).toEqual([JIANGJIN_DOC.source.id, TONGNAN_DOC.source.id].sort());
        const detail = await store.getSource(JIANGJIN_DOC.source.id);
        expect(detail.source).toEqual(JIANGJIN_DOC.source);
        expect(detail.text).toBe(JIANGJIN_DOC.text);
        expect(detail.articles).toEqual(JIANGJIN_DOC.articles);
      });

      it('replaces a changed source: its old evidence goes, and what only it supported', async () => {
        const result = await store.upsertDocument(TONGNAN_CHANGED_DOC);
        expect(result.status).toBe('replaced');
        for (const gone of [WEN, TONGNAN_COMMITTEE, GAO, REFORM]) {
          expect((await rejection(store.getEntity(gone))).code).toBe('NOT_FOUND');
        }
        expect(await store.stats()).toMatchObject({
          entities: { total: 8 },
          relations: { total: 7 },
          evidence: 8,
          sources: 2,
          articles: 3,
        });
        const { relations } = await store.getEntity(TANG);
        const secretary = relations.find((r) => r.key === TANG_SECRETARY);
        const fromChanged = secretary?.evidence.filter((e) => e.source === TONGNAN_DOC.source.id) ?? [];
        expect(fromChanged.map((e) => e.text)).toEqual(['江津区委书记唐大军出席。']);
        expect(TONGNAN_CHANGED_DOC.text.slice(fromChanged[0]!.start, fromChanged[0]!.end)).toBe('江津区委书记唐大军出席。');
        expect((await store.getSource(TONGNAN_DOC.source.id)).text).toBe(TONGNAN_CHANGED_DOC.text);
        expect((await store.getEntity(TANG)).entity.mentions).toBe(mentionsOf([JIANGJIN_DOC, TONGNAN_CHANGED_DOC], TANG));
      });

      it('deletes a source, its evidence, and what it alone supported', async () => {
        await store.deleteSource(JIANGJIN_DOC.source.id);
        for (const gone of [JIANGJIN_DISTRICT, CORRIDOR]) expect((await rejection(store.getEntity(gone))).code).toBe('NOT_FOUND');
        expect(await store.stats()).toEqual({
          entities: { total: 10, byType: { Person: 3, Organization: 4, Place: 2, Event: 1 } },
          relations: { total: 8, byType: { HOLDS_POSITION: 5, ATTENDED: 1, LOCATED_IN: 2 } },
          evidence: 8,
          sources: 1,
          articles: 1,
        });
        const { relations } = await store.getEntity(JIANGJIN_COMMITTEE);
        expect(relations.map((r) => [r.type, r.direction, r.other.id, r.evidence.length])).toEqual([
          ['HOLDS_POSITION', 'in', TANG, 1],
        ]);
        expect((await rejection(store.getSource(JIANGJIN_DOC.source.id))).code).toBe('NOT_FOUND');
        expect((await store.search({ q: '江津', limit: 10 })).results.map((r) => r.id)).toEqual([JIANGJIN_COMMITTEE]);
      });

      it('can ingest a deleted source again', async () => {
        await store.deleteSource(TONGNAN_DOC.source.id);
        expect((await store.upsertDocument(TONGNAN_DOC)).status).toBe('created');
        expect((await store.stats()).relations.total).toBe(13);
      });
    });

    it('answers ping when open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
