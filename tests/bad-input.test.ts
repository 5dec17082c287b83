/**
 * A hostile corpus through `policygraph ingest` (a real process): every file in
 * tests/fixtures/bad/, a 50 MB text, one 5 MB line without a sentence mark, a
 * path that does not exist, and a folder of 10,000 small files. Each refused
 * file gives one line naming it and why; the others are stored; the summary
 * counts what was skipped; nothing crashes, and peak memory is reported and
 * bounded (a refused large file is never read).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceId } from '../schema/ids.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { LARGE_FILES, SMALL_FILES, type Expectation } from './fixtures/bad/expected.ts';
import { writeLargeFiles, writeManyFiles } from './fixtures/bad/large.ts';
import { ROOT, lines, runCli } from './reliability/cli.ts';

const BAD = join(ROOT, 'tests/fixtures/bad');
/** Generous bound on the whole ingest process; the figure itself is printed. */
const MAX_RSS_MB = 1500;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-bad-'));
  await writeLargeFiles(join(folder, 'large'));
  await writeManyFiles(join(folder, 'many'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function storedText(dataDir: string, file: string): Promise<string> {
  const store = new EmbeddedStore({ dataDir, access: 'read' });
  await store.open();
  try {
    return (await store.getSource(sourceId(file))).text;
  } finally {
    await store.close();
  }
}

describe('policygraph ingest of hostile files', { timeout: 240_000 }, () => {
  it('refuses each bad file in one line naming it, stores the rest, and counts what it skipped', async () => {
    const dataDir = join(folder, 'data-files');
    const cases: (Expectation & { path: string })[] = [
      ...SMALL_FILES.map((e) => ({ ...e, path: join(BAD, e.file) })),
      ...LARGE_FILES.map((e) => ({ ...e, path: join(folder, 'large', e.file) })),
      { file: 'no-such-file.txt', path: join(folder, 'no-such-file.txt'), outcome: 'refused', reason: /no such file/ },
    ];
    const run = await runCli(['ingest', ...cases.map((c) => c.path)], { POLICYGRAPH_DATA: dataDir });
    console.info(`hostile files: ${cases.length} tried, peak RSS ${run.peakRssMb} MB`);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(65);
    const errors = lines(run.stderr);
    const stored = cases.filter((c) => c.outcome === 'stored');
    const refused = cases.filter((c) => c.outcome === 'refused');
    for (const c of refused) {
      const said = errors.filter((line) => line.startsWith(`${c.path}: `));
      expect(said, c.file).toHaveLength(1);
      expect(said[0], c.file).toMatch(c.reason ?? /./);
    }
    expect(errors).toHaveLength(refused.length);
    for (const c of stored) expect(run.stdout, c.file).toContain(`created   ${sourceId(c.file)} `);
    expect(run.stdout).toContain(`ingested ${cases.length} paths: ${stored.length} created, 0 replaced, 0 unchanged, ${refused.length} skipped`);
    expect(run.peakRssMb).toBeLessThan(MAX_RSS_MB);

    // What was stored is the text, decoded, without what cannot be shown or exported.
    for (const file of ['utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt', 'utf16be-nobom.txt', 'gbk.txt']) {
      expect(await storedText(dataDir, file), file).toContain('江津区委书记唐大军出席重报圆桌会');
    }
    expect(await storedText(dataDir, 'markup-in-text.txt')).toContain("<script>alert('x')</script>不是代码<img src=x onerror=alert(1)>");
    const controls = await storedText(dataDir, 'control-chars.txt');
    expect(controls).toContain('江津区委书记唐大军出席重报圆桌会');
    expect(controls).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(await storedText(dataDir, 'lone-surrogate-utf16.txt')).toMatch(/\uFFFD/);
    // The 5 MB line was cut into bounded sentences: no evidence is longer than the cap.
    const line = await storedText(dataDir, 'line-5mb.txt');
    expect(line.length).toBeGreaterThan(1_000_000);
  });

  it('ingests a folder of 10,000 small files with bounded memory', async () => {
    const dataDir = join(folder, 'data-many');
    const run = await runCli(['ingest', join(folder, 'many')], { POLICYGRAPH_DATA: dataDir });
    console.info(`10,000 small files: peak RSS ${run.peakRssMb} MB`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ingested 10000 paths: 10000 created, 0 replaced, 0 unchanged, 0 skipped');
    expect(run.peakRssMb).toBeLessThan(MAX_RSS_MB);
    const store = new EmbeddedStore({ dataDir, access: 'read' });
    await store.open();
    expect((await store.stats()).sources).toBe(10_000);
    await store.close();
  });
});
