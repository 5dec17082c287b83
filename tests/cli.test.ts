/**
 * The `policygraph` command as a user runs it: a real process, a temp data
 * folder. Bad input (empty file, binary file, missing path) gives one line naming
 * the file and leaves the store unchanged; re-ingesting changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsSchema, SubgraphSchema } from '../schema/api.ts';
import { ExtractionSchema } from '../schema/model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'data/samples');
const SAMPLE = join(SAMPLES, '000_7424df761f98a704.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let folder: string;
let dataDir: string;

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/policygraph.mjs'), ...args],
      { cwd: folder, env: { ...process.env, POLICYGRAPH_DATA: dataDir, LOG_LEVEL: 'silent', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

async function stats() {
  const result = await run(['stats']);
  expect(result.code).toBe(0);
  return StatsSchema.parse(JSON.parse(result.stdout));
}

const snapshot = () => readFile(join(dataDir, 'snapshot.jsonl'));

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-cli-'));
  dataDir = join(folder, 'data');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Each case starts one to three Node processes; on a busy machine that takes seconds. */
const SLOW = { timeout: 60_000 };

describe('policygraph', SLOW, () => {
  it('--help lists the commands', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['ingest', 'extract', 'serve', 'export', 'stats']) expect(result.stdout).toContain(command);
  });

  it('refuses an unknown command or format with a usage exit code', async () => {
    expect((await run(['frobnicate'])).code).toBe(64);
    const format = await run(['export', '--format', 'xml']);
    expect(format.code).toBe(64);
    expect(format.stderr).toContain('xml');
  });

  it('names a bad environment variable in one line', async () => {
    const result = await run(['stats'], { PORT: 'abc' });
    expect(result.code).toBe(78);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('PORT');
  });

  it('extract prints the contract JSON', async () => {
    const result = await run(['extract', SAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    const extraction = ExtractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction.source).toBe('000_7424df761f98a704.txt');
    expect(extraction.entities.length).toBeGreaterThan(0);
    const ids = new Set(extraction.entities.map((e) => e.id));
    for (const r of extraction.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });

  it('extract of a missing file says so in one line', async () => {
    const result = await run(['extract', 'no-such-file.txt']);
    expect(result.code).toBe(65);
    expect(lines(result.stderr)).toEqual([expect.stringContaining('no-such-file.txt')]);
  });
});

describe('policygraph ingest', SLOW, () => {
  it('ingests the samples', async () => {
    const result = await run(['ingest', SAMPLES]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 created');
    expect((await stats()).sources).toBe(5);
  });

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0)],
    ['a binary file', 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['a missing path', 'missing.txt', undefined],
  ])('refuses %s in one line naming it, and leaves the store unchanged', async (_label, name, bytes) => {
    const path = join(folder, name);
    if (bytes) await writeFile(path, bytes);
    const before = { stats: await stats(), snapshot: await snapshot() };
    const result = await run(['ingest', path]);
    expect(result.code).toBe(65);
    expect(lines(result.stderr)).toEqual([expect.stringContaining(name)]);
    expect(result.stdout).toContain('1 skipped');
    expect(await stats()).toEqual(before.stats);
    expect(await snapshot()).toEqual(before.snapshot);
  });

  it('goes on past a bad file and counts it', async () => {
    const result = await run(['ingest', join(folder, 'missing.txt'), SAMPLE]);
    expect(result.code).toBe(65);
    expect(result.stdout).toContain('1 unchanged, 1 skipped');
  });

  it('re-ingesting the samples changes nothing', async () => {
    const before = { stats: await stats(), snapshot: await snapshot() };
    const result = await run(['ingest', SAMPLES]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 created, 0 replaced, 5 unchanged, 0 skipped');
    expect(await stats()).toEqual(before.stats);
    expect(await snapshot()).toEqual(before.snapshot);
  });

  it('export --format json gives the whole graph', async () => {
    const result = await run(['export', '--format', 'json']);
    expect(result.code).toBe(0);
    const graph = SubgraphSchema.parse(JSON.parse(result.stdout));
    const counts = await stats();
    expect(graph.nodes).toHaveLength(counts.entities.total);
    expect(graph.edges).toHaveLength(counts.relations.total);
  });
});
