/**
 * docs/api.md as a user runs it: every ```sh block (after the one that starts
 * the server) runs in bash, in order, against `policygraph serve --seed
 * data/samples` with an API key, with curl failing on any 4xx/5xx answer. The
 * Cypher example must answer the embedded store's 501 with its instructions;
 * the conditional-request example must print 304.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSamples, type ServedApi } from './fuzz/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const API_KEY = 'docs-key-0123456789abcdef';

let server: ServedApi;
let cwd: string;
let blocks: string[];

function bash(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const wrapped = `set -e\ncurl() { command curl -sS --fail-with-body "$@"; }\n${script}`;
  return new Promise((done) => {
    execFile('bash', ['-c', wrapped], { cwd, env: { ...process.env, POLICYGRAPH_API_KEY: API_KEY } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  const markdown = await readFile(join(ROOT, 'docs/api.md'), 'utf8');
  blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  server = await serveSamples(API_KEY);
  cwd = await mkdtemp(join(tmpdir(), 'policygraph-docs-'));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

describe('docs/api.md', () => {
  it('has a curl example for every API route', async () => {
    const doc = (await (await fetch(`${server.base}/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const text = blocks.join('\n');
    for (const path of Object.keys(doc.paths)) {
      const prefix = path.split('{')[0]!.replace(/\/$/, '');
      expect(text, path).toContain(`localhost:3000${prefix}`);
    }
  });

  it('runs every example as written', async () => {
    const [start, ...examples] = blocks;
    expect(start).toContain('serve --seed data/samples');
    expect(examples.length).toBeGreaterThanOrEqual(18);
    for (const block of examples) {
      const script = block.replaceAll('http://localhost:3000', server.base);
      const result = await bash(script);
      const where = `${block}\n→ exit ${result.code}\n${result.stdout.slice(0, 500)}\n${result.stderr.slice(0, 500)}`;
      if (block.includes('/api/cypher')) {
        expect(result.code, where).toBe(22);
        expect(result.stdout, where).toContain('NEO4J_URI');
        continue;
      }
      expect(result.code, where).toBe(0);
      if (block.includes('If-None-Match')) expect(result.stdout.trim(), where).toBe('304');
    }
  }, 120_000);
});
