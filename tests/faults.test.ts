/**
 * Faults on the embedded store, with real `policygraph ingest` processes:
 * killed with SIGKILL part way (the store holds only whole documents and a
 * rerun completes the rest), two ingests of overlapping files at once (the
 * second waits for the lock; no duplicate, no lost evidence), and a disk that
 * fills up (`ulimit -f` in the child: writes fail with EFBIG; a clear error,
 * the store on disk stays whole and opens).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestDocument } from '../schema/model.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { lines, runCli, startCli, type CliRun } from './reliability/cli.ts';
import { contents, documentsOf, ingestReference, writeCorpus } from './reliability/corpus.ts';

const FILES = 240;
let folder: string;
let corpus: string;
let paths: string[];
let docs: Map<string, IngestDocument>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-faults-'));
  corpus = join(folder, 'corpus');
  paths = await writeCorpus(corpus, FILES);
  docs = await documentsOf(paths);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function openStore(dataDir: string, access: 'read' | 'write' = 'read'): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ dataDir, access });
  await store.open();
  return store;
}

/** What a fresh store holds after ingesting exactly `sources` of the corpus, in corpus order. */
async function reference(sources: Iterable<string>): Promise<unknown> {
  const dataDir = await mkdtemp(join(folder, 'reference-'));
  const store = await openStore(dataDir, 'write');
  try {
    await ingestReference(store, docs, sources);
    return await contents(store);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Counts that duplicates or lost evidence would change: totals, and evidence entries per relation. */
async function evidenceCounts(store: EmbeddedStore): Promise<unknown> {
  const graph = await store.exportGraph();
  return { stats: await store.stats(), evidence: Object.fromEntries(graph.edges.map((e) => [e.key, e.evidence.length]).sort()) };
}

async function referenceCounts(): Promise<unknown> {
  const dataDir = await mkdtemp(join(folder, 'reference-'));
  const store = await openStore(dataDir, 'write');
  try {
    await ingestReference(store, docs, docs.keys());
    return await evidenceCounts(store);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Opens `dataDir` and checks it holds whole documents only: exactly what a clean ingest of its sources gives. */
async function expectWholeDocuments(dataDir: string): Promise<string[]> {
  const store = await openStore(dataDir);
  const held = await contents(store);
  const sources = (await store.listSources()).map((s) => s.id);
  await store.close();
  expect(held).toEqual(await reference(sources));
  return sources;
}

async function until(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts an ingest of `args` and SIGKILLs it once it has reported `after` stored files. */
async function killPartWay(args: string[], env: Record<string, string>, after: number): Promise<CliRun> {
  const { child, done } = startCli(args, env);
  let seen = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    seen += (chunk.toString().match(/^created /gm) ?? []).length;
    if (seen >= after) child.kill('SIGKILL');
  });
  return done;
}

describe('embedded store under faults', { timeout: 240_000 }, () => {
  it('keeps only whole documents when the ingest is killed with SIGKILL, and a rerun completes the rest', async () => {
    const dataDir = join(folder, 'killed');
    // Early: output reaches the test in bursts, and a busy machine delivers it late.
    const killed = await killPartWay(['ingest', corpus], { POLICYGRAPH_DATA: dataDir }, 20);
    expect(killed.signal).toBe('SIGKILL');
    const reported = lines(killed.stdout).filter((l) => l.startsWith('created ')).length;
    const held = await expectWholeDocuments(dataDir);
    console.info(`SIGKILL after ${reported} reported documents: the store holds ${held.length} whole documents of ${FILES}`);
    expect(held.length).toBeGreaterThanOrEqual(reported);
    expect(held.length).toBeLessThan(FILES);

    // The killed process left its lock file; the rerun takes it over and completes the rest.
    const rerun = await runCli(['ingest', corpus], { POLICYGRAPH_DATA: dataDir });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${FILES - held.length} created, 0 replaced, ${held.length} unchanged, 0 skipped`);
    const store = await openStore(dataDir);
    expect(await contents(store)).toEqual(await reference(docs.keys()));
    await store.close();
  });

  it('runs two ingests of overlapping files started at once: one waits, no duplicate, no lost evidence', async () => {
    const dataDir = join(folder, 'concurrent');
    const first = startCli(['ingest', ...paths.slice(0, 160)], { POLICYGRAPH_DATA: dataDir });
    const second = startCli(['ingest', ...paths.slice(80)], { POLICYGRAPH_DATA: dataDir });
    const [one, two] = await Promise.all([first.done, second.done]);
    expect([one.code, two.code]).toEqual([0, 0]);
    // Each file was written by one of them; the other found it unchanged (or it came after).
    const created = (run: CliRun) => lines(run.stdout).filter((l) => l.startsWith('created ')).length;
    expect(created(one) + created(two)).toBe(FILES);
    const waited = [one, two].filter((run) => /waiting for process \d+ /.test(run.stderr)).length;
    console.info(`two ingests at once: ${waited} of them waited for the other's lock`);
    // The order of writes decides only first-seen roles; counts of entities, relations and evidence per relation do not depend on it.
    const store = await openStore(dataDir);
    expect(await evidenceCounts(store)).toEqual(await referenceCounts());
    await store.close();
  });

  it('refuses an ingest clearly while a server holds the folder past POLICYGRAPH_LOCK_WAIT', async () => {
    const dataDir = join(folder, 'busy');
    const server = startCli(['serve', '--host', '127.0.0.1', '--port', '0'], { POLICYGRAPH_DATA: dataDir });
    try {
      await until(async () => (await readFile(join(dataDir, 'store.lock'), 'utf8').catch(() => '')).includes(`"pid":${server.child.pid},`));
      const ingest = await runCli(['ingest', paths[0] as string], { POLICYGRAPH_DATA: dataDir, POLICYGRAPH_LOCK_WAIT: '1' });
      expect(ingest.code).toBe(69);
      expect(lines(ingest.stderr)).toEqual([
        expect.stringMatching(new RegExp(`waiting for process ${server.child.pid} \\(.*serve`)),
        expect.stringMatching(new RegExp(`data folder is in use by process ${server.child.pid} .*POLICYGRAPH_LOCK_WAIT.*POST /api/sources`)),
      ]);
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  });

  it('stops with a clear error when the disk is full (file size limit), the store on disk whole', async () => {
    const dataDir = join(folder, 'full');
    const before = await runCli(['ingest', ...paths.slice(0, 20)], { POLICYGRAPH_DATA: dataDir });
    expect(before.code).toBe(0);
    const snapshot = await readFile(join(dataDir, 'snapshot.jsonl'));
    const journalKb = Math.ceil((await readFile(join(dataDir, 'journal.jsonl'))).length / 1024);
    // Room for a few more documents, then EFBIG (Node ignores SIGXFSZ, so the write fails instead of the process).
    const full = await new Promise<CliRun>((settle) => {
      const child = spawn('bash', ['-c', `ulimit -f ${journalKb + 40} && exec "$0" "$@"`, process.execPath, 'tests/reliability/peak-rss.mjs', 'ingest', corpus], {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, POLICYGRAPH_DATA: dataDir, LOG_LEVEL: 'silent' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code, signal) => settle({ code, signal, stdout, stderr: stderr.replace(/peak-rss-kb \d+\s*$/, ''), peakRssMb: undefined }));
    });
    expect(full.signal).toBeNull();
    expect(full.code).toBe(69);
    expect(lines(full.stderr)).toEqual([expect.stringMatching(/Could not write the journal .*the store is unchanged: EFBIG.*free space/)]);
    // The snapshot is the one before; the journal holds whole lines only; the store opens with whole documents.
    expect(await readFile(join(dataDir, 'snapshot.jsonl'))).toEqual(snapshot);
    const held = await expectWholeDocuments(dataDir);
    expect(held.length).toBeGreaterThanOrEqual(20);
    expect(held.length).toBeLessThan(FILES);
    console.info(`disk full after ${held.length} documents: a clear error, the store whole`);
  });
});

/** Mounts a small tmpfs at `dir` when this process may (root with CAP_SYS_ADMIN); false otherwise. */
function mountTmpfs(dir: string, size: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

const mountPoint = join(tmpdir(), `policygraph-tmpfs-${process.pid}`);
mkdirSync(mountPoint, { recursive: true });
const mounted = mountTmpfs(mountPoint, '768k');
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!mounted)('embedded store on a real small disk (tmpfs: ENOSPC, then remounted read-only)', { timeout: 240_000 }, () => {
  it('stops with a clear error when the disk is full, the store whole; refuses writes on a read-only folder, the files untouched', async () => {
    const dataDir = join(mountPoint, 'data');
    const full = await runCli(['ingest', corpus], { POLICYGRAPH_DATA: dataDir });
    expect(full.code).toBe(69);
    expect(lines(full.stderr)).toEqual([expect.stringMatching(/Could not (write the journal|write the snapshot|start a new journal).*ENOSPC.*free space/)]);
    const held = await expectWholeDocuments(dataDir);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(FILES);
    console.info(`tmpfs full after ${held.length} documents: a clear error, the store whole`);

    const files = async () => Promise.all(['snapshot.jsonl', 'journal.jsonl'].map((f) => readFile(join(dataDir, f))));
    const before = await files();
    expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
    const readOnly = await runCli(['ingest', corpus], { POLICYGRAPH_DATA: dataDir });
    expect(readOnly.code).toBe(69);
    expect(lines(readOnly.stderr)).toEqual([expect.stringMatching(/lock file .*(EROFS|read-only).*writable/)]);
    expect(await files()).toEqual(before);
    // Reading still works.
    const stats = await runCli(['stats'], { POLICYGRAPH_DATA: dataDir });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ sources: held.length });
  });
});
