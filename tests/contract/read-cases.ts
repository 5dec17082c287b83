/**
 * Contract cases that read: search, entity detail, neighbours, paths, overview and export.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/types.ts';
import { JIANGJIN as JIANGJIN_DOC } from '../fixtures/documents/index.ts';
import {
  TANG,
  WEN,
  GAO,
  JIANGJIN_COMMITTEE,
  TONGNAN_COMMITTEE,
  CONGRESS,
  REFORM,
  ROUND_TABLE,
  JIANGJIN_DISTRICT,
  TONGNAN_DISTRICT,
  CHONGQING,
  type ContractContext,
} from './shared.ts';

/** Registers these cases inside the contract suite's describe block. */
export function describeReadCases(context: ContractContext): void {
  let store: GraphStore;
  const loadBoth = () => context.loadBoth();

  beforeEach(() => {
    store = context.store();
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
}
