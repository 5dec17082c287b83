/**
 * Contract cases that write: bad arguments, upserts (idempotence, shared facts, evidence), replacing and deleting sources.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { JIANGJIN as JIANGJIN_DOC, TONGNAN as TONGNAN_DOC, TONGNAN_CHANGED as TONGNAN_CHANGED_DOC } from '../fixtures/documents/index.ts';
import {
  TANG,
  WEN,
  GAO,
  JIANGJIN_COMMITTEE,
  TONGNAN_COMMITTEE,
  CONGRESS,
  REFORM,
  JIANGJIN_DISTRICT,
  CORRIDOR,
  TANG_SECRETARY,
  rejection,
  mentionsOf,
  type ContractContext,
} from './shared.ts';

/** Registers these cases inside the contract suite's describe block. */
export function describeWriteCases(context: ContractContext): void {
  let store: GraphStore;
  const loadBoth = () => context.loadBoth();

  beforeEach(() => {
    store = context.store();
  });

  describe('bad arguments', () => {
    it('rejects unknown ids with NOT_FOUND', async () => {
      await loadBoth();
      expect((await rejection(store.getEntity('person:无此人'))).code).toBe('NOT_FOUND');
      expect((await rejection(store.neighbors('person:无此人', { depth: 1, limit: 10 }))).code).toBe('NOT_FOUND');
      expect((await rejection(store.shortestPaths(TANG, 'person:无此人', { maxLength: 3, limit: 5 }))).code).toBe('NOT_FOUND');
      expect((await rejection(store.getSource('source:none.txt'))).code).toBe('NOT_FOUND');
      expect((await rejection(store.deleteSource('source:none.txt'))).code).toBe('NOT_FOUND');
    });

    it('rejects out-of-range options with VALIDATION', async () => {
      await loadBoth();
      for (const depth of [0, 4]) {
        expect((await rejection(store.neighbors(TANG, { depth, limit: 10 }))).code).toBe('VALIDATION');
      }
      expect((await rejection(store.neighbors(TANG, { depth: 1, limit: 0 }))).code).toBe('VALIDATION');
      expect((await rejection(store.shortestPaths(TANG, WEN, { maxLength: 0, limit: 5 }))).code).toBe('VALIDATION');
      expect((await rejection(store.search({ q: '唐', limit: 0 }))).code).toBe('VALIDATION');
      expect((await rejection(store.overview(0))).code).toBe('VALIDATION');
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
}
