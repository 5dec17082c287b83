/**
 * Schema-driven fuzzing of a running server (`policygraph serve --seed
 * data/samples` in a child process): fast-check generates requests for every
 * operation of /api/openapi.json from its parameter, body and header schemas,
 * and every answer must be one the document promises — never a 500, a status
 * the operation does not list, or a body that does not match the documented
 * schema — with problem+json for every error and a request id in every log line.
 * Registered per store by tests/api-fuzz.test.ts and tests/api-fuzz.neo4j.test.ts.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProblemSchema } from '../../schema/api.ts';
import { anyRequest, operationsOf, type FuzzRequest, type Known, type Operation } from './requests.ts';
import type { ServedApi } from './server.ts';

/** The key the fuzzed server must be started with. */
export const FUZZ_KEY = 'fuzz-key-0123456789abcdef';

type JsonObject = Record<string, unknown>;

/** Ajv validators for every documented JSON response schema, by operation, status and media type. */
function compileResponses(doc: JsonObject, operations: Operation[]): Map<string, ValidateFunction> {
  const validators = new Map<string, ValidateFunction>();
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema({ $id: 'api', components: doc.components }, 'api');
  for (const operation of operations) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const content = ((response as JsonObject).content ?? {}) as Record<string, { schema?: object }>;
      for (const [type, media] of Object.entries(content)) {
        if (!type.includes('json') || !media.schema) continue;
        const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components', '"api#/components')) as object;
        validators.set(`${operation.id} ${status} ${type}`, ajv.compile(schema));
      }
    }
  }
  return validators;
}

/** Checks one answer against what the document promises for the operation. */
async function check(request: FuzzRequest, res: Response, validators: Map<string, ValidateFunction>): Promise<number> {
  const { operation } = request;
  const status = res.status;
  const text = await res.text();
  const where = `${request.describe} → ${status} ${text.slice(0, 300)}`;
  expect(status, where).not.toBe(500);
  expect(Object.keys(operation.responses), where).toContain(String(status));
  expect(res.headers.get('x-request-id'), where).toBeTruthy();
  if (status === 304) {
    expect(request.headers['if-none-match'], where).toBeDefined();
    return status;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
  if (status >= 400) {
    expect(type, where).toBe('application/problem+json');
    const problem = ProblemSchema.parse(JSON.parse(text));
    expect(problem.status, where).toBe(status);
    return status;
  }
  const validate = validators.get(`${operation.id} ${status} ${type}`);
  if (type.includes('json') && request.method !== 'HEAD') {
    expect(validate, `${where}: no schema documented for ${type}`).toBeDefined();
    const valid = validate!(JSON.parse(text));
    expect(valid, `${where}: ${JSON.stringify(validate!.errors)}`).toBe(true);
  }
  return status;
}

/** What the generator needs: the document's operations and ids that exist in the store. */
async function prepare(server: ServedApi) {
  const json = async (path: string) => (await (await fetch(`${server.base}${path}`)).json()) as JsonObject;
  const doc = await json('/api/openapi.json');
  const operations = operationsOf(doc);
  const graph = await json('/api/overview?limit=40');
  const sources = (await json('/api/sources')).sources as { id: string }[];
  const detail = await json(`/api/sources/${encodeURIComponent(sources[0]!.id)}`);
  const known: Known = {
    entityIds: (graph.nodes as { id: string }[]).map((n) => n.id),
    sourceIds: sources.map((s) => s.id),
    articleIds: (detail.articles as { id: string }[]).map((a) => a.id),
    apiKey: FUZZ_KEY,
  };
  return { operations, known, validators: compileResponses(doc, operations) };
}

/** Registers the fuzz run of `runs` requests against the server `start` gives (started with FUZZ_KEY). */
export function describeApiFuzz(label: string, start: () => Promise<ServedApi>, runs: number): void {
  describe(`fuzzing the running server (${label}) from its OpenAPI document`, () => {
    let server: ServedApi | undefined;
    let setup: Awaited<ReturnType<typeof prepare>>;
    const seen = new Map<number, number>();

    beforeAll(async () => {
      server = await start();
      setup = await prepare(server);
    }, 180_000);

    afterAll(async () => {
      await server?.stop();
    });

    it(`answers ${runs} generated requests as documented, never with a 500`, async () => {
      const base = server!.base;
      await fc.assert(
        fc.asyncProperty(anyRequest(setup.operations, setup.known), async (request) => {
          const res = await fetch(`${base}${request.url}`, {
            method: request.method,
            headers: request.headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
          const status = await check(request, res, setup.validators);
          seen.set(status, (seen.get(status) ?? 0) + 1);
        }),
        { numRuns: runs, endOnFailure: true },
      );
      const total = [...seen.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(runs);
      // The run reached both successes and refusals, not only one kind.
      expect([...seen.keys()].some((s) => s < 300)).toBe(true);
      expect([...seen.keys()].some((s) => s >= 400)).toBe(true);
      process.stderr.write(`[fuzz ${label}] ${total} requests, statuses ${JSON.stringify(Object.fromEntries([...seen].sort()))}\n`);
    }, 900_000);

    it('logged every request with its request id, and no server error', async () => {
      // The last answers' log lines may still be on their way through the child's stdout pipe.
      await vi.waitFor(() => expect(server!.lines.filter((line) => 'res' in line).length).toBeGreaterThanOrEqual(runs), { timeout: 10_000 });
      const requestLines = server!.lines.filter((line) => 'res' in line);
      for (const line of requestLines) expect(line.reqId).toEqual(expect.any(String));
      expect(server!.lines.filter((line) => line.level === 50)).toEqual([]);
    });
  });
}
