import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { createIngestPool, processFilesParallel, type FileOutcome } from './parallel.ts';
import { processFile } from './pipeline.ts';
import { BadInputFileError, ValidationError } from '../schema/errors.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = readdirSync(path.join(root, 'data/samples'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(root, 'data/samples', f));
const now = () => new Date('2025-02-01T00:00:00Z');

async function collect(outcomes: AsyncIterable<FileOutcome>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of outcomes) out.push(o);
  return out;
}

describe('processFilesParallel', () => {
  it('refuses a worker count or window that is not a whole number from 1', async () => {
    await expect(collect(processFilesParallel(samples, { workers: 0 }))).rejects.toBeInstanceOf(ValidationError);
    expect(() => createIngestPool({ workers: 1.5 })).toThrow(ValidationError);
  });

  it('gives the documents of sequential processing, in input order, with a bad file in its place', async () => {
    const paths = [samples[3] as string, path.join(root, 'tests/fixtures/empty.txt'), samples[0] as string, samples[1] as string];
    const outcomes = await collect(processFilesParallel(paths, { workers: 2, window: 2, now }));
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    const bad = outcomes[1];
    expect(bad && 'error' in bad ? bad.error : undefined).toBeInstanceOf(BadInputFileError);
    for (const i of [0, 2, 3]) {
      const o = outcomes[i] as FileOutcome;
      expect('document' in o && o.document).toEqual(await processFile(paths[i] as string, { now }));
    }
  });

  it('keeps a pool for several runs and stops cleanly when the caller breaks off', async () => {
    const pool = createIngestPool({ workers: 2 });
    try {
      for await (const o of pool.process(samples, { now })) {
        expect('document' in o).toBe(true);
        break;
      }
      const again = await collect(pool.process(samples.slice(0, 2), { now }));
      expect(again.map((o) => ('document' in o ? o.document.source.name : 'error'))).toEqual(samples.slice(0, 2).map((p) => path.basename(p)));
    } finally {
      await pool.close();
    }
  });
});
