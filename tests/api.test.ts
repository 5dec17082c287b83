/**
 * The HTTP API over a real port, on an embedded store loaded with the
 * hand-written fixtures: DESIGN.md's fixed points, validation and problem+json,
 * URL-encoded ids, the explorer fallback, and the OpenAPI document listing every route.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EntityPageSchema,
  HealthSchema,
  PathsResponseSchema,
  ProblemSchema,
  SearchResponseSchema,
  SourceDetailSchema,
  SourceListSchema,
  StatsSchema,
  SubgraphSchema,
} from '../schema/api.ts';
import { createApp } from '../server/app.ts';
import { openApiPath } from '../server/openapi.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { JIANGJIN, TONGNAN } from './fixtures/documents/index.ts';

const TANG = 'person:唐大军';

interface Running {
  app: Express;
  server: Server;
  base: string;
}

async function listen(app: Express): Promise<Running> {
  const server = await new Promise<Server>((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  const { port } = server.address() as AddressInfo;
  return { app, server, base: `http://127.0.0.1:${port}` };
}

async function stop({ server }: Running): Promise<void> {
  await new Promise((done) => server.close(done));
}

let folder: string;
let store: EmbeddedStore;
let api: Running;

async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${api.base}${path}`, init);
  const text = await res.text();
  const body: unknown = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, body };
}

/** Asserts a problem+json answer and returns its body. */
async function expectProblem(path: string, status: number, init?: RequestInit) {
  const res = await get(path, init);
  expect(res.status).toBe(status);
  expect(res.type).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.strict().parse(res.body);
  expect(body.status).toBe(status);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  return body;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-api-'));
  store = new EmbeddedStore({ dataDir: join(folder, 'data') });
  await store.open();
  await store.upsertDocument(JIANGJIN);
  await store.upsertDocument(TONGNAN);
  api = await listen(createApp({ store, webRoot: join(folder, 'no-explorer') }));
});

afterAll(async () => {
  await stop(api);
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('bad requests answer problem+json', () => {
  it('names the bad query parameter', async () => {
    expect((await expectProblem('/api/search', 400)).parameter).toBe('q');
    expect((await expectProblem('/api/search?q=%20%20', 400)).parameter).toBe('q');
    expect((await expectProblem('/api/search?q=a&limit=0', 400)).parameter).toBe('limit');
    expect((await expectProblem('/api/search?q=a&limit=many', 400)).parameter).toBe('limit');
    expect((await expectProblem('/api/search?q=a&type=Planet', 400)).parameter).toBe('type');
    expect((await expectProblem('/api/search?q=a&cursor=bogus', 400)).parameter).toBe('cursor');
    const depth = await expectProblem(`/api/entities/${encodeURIComponent(TANG)}/neighbors?depth=9`, 400);
    expect(depth).toMatchObject({ parameter: 'depth', detail: expect.stringContaining('1 to 3') });
    expect((await expectProblem('/api/entities/x/neighbors?direction=up', 400)).parameter).toBe('direction');
    expect((await expectProblem(`/api/paths?from=${encodeURIComponent(TANG)}`, 400)).parameter).toBe('to');
  });

  it('answers 404 for unknown ids and routes, 405 for a wrong method', async () => {
    expect((await expectProblem(`/api/entities/${encodeURIComponent('person:无此人')}`, 404)).detail).toContain('person:无此人');
    await expectProblem(`/api/entities/${encodeURIComponent('person:无此人')}/neighbors`, 404);
    await expectProblem(`/api/paths?from=${encodeURIComponent(TANG)}&to=person:nobody`, 404);
    await expectProblem('/api/sources/source%3Anone.txt', 404);
    await expectProblem('/api/nothing-here', 404);
    const wrong = await get('/api/search?q=a', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
  });

  it('refuses malformed JSON and a body without a query', async () => {
    const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await expectProblem('/api/cypher', 400, post('{"query": '))).parameter).toBe('body');
    expect((await expectProblem('/api/cypher', 400, post('{}'))).parameter).toBe('body.query');
    expect((await expectProblem('/api/cypher', 400, { method: 'POST' })).parameter).toBe('body');
  });

  it('refuses a malformed percent-escape', async () => {
    await expectProblem('/api/entities/%E0%A4%A', 400);
  });

  it('answers 501 for Cypher on the embedded store, saying how to get it', async () => {
    const body = await expectProblem('/api/cypher', 501, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) RETURN n LIMIT 1' }),
    });
    expect(body.detail).toContain('NEO4J_URI');
  });
});

describe('fixed points', () => {
  it('GET /api/health', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', store: 'embedded' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('GET /api/search?q=唐大军', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('唐大军')}`);
    expect(res.status).toBe(200);
    const body = SearchResponseSchema.parse(res.body);
    expect(body.results[0]).toEqual({ id: TANG, type: 'Person', name: '唐大军', aliases: [] });
  });

  it('GET /api/search finds part of a name, filters by type and pages', async () => {
    const part = SearchResponseSchema.parse((await get(`/api/search?q=${encodeURIComponent('江津')}`)).body);
    expect(part.results.map((r) => r.id)).toEqual(['place:江津区', 'org:江津区委']);
    const typed = SearchResponseSchema.parse((await get(`/api/search?q=${encodeURIComponent('江津')}&type=Organization,Person`)).body);
    expect(typed.results.map((r) => r.id)).toEqual(['org:江津区委']);
    const first = SearchResponseSchema.parse((await get(`/api/search?q=${encodeURIComponent('区')}&limit=1`)).body);
    expect(first.nextCursor).toBeDefined();
    const second = SearchResponseSchema.parse(
      (await get(`/api/search?q=${encodeURIComponent('区')}&limit=1&cursor=${first.nextCursor}`)).body,
    );
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
  });

  it('GET /api/entities/{id}, id URL-encoded or with a bare colon', async () => {
    for (const path of [`/api/entities/${encodeURIComponent('org:江津区委')}`, `/api/entities/org:${encodeURIComponent('江津区委')}`]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const body = EntityPageSchema.parse(res.body);
      expect(body.entity).toMatchObject({ id: 'org:江津区委', type: 'Organization', name: '江津区委' });
      const held = body.relations.find((r) => r.type === 'HOLDS_POSITION');
      expect(held).toMatchObject({ direction: 'in', other: { id: TANG, type: 'Person', name: '唐大军' }, title: '书记' });
      expect(held?.evidence[0]).toEqual(
        expect.objectContaining({
          text: expect.any(String),
          source: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
        }),
      );
    }
  });
});

describe('graph routes', () => {
  it('GET /api/entities/{id}/neighbors with depth, type and direction', async () => {
    const res = await get(`/api/entities/${encodeURIComponent(TANG)}/neighbors?depth=2&type=HOLDS_POSITION&direction=out&limit=10`);
    const body = SubgraphSchema.parse(res.body);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([TANG, 'org:江津区委', 'org:重庆市人大'].sort());
    expect(body.edges.every((e) => e.type === 'HOLDS_POSITION')).toBe(true);
  });

  it('GET /api/overview', async () => {
    const body = SubgraphSchema.parse((await get('/api/overview?limit=3')).body);
    expect(body.nodes).toHaveLength(3);
    expect(body.truncated).toBe(true);
  });

  it('GET /api/paths', async () => {
    const res = await get(`/api/paths?from=${encodeURIComponent(TANG)}&to=${encodeURIComponent('person:文天平')}`);
    const body = PathsResponseSchema.parse(res.body);
    expect(body.paths).toHaveLength(2);
  });

  it('GET /api/stats', async () => {
    const body = StatsSchema.parse((await get('/api/stats')).body);
    expect(body).toMatchObject({ entities: { total: 12 }, relations: { total: 13 }, evidence: 14, sources: 2 });
  });

  it('GET /api/sources and /api/sources/{id}', async () => {
    const list = SourceListSchema.parse((await get('/api/sources')).body);
    expect(list.sources.map((s) => s.id)).toEqual([JIANGJIN.source.id, TONGNAN.source.id]);
    const detail = SourceDetailSchema.parse((await get(`/api/sources/${encodeURIComponent(JIANGJIN.source.id)}`)).body);
    expect(detail.text).toBe(JIANGJIN.text);
    expect(detail.articles).toHaveLength(2);
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every API route of the app, and nothing else', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, { responses: object }>>; components: { schemas: object } };
    expect(doc.openapi).toBe('3.1.0');
    const stack = (api.app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
    const inApp = stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => [m, layer.route!.path] as const) : []))
      .filter(([method, path]) => path.startsWith('/api') && method !== '_all')
      .map(([method, path]) => `${method} ${openApiPath(path)}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    expect(inApp.length).toBeGreaterThanOrEqual(11);
    expect(documented).toEqual(inApp);
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref.split('/').pop()!);
  });

  it('documents query parameters with their constraints', async () => {
    type Parameter = { name: string; schema: { minimum?: number; maximum?: number }; required: boolean };
    const doc = (await get('/api/openapi.json')).body as { paths: Record<string, { get: { parameters: Parameter[] } }> };
    const params = doc.paths['/api/entities/{id}/neighbors']!.get.parameters;
    expect(params.find((p) => p.name === 'id')).toMatchObject({ required: true });
    expect(params.find((p) => p.name === 'depth')).toMatchObject({ required: false, schema: { minimum: 1, maximum: 3 } });
  });
});

describe('health of a store that does not answer', () => {
  it('answers 503 with status unavailable', async () => {
    const closed = new EmbeddedStore({ dataDir: join(folder, 'closed') });
    const down = await listen(createApp({ store: closed }));
    try {
      const res = await fetch(`${down.base}/api/health`);
      expect(res.status).toBe(503);
      expect(HealthSchema.parse(await res.json())).toMatchObject({ status: 'unavailable', store: 'embedded' });
    } finally {
      await stop(down);
    }
  });
});

describe('explorer', () => {
  it('says how to build the explorer when it is missing', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('npm run build:web');
  });

  it('serves index.html for explorer paths but not for /api', async () => {
    const webRoot = join(folder, 'web');
    await mkdir(webRoot, { recursive: true });
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>PolicyGraph</title>');
    const web = await listen(createApp({ store, webRoot }));
    try {
      for (const path of ['/', '/entity/person:唐大军']) {
        const res = await fetch(`${web.base}${encodeURI(path)}`);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<title>PolicyGraph</title>');
      }
      const api404 = await fetch(`${web.base}/api/nothing`);
      expect(api404.status).toBe(404);
      expect(api404.headers.get('content-type')).toMatch(/problem\+json/);
    } finally {
      await stop(web);
    }
  });
});
