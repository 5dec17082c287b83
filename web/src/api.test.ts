import { describe, expect, it } from 'vitest';
import { ApiError, createApi, query } from './api.ts';
import { subgraph, tang } from './testing/fixtures.ts';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: (url: string) => Response): { calls: Call[]; fetch: (url: string, init?: RequestInit) => Promise<Response> } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return respond(url);
    },
  };
}

const json = (body: unknown, status = 200, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createApi', () => {
  it('encodes entity ids and query values into the documented paths', async () => {
    const fake = fakeFetch(() => json(subgraph([tang], [])));
    const api = createApi('', fake.fetch);
    await api.entity('person:唐大军');
    await api.neighbours('person:唐大军', { depth: 1, limit: 50 });
    await api.search('唐 大军', { type: 'Person', limit: 20 });
    await api.overview(300);
    expect(fake.calls.map((c) => c.url)).toEqual([
      '/api/entities/person%3A%E5%94%90%E5%A4%A7%E5%86%9B',
      '/api/entities/person%3A%E5%94%90%E5%A4%A7%E5%86%9B/neighbors?depth=1&limit=50',
      '/api/search?q=%E5%94%90+%E5%A4%A7%E5%86%9B&type=Person&limit=20',
      '/api/overview?limit=300',
    ]);
  });

  it('turns a problem+json answer into an ApiError carrying the detail', async () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, detail: 'No entity person:无名 in the store' };
    const api = createApi('', fakeFetch(() => json(problem, 404, 'application/problem+json')).fetch);
    const error = await api.entity('person:无名').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).notice).toEqual({ kind: 'problem', detail: problem.detail });
  });

  it('reports a non-problem error answer and an unreachable server by kind', async () => {
    const html = createApi('', fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } })).fetch);
    await expect(html.overview()).rejects.toMatchObject({ notice: { kind: 'protocol', status: 502 } });
    const down = createApi('', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(down.overview()).rejects.toMatchObject({ status: 0, notice: { kind: 'network' } });
  });
});

describe('createApi: Cypher', () => {
  it('POSTs the query and parameters as JSON to /api/cypher', async () => {
    const fake = fakeFetch(() => json({ columns: ['n'], rows: [[1]], graph: { nodes: [], edges: [] }, truncated: false }));
    const answer = await createApi('', fake.fetch).cypher({ query: 'RETURN $n AS n', params: { n: 1 } });
    expect(answer.rows).toEqual([[1]]);
    const init = fake.calls[0]?.init;
    expect(fake.calls[0]?.url).toBe('/api/cypher');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ query: 'RETURN $n AS n', params: { n: 1 } });
  });

  it('keeps the status and detail of a 501 so the console can tell it from a refusal', async () => {
    const problem = { type: 'urn:policygraph:problem:unsupported', title: 'Not Implemented', status: 501, detail: 'The embedded store does not run Cypher.' };
    const error = await createApi('', fakeFetch(() => json(problem, 501, 'application/problem+json')).fetch)
      .cypher({ query: 'RETURN 1' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 501, notice: { kind: 'problem', detail: problem.detail } });
  });
});

describe('query', () => {
  it('leaves out undefined values and is empty without values', () => {
    expect(query({ a: 1, b: undefined, c: 'x y' })).toBe('?a=1&c=x+y');
    expect(query({})).toBe('');
  });
});
