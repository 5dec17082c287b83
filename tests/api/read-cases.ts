/**
 * API contract cases that read: health, search, entity (with relation filters),
 * neighbours, paths, relations by type, overview, stats, sources and articles,
 * Cypher, the OpenAPI document and the reference page, conditional GETs.
 */
import { describe, expect, it } from 'vitest';
import {
  ArticleDetailSchema,
  EntityPageSchema,
  PathsResponseSchema,
  RelationPageSchema,
  SearchResponseSchema,
  SourceListSchema,
  SourceReadingSchema,
  StatsSchema,
  SubgraphSchema,
} from '../../schema/api.ts';
import type { ApiContext } from './contract.ts';
import { CONGRESS, DATED_JIANGJIN, DATED_TONGNAN, JIANGJIN_COMMITTEE, LOADED, TANG, TANG_SECRETARY, WEN } from './fixtures.ts';
import { call, enc, expectProblem } from './http.ts';

/** Registers these cases inside the contract's describe block. */
export function describeReadCases(context: ApiContext): void {
  const get = (path: string, init?: RequestInit) => call(context.api(), path, init);

  describe('health and search', () => {
    it('GET /api/health names the store', async () => {
      const res = await get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', store: context.store().kind });
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('GET /api/search puts the exact name first and filters by type', async () => {
      const exact = SearchResponseSchema.parse((await get(`/api/search?q=${enc('唐大军')}`)).body);
      expect(exact.results[0]).toEqual({ id: TANG, type: 'Person', name: '唐大军', aliases: [] });
      const typed = SearchResponseSchema.parse((await get(`/api/search?q=${enc('江津')}&type=Organization`)).body);
      expect(typed.results.map((r) => r.id)).toEqual([JIANGJIN_COMMITTEE]);
    });

    it('GET /api/search pages with a cursor through every hit exactly once', async () => {
      const all = SearchResponseSchema.parse((await get(`/api/search?q=${enc('区')}&limit=100`)).body).results;
      expect(all.length).toBeGreaterThan(2);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = SearchResponseSchema.parse(
          (await get(`/api/search?q=${enc('区')}&limit=1${cursor ? `&cursor=${enc(cursor)}` : ''}`)).body,
        );
        paged.push(...page.results.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor && paged.length < 50);
      expect(paged).toEqual(all.map((r) => r.id));
    });

    it('GET /api/search refuses bad parameters, naming them', async () => {
      expect(expectProblem(await get('/api/search'), 400).parameter).toBe('q');
      expect(expectProblem(await get('/api/search?q=a&limit=101'), 400).parameter).toBe('limit');
      expect(expectProblem(await get('/api/search?q=a&type=Planet'), 400).parameter).toBe('type');
      expect(expectProblem(await get('/api/search?q=a&cursor=bogus'), 400).parameter).toBe('cursor');
    });
  });

  describe('entities', () => {
    it('GET /api/entities/{id} gives every relation with its evidence', async () => {
      const body = EntityPageSchema.parse((await get(`/api/entities/${enc(TANG)}`)).body);
      expect(body.entity).toMatchObject({ id: TANG, type: 'Person', name: '唐大军' });
      const secretary = body.relations.find((r) => r.key === TANG_SECRETARY);
      expect(secretary).toMatchObject({ type: 'HOLDS_POSITION', direction: 'out', title: '书记', other: { id: JIANGJIN_COMMITTEE } });
      expect(secretary?.evidence.map((e) => e.source).sort()).toEqual([DATED_JIANGJIN.source.id, DATED_TONGNAN.source.id].sort());
    });

    it('filters relations by type, direction and evidence date', async () => {
      const detail = async (query: string) =>
        EntityPageSchema.parse((await get(`/api/entities/${enc(TANG)}?${query}`)).body).relations;
      expect((await detail('type=ATTENDED')).map((r) => r.type)).toEqual(['ATTENDED']);
      expect(await detail('direction=in')).toEqual([]);
      const late = await detail('since=2025-01-21');
      expect(late.map((r) => [r.key, r.evidence.map((e) => e.date)])).toEqual([[TANG_SECRETARY, ['2025-01-21']]]);
      const early = await detail('until=2025-01-20');
      expect(early).toHaveLength(3);
      expect(early.flatMap((r) => r.evidence).every((e) => e.date === '2025-01-20')).toBe(true);
    });

    it('pages relations with limit and offset, and cuts evidence at evidenceLimit', async () => {
      const page = async (query: string) => EntityPageSchema.parse((await get(`/api/entities/${enc(TANG)}?${query}`)).body);
      const whole = await page('');
      expect(whole.relationsTotal).toBe(whole.relations.length);
      expect(whole.nextOffset).toBeUndefined();
      expect(whole.relationsTotal).toBeGreaterThan(2);
      const first = await page('limit=2');
      expect(first.relations).toHaveLength(2);
      expect(first).toMatchObject({ relationsTotal: whole.relationsTotal, nextOffset: 2 });
      const rest = await page(`offset=${first.nextOffset}&limit=2000`);
      expect([...first.relations, ...rest.relations].map((r) => r.key)).toEqual(whole.relations.map((r) => r.key));
      const cut = (await page('evidenceLimit=1')).relations.find((r) => r.key === TANG_SECRETARY);
      expect(cut?.evidence).toHaveLength(1);
      expect(cut?.evidenceTotal).toBe(2);
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}?limit=0`), 400).parameter).toBe('limit');
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}?evidenceLimit=x`), 400).parameter).toBe('evidenceLimit');
    });

    it('answers 404 for an unknown id and 400 for bad filters', async () => {
      expect(expectProblem(await get(`/api/entities/${enc('person:无此人')}`), 404).detail).toContain('person:无此人');
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}?since=2025-13-01`), 400).parameter).toBe('since');
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}?since=2025-02-01&until=2025-01-01`), 400).parameter).toBe('until');
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}?direction=up`), 400).parameter).toBe('direction');
    });

    it('GET /api/entities/{id}/neighbors with depth, type, direction and limit', async () => {
      const res = await get(`/api/entities/${enc(TANG)}/neighbors?depth=2&type=HOLDS_POSITION&direction=out&limit=10`);
      const body = SubgraphSchema.parse(res.body);
      expect(body.nodes.map((n) => n.id).sort()).toEqual([TANG, JIANGJIN_COMMITTEE, CONGRESS].sort());
      expect(body.edges.every((e) => e.type === 'HOLDS_POSITION')).toBe(true);
      const cut = SubgraphSchema.parse((await get(`/api/entities/${enc(TANG)}/neighbors?depth=3&limit=1`)).body);
      expect(cut.nodes).toHaveLength(2);
      expect(cut.truncated).toBe(true);
      expect(expectProblem(await get(`/api/entities/${enc(TANG)}/neighbors?depth=4`), 400).parameter).toBe('depth');
      expectProblem(await get(`/api/entities/${enc('person:无此人')}/neighbors`), 404);
    });

    it('GET /api/paths gives every shortest path', async () => {
      const body = PathsResponseSchema.parse((await get(`/api/paths?from=${enc(TANG)}&to=${enc(WEN)}`)).body);
      expect(body.paths).toHaveLength(2);
      for (const path of body.paths) expect([path.nodes[0], path.nodes.at(-1)]).toEqual([TANG, WEN]);
      expectProblem(await get(`/api/paths?from=${enc(TANG)}&to=${enc('person:无此人')}`), 404);
      expect(expectProblem(await get(`/api/paths?from=${enc(TANG)}`), 400).parameter).toBe('to');
    });
  });

  describe('relations by type', () => {
    it('lists every HOLDS_POSITION at an organization, with both ends', async () => {
      const page = RelationPageSchema.parse((await get(`/api/relations?type=HOLDS_POSITION&to=${enc(JIANGJIN_COMMITTEE)}`)).body);
      expect(page.nextCursor).toBeUndefined();
      expect(page.relations).toHaveLength(1);
      expect(page.relations[0]).toMatchObject({
        relation: { key: TANG_SECRETARY, title: '书记' },
        from: { id: TANG, type: 'Person', name: '唐大军' },
        to: { id: JIANGJIN_COMMITTEE, type: 'Organization', name: '江津区委' },
      });
      const fromTang = RelationPageSchema.parse((await get(`/api/relations?type=HOLDS_POSITION&from=${enc(TANG)}`)).body);
      expect(fromTang.relations.map((r) => r.to.id).sort()).toEqual([CONGRESS, JIANGJIN_COMMITTEE].sort());
      const none = RelationPageSchema.parse((await get(`/api/relations?type=HOSTS&from=${enc('person:无此人')}`)).body);
      expect(none.relations).toEqual([]);
    });

    it('pages in key order with a cursor', async () => {
      const keys: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await get(`/api/relations?type=HOLDS_POSITION&limit=4${cursor ? `&cursor=${enc(cursor)}` : ''}`);
        const page = RelationPageSchema.parse(res.body);
        keys.push(...page.relations.map((r) => r.relation.key));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(2);
      expect(keys).toHaveLength(6);
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(keys).size).toBe(6);
    });

    it('refuses a missing or unknown type and a foreign cursor', async () => {
      expect(expectProblem(await get('/api/relations'), 400).parameter).toBe('type');
      expect(expectProblem(await get('/api/relations?type=LIKES'), 400).parameter).toBe('type');
      expect(expectProblem(await get('/api/relations?type=HOSTS&cursor=x'), 400).parameter).toBe('cursor');
    });
  });

  describe('overview, stats, sources and articles', () => {
    it('GET /api/overview and /api/stats', async () => {
      const overview = SubgraphSchema.parse((await get('/api/overview?limit=3')).body);
      expect(overview.nodes).toHaveLength(3);
      expect(overview.truncated).toBe(true);
      const stats = StatsSchema.parse((await get('/api/stats')).body);
      expect(stats).toMatchObject({
        entities: { total: LOADED.entities },
        relations: { total: LOADED.relations, byType: { HOLDS_POSITION: 6 } },
        evidence: LOADED.evidence,
        sources: LOADED.sources,
        articles: LOADED.articles,
      });
    });

    it('GET /api/sources and /api/sources/{id} with text and articles', async () => {
      const list = SourceListSchema.parse((await get('/api/sources')).body);
      expect(list.sources.map((s) => s.id).sort()).toEqual([DATED_JIANGJIN.source.id, DATED_TONGNAN.source.id].sort());
      const detail = SourceReadingSchema.parse((await get(`/api/sources/${enc(DATED_JIANGJIN.source.id)}`)).body);
      expect(detail.source).toEqual(DATED_JIANGJIN.source);
      expect(detail.text).toBe(DATED_JIANGJIN.text);
      expect(detail.articles).toEqual(DATED_JIANGJIN.articles);
      const named = new Map<string, number>();
      for (const m of DATED_JIANGJIN.mentions) named.set(m.entity, (named.get(m.entity) ?? 0) + m.count);
      expect(detail.mentions.map((m) => [m.entity.id, m.count]).sort()).toEqual([...named].sort());
      expect(detail.mentions.map((m) => m.count)).toEqual(detail.mentions.map((m) => m.count).sort((a, b) => b - a));
      expectProblem(await get(`/api/sources/${enc('source:none.txt')}`), 404);
    });

    it('GET /api/articles/{id} with its text and the entities it names', async () => {
      const article = DATED_JIANGJIN.articles[0]!;
      const body = ArticleDetailSchema.parse((await get(`/api/articles/${enc(article.id)}`)).body);
      expect(body.article).toEqual(article);
      expect(body.source.id).toBe(DATED_JIANGJIN.source.id);
      expect(body.text).toBe(DATED_JIANGJIN.text.slice(article.start, article.end));
      const expected = DATED_JIANGJIN.mentions.filter((m) => m.article === article.id);
      expect(body.mentions.map((m) => [m.entity.id, m.count]).sort()).toEqual(expected.map((m) => [m.entity, m.count]).sort());
      expect(body.mentions.find((m) => m.entity.id === TANG)?.entity).toEqual({ id: TANG, type: 'Person', name: '唐大军' });
      expectProblem(await get(`/api/articles/${enc('article:000_jiangjin.txt#9')}`), 404);
      expectProblem(await get(`/api/articles/${enc('no-such-article')}`), 404);
    });
  });

  describe('cypher, documents and caching', () => {
    it('POST /api/cypher: rows on Neo4j, 501 with instructions on the embedded store', async () => {
      const res = await get('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (p:Person {id: $id}) RETURN p.name AS name', params: { id: TANG } }),
      });
      if (context.store().kind === 'embedded') expect(expectProblem(res, 501).detail).toContain('NEO4J_URI');
      else expect(res.body).toMatchObject({ columns: ['name'], rows: [['唐大军']] });
      expect(expectProblem(await get('/api/cypher', { method: 'POST' }), 400).parameter).toBe('body');
    });

    it('serves the OpenAPI document and the reference page made from it', async () => {
      const doc = await get('/api/openapi.json');
      expect(doc.status).toBe(200);
      expect(doc.body).toMatchObject({ openapi: '3.1.0' });
      const page = await get('/api/docs');
      expect(page.type).toMatch(/^text\/html/);
      expect(page.body).toContain('/api/relations');
      expect(page.body).not.toMatch(/<script|https?:\/\/(?!localhost)[^"]*\.(js|css)/);
      const again = await get('/api/docs', { headers: { 'if-none-match': page.headers.get('etag') ?? '' } });
      expect(again.status).toBe(304);
    });

    it('tags reads with an ETag and answers 304 while the store is unchanged', async () => {
      const first = await get('/api/stats');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const again = await get('/api/stats', { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers.get('etag')).toBe(etag);
      const other = await get('/api/stats', { headers: { 'if-none-match': 'W/"something-else"' } });
      expect(other.status).toBe(200);
    });
  });
}
