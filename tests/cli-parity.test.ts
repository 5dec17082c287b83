/**
 * CLI parity: `policygraph stats`, `export` (every format, whole graph and
 * subgraph, stdout and --out) and `extract` give the same data as the API over
 * the same store. The CLI runs as a real process on a data folder; the API is
 * served in-process from a store opened on the same folder.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { call, enc, listen, stop, type Running } from './api/http.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'data/samples/000_7424df761f98a704.txt');
const TANG = 'person:唐大军';

let folder: string;
let dataDir: string;
let store: EmbeddedStore;
let api: Running;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/policygraph.mjs'), ...args],
      { cwd: folder, env: { ...process.env, POLICYGRAPH_DATA: dataDir, LOG_LEVEL: 'silent', NEO4J_URI: '' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function ok(args: string[]): Promise<string> {
  const result = await cli(args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-parity-'));
  dataDir = join(folder, 'data');
  await ok(['ingest', join(ROOT, 'data/samples')]);
  store = new EmbeddedStore({ dataDir });
  await store.open();
  api = await listen(createApp({ store, webRoot: '/nonexistent' }));
}, 180_000);

afterAll(async () => {
  if (api) await stop(api);
  await store?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('CLI and API give the same data', () => {
  it('stats', async () => {
    const fromCli: unknown = JSON.parse(await ok(['stats']));
    expect(fromCli).toEqual((await call(api, '/api/stats')).body);
    expect(fromCli).toMatchObject({ sources: 5 });
  });

  it('export of the whole graph, every single-file format, byte for byte', async () => {
    for (const format of ['json', 'gexf', 'graphml', 'cypher']) {
      const fromCli = await ok(['export', '--format', format]);
      const fromApi = (await call(api, `/api/export?format=${format}`)).bytes.toString('utf8');
      expect(fromCli.length, format).toBeGreaterThan(1000);
      expect(fromCli, format).toBe(fromApi);
    }
  });

  it('export of a subgraph', async () => {
    const fromCli = await ok(['export', '--format', 'json', '--seed', TANG, '--depth', '2']);
    const fromApi = await call(api, `/api/export?format=json&seed=${enc(TANG)}&depth=2`);
    expect(JSON.parse(fromCli)).toEqual(fromApi.body);
    expect((fromApi.body as { nodes: unknown[] }).nodes.length).toBeGreaterThan(2);
  });

  it('export --format csv --out FOLDER writes the files the API zips', async () => {
    const out = join(folder, 'csv');
    const result = await cli(['export', '--format', 'csv', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('nodes.csv');
    const zipped = unzipSync(new Uint8Array((await call(api, '/api/export?format=csv')).bytes));
    expect((await readdir(out)).sort()).toEqual(Object.keys(zipped).sort());
    for (const [name, bytes] of Object.entries(zipped)) expect(await readFile(join(out, name), 'utf8'), name).toBe(strFromU8(bytes));
    const refused = await cli(['export', '--format', 'csv']);
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain('--out');
  });

  it('export --out FILE writes one file', async () => {
    const file = join(folder, 'graph.gexf');
    await ok(['export', '--format', 'gexf', '--out', file]);
    expect(await readFile(file, 'utf8')).toBe((await call(api, '/api/export?format=gexf')).bytes.toString('utf8'));
  });

  it('extract', async () => {
    const fromCli: unknown = JSON.parse(await ok(['extract', SAMPLE, '--format', 'json']));
    const body = new FormData();
    body.append('file', new Blob([await readFile(SAMPLE)]), '000_7424df761f98a704.txt');
    const fromApi = await call(api, '/api/extract', { method: 'POST', body });
    expect(fromApi.status).toBe(200);
    expect(fromCli).toEqual(fromApi.body);
    expect((fromCli as { relations: unknown[] }).relations.length).toBeGreaterThan(10);
  });
});
