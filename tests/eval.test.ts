// Extraction accuracy on the dev gold (tests/eval/gold) must not fall below
// what the extractor reaches today; `npm run eval` prints the full table.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile, toExtraction } from '../ingest/pipeline.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(root, 'tests/eval/gold');

/** Reached on the dev gold when this test was written: entity 0.914, relation 0.863, HOLDS_POSITION 1.000. */
const FLOOR = { entity: 0.9, relation: 0.85, holdsPosition: 0.98 };

describe('extraction accuracy on the dev gold', () => {
  it('keeps entity, relation and HOLDS_POSITION F1 at or above the floor', async () => {
    const predDir = mkdtempSync(path.join(tmpdir(), 'policygraph-eval-test-'));
    try {
      for (const gold of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
        const stem = gold.replace(/\.gold\.json$/, '');
        const doc = await processFile(path.join(root, 'data/samples', `${stem}.txt`));
        writeFileSync(path.join(predDir, `${stem}.pred.json`), JSON.stringify(toExtraction(doc)));
      }
      const out = execFileSync(process.execPath, [path.join(root, 'tests/eval/score.mjs'), '--gold', goldDir, '--pred', predDir, '--json'], { encoding: 'utf8' });
      const scores = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)) as Record<string, { f: number }>;
      expect(scores['entity:ALL']?.f).toBeGreaterThanOrEqual(FLOOR.entity);
      expect(scores['relation:ALL']?.f).toBeGreaterThanOrEqual(FLOOR.relation);
      expect(scores['relation:HOLDS_POSITION']?.f).toBeGreaterThanOrEqual(FLOOR.holdsPosition);
    } finally {
      rmSync(predDir, { recursive: true, force: true });
    }
  });
});
