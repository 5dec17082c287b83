/**
 * HTTP behaviour around the routes: the read key, CORS origins from
 * configuration, request size limits (JSON and uploads), request ids in every
 * log line and in X-Request-Id, and problem+json for what the router refuses.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type HttpOptions } from '../server/app.ts';
import { keyMatches } from '../server/http/auth.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { DATED_JIANGJIN, TEST_KEY, UPLOAD_TEXT } from './api/fixtures.ts';
import { call, enc, expectProblem, form, listen, stop, type Running } from './api/http.ts';

const READ_KEY = 'read-key-for-tests-0123456789';

let folder: string;
let store: EmbeddedStore;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-http-'));
  store = new EmbeddedStore({ dataDir: folder });
  await store.open();
  await store.upsertDocument(DATED_JIANGJIN);
});

afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

/** Runs `work` against an app with `http` options, logging into `lines`. */
async function withApp(http: Partial<HttpOptions>, work: (api: Running, lines: Record<string, unknown>[]) => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const api = await listen(createApp({ store, webRoot: '/nonexistent', http, logger: pino({ level: 'info' }, sink) }));
  try {
    await work(api, lines);
  } finally {
    await stop(api);
  }
}

describe('keys', () => {
  it('compares keys in constant time and exactly', () => {
    expect(keyMatches(TEST_KEY, TEST_KEY)).toBe(true);
    expect(keyMatches(`${TEST_KEY}x`, TEST_KEY)).toBe(false);
    expect(keyMatches('', TEST_KEY)).toBe(false);
  });

  it('opens reads only to the read key or the API key once POLICYGRAPH_READ_KEY is set', async () => {
    await withApp({ apiKey: TEST_KEY, readKey: READ_KEY }, async (api) => {
      const refused = expectProblem(await call(api, '/api/stats'), 401);
      expect(refused.detail).toContain('POLICYGRAPH_READ_KEY');
      expect((await call(api, '/api/stats')).headers.get('www-authenticate')).toContain('Bearer');
      expectProblem(await call(api, '/api/stats', { headers: { authorization: 'Bearer wrong-key-000000000000' } }), 401);
      for (const key of [READ_KEY, TEST_KEY]) {
        const res = await call(api, '/api/stats', { headers: { authorization: `Bearer ${key}` } });
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('private, no-cache');
      }
      const upload = await call(api, '/api/sources', {
        method: 'POST',
        headers: { authorization: `Bearer ${READ_KEY}` },
        body: form('files', [{ name: 'x.txt', content: UPLOAD_TEXT }]),
      });
      expectProblem(upload, 401);
    });
  });
});

describe('CORS', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    await withApp({}, async (api) => {
      const res = await call(api, '/api/stats', { headers: { origin: 'https://example.org' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('allows the configured origins only, and answers preflights', async () => {
    await withApp({ corsOrigins: ['https://example.org'] }, async (api) => {
      const allowed = await call(api, '/api/stats', { headers: { origin: 'https://example.org' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://example.org');
      expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
      const other = await call(api, '/api/stats', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await call(api, '/api/sources', {
        method: 'OPTIONS',
        headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    });
  });
});

describe('size limits', () => {
  it('refuses a JSON body over the limit with 413', async () => {
    await withApp({ jsonLimitBytes: 100 }, async (api) => {
      const res = await call(api, '/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `RETURN '${'x'.repeat(200)}'` }),
      });
      expectProblem(res, 413);
    });
  });

  it('refuses an upload with a file over the limit or too many files, naming the setting', async () => {
    await withApp({ apiKey: TEST_KEY, uploadLimitBytes: 64, uploadMaxFiles: 2 }, async (api) => {
      const headers = { authorization: `Bearer ${TEST_KEY}` };
      const big = await call(api, '/api/sources', { method: 'POST', headers, body: form('files', [{ name: 'big.txt', content: '唐'.repeat(100) }]) });
      expect(expectProblem(big, 413).detail).toContain('POLICYGRAPH_UPLOAD_LIMIT');
      const three = form('files', ['a', 'b', 'c'].map((n) => ({ name: `${n}.txt`, content: UPLOAD_TEXT })));
      const many = await call(api, '/api/sources', { method: 'POST', headers, body: three });
      expect(expectProblem(many, 413).detail).toContain('POLICYGRAPH_UPLOAD_FILES');
      const broken = await call(api, '/api/sources', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nunterminated',
      });
      expectProblem(broken, 400);
      expect((await store.stats()).sources).toBe(1);
    });
  });
});

describe('request ids and logs', () => {
  it('echoes X-Request-Id (the caller’s when it looks like one) and puts it in every log line', async () => {
    await withApp({}, async (api, lines) => {
      const given = await call(api, '/api/stats', { headers: { 'x-request-id': 'trace-42' } });
      expect(given.headers.get('x-request-id')).toBe('trace-42');
      const made = await call(api, `/api/entities/${enc('person:无此人')}`, { headers: { 'x-request-id': 'bad id with spaces' } });
      const id = made.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await call(api, '/api/export?format=gexf');
      const requestLines = lines.filter((line) => 'req' in line || 'res' in line);
      expect(requestLines.length).toBeGreaterThanOrEqual(3);
      for (const line of requestLines) expect(line.reqId).toEqual(expect.any(String));
      expect(lines.some((line) => line.reqId === 'trace-42')).toBe(true);
      expect(lines.find((line) => line.reqId === id)).toMatchObject({ level: 40 });
      expect(JSON.stringify(lines)).not.toContain('authorization');
    });
  });

  it('logs uploads with the request id of the upload', async () => {
    await withApp({ apiKey: TEST_KEY }, async (api, lines) => {
      await call(api, '/api/sources', {
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_KEY}`, 'x-request-id': 'upload-1' },
        body: form('files', [{ name: 'logged.txt', content: UPLOAD_TEXT }]),
      });
      expect(lines.find((line) => line.msg === 'upload ingested')).toMatchObject({ reqId: 'upload-1', file: 'logged.txt' });
      await store.deleteSource('source:logged.txt');
    });
  });
});

describe('what the router refuses', () => {
  it('answers problem+json for a wrong method, an unknown route and a bad escape; HEAD works on reads', async () => {
    await withApp({}, async (api) => {
      const wrong = await call(api, '/api/stats', { method: 'POST' });
      expectProblem(wrong, 405);
      expect(wrong.headers.get('allow')).toBe('GET, HEAD');
      expectProblem(await call(api, '/api/nothing'), 404);
      expectProblem(await call(api, '/api/entities/%E0%A4%A'), 400);
      const head = await call(api, '/api/stats', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBeTruthy();
    });
  });
});
