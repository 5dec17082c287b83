/**
 * Security of the HTTP layer: helmet's headers with a Content Security Policy
 * (the reference page's inline style allowed by hash), rate limits on Cypher and
 * uploads answering 429 problem+json, API keys compared in constant time over
 * equal-length digests and against every accepted key, and no stack trace,
 * path or internal message in any answer, whatever fails inside.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type HttpOptions } from '../server/app.ts';
import { keyMatches, requireAccess } from '../server/http/auth.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { DATED_JIANGJIN, TEST_KEY, UPLOAD_TEXT } from './api/fixtures.ts';
import { call, expectProblem, form, listen, stop, type Running } from './api/http.ts';

const compared = vi.hoisted(() => [] as [number, number][]);
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof import('node:crypto')>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return crypto.timingSafeEqual(a, b);
    },
  };
});

let folder: string;
let store: EmbeddedStore;

/** An embedded store whose reads fail the way a bug would: a plain Error with a stack, paths and internals in it. */
class BrokenStore extends EmbeddedStore {
  override async stats(): Promise<never> {
    throw new Error('internal failure in /srv/policygraph/server/store/embedded.ts:123 (password=hunter2)');
  }
  override async search(): Promise<never> {
    throw new TypeError("Cannot read properties of undefined (reading 'graph')");
  }
  override async entityPage(): Promise<never> {
    // eslint-disable-next-line no-throw-literal
    throw 'a bare string thrown from deep inside';
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-security-'));
  store = new EmbeddedStore({ dataDir: join(folder, 'ok') });
  await store.open();
  await store.upsertDocument(DATED_JIANGJIN);
});

afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

async function withApp(http: Partial<HttpOptions>, work: (api: Running) => Promise<void>, use: EmbeddedStore = store): Promise<void> {
  const api = await listen(createApp({ store: use, http }));
  try {
    await work(api);
  } finally {
    await stop(api);
  }
}

describe('security headers', () => {
  it('sends helmet headers and a Content Security Policy on the API and the explorer', async () => {
    await withApp({}, async (api) => {
      for (const path of ['/api/stats', '/', '/api/docs']) {
        const { headers } = await call(api, path);
        const csp = headers.get('content-security-policy') ?? '';
        expect(csp, path).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("worker-src 'self' blob:");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(headers.get('referrer-policy')).toBe('no-referrer');
        expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(headers.get('x-powered-by')).toBeNull();
      }
    });
  });

  it("allows the reference page's inline style by its hash, and nothing else inline", async () => {
    await withApp({}, async (api) => {
      const page = await call(api, '/api/docs');
      const style = /<style>([\s\S]*?)<\/style>/.exec(String(page.body))?.[1] ?? '';
      expect(style.length).toBeGreaterThan(100);
      const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
      expect(page.headers.get('content-security-policy')).toContain(`style-src 'self' ${hash}`);
      expect(String(page.body)).not.toMatch(/<script|\son\w+=/i);
    });
  });
});

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After past the Cypher limit, per client', async () => {
    await withApp({ cypherPerMinute: 3 }, async (api) => {
      const post = () => call(api, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }) });
      for (let i = 0; i < 3; i++) expect((await post()).status).toBe(501);
      const limited = await post();
      const problem = expectProblem(limited, 429);
      expect(problem.detail).toContain('POLICYGRAPH_CYPHER_RATE');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Other endpoints are not limited.
      expect((await call(api, '/api/stats')).status).toBe(200);
    });
  });

  it('limits uploads, counting refused keys too (a key cannot be guessed at speed)', async () => {
    await withApp({ apiKey: TEST_KEY, uploadsPerMinute: 2 }, async (api) => {
      const upload = (key: string) =>
        call(api, '/api/sources', { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form('files', [{ name: 'x.txt', content: UPLOAD_TEXT }]) });
      expectProblem(await upload('wrong-key-0000000000000000'), 401);
      expect((await upload(TEST_KEY)).status).toBe(201);
      expect(expectProblem(await upload(TEST_KEY), 429).detail).toContain('POLICYGRAPH_UPLOAD_RATE');
    });
  });
});

describe('API keys', () => {
  it('compares digests of equal length, whatever the length of the key sent', () => {
    compared.length = 0;
    for (const presented of ['', 'x', TEST_KEY, `${TEST_KEY}${'y'.repeat(500)}`]) keyMatches(presented, TEST_KEY);
    expect(compared).toEqual([[32, 32], [32, 32], [32, 32], [32, 32]]);
  });

  it('checks a key against every accepted key, without stopping at the first match', async () => {
    const guard = requireAccess('read', { apiKey: TEST_KEY, readKey: 'read-key-for-tests-0123456789' });
    compared.length = 0;
    const next = vi.fn();
    const req = { get: (name: string) => (name === 'authorization' ? `Bearer ${TEST_KEY}` : undefined) };
    guard(req as never, {} as never, next);
    expect(next).toHaveBeenCalledOnce();
    expect(compared).toHaveLength(2);
  });
});

describe('no internals in answers', () => {
  it('answers a failure inside the server with a bare 500 problem: no stack, path, message or secret', async () => {
    const broken = new BrokenStore({ dataDir: join(folder, 'broken') });
    await broken.open();
    try {
      await withApp(
        {},
        async (api) => {
          for (const path of ['/api/stats', '/api/search?q=江津', '/api/entities/person%3Ax']) {
            const answer = await call(api, path);
            const problem = expectProblem(answer, 500);
            const text = answer.bytes.toString('utf8');
            expect(problem.detail).toBe('The server failed to answer this request; the log has the details.');
            expect(text, path).not.toMatch(/\bat\s|\.ts\b|\/srv|hunter2|TypeError|undefined|bare string|stack/);
          }
          const badJson = await call(api, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
          expect(badJson.bytes.toString('utf8')).not.toMatch(/\bat\s|node_modules|SyntaxError|Unexpected/);
          expectProblem(badJson, 400);
        },
        broken,
      );
    } finally {
      await broken.close();
    }
  });
});
