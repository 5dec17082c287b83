/**
 * Scoring the extractor against gold annotations with tests/eval/score.mjs:
 * the dev set (gold in tests/eval/gold, texts in data/samples) and the
 * held-out set (texts and gold together in tests/eval/holdout). The held-out
 * set is a measurement only: nothing here prints what it contains, only its
 * aggregate figures (the scorer's remarks on its gold are not passed on).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile, toExtraction } from './pipeline.ts';

export interface EvalSet {
  label: 'dev' | 'holdout';
  goldDir: string;
  textDir: string;
  /** Whether the scorer may list what was missed and what was extra. */
  mayShowItems: boolean;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.join(root, 'tests/eval/score.mjs');

export const DEV_SET: EvalSet = { label: 'dev', goldDir: path.join(root, 'tests/eval/gold'), textDir: path.join(root, 'data/samples'), mayShowItems: true };
export const HOLDOUT_SET: EvalSet = { label: 'holdout', goldDir: path.join(root, 'tests/eval/holdout'), textDir: path.join(root, 'tests/eval/holdout'), mayShowItems: false };

/** The names (without .gold.json) of a set's gold files; none when the set is not there yet. */
export function goldNames(set: EvalSet): string[] {
  if (!existsSync(set.goldDir)) return [];
  return readdirSync(set.goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.replace(/\.gold\.json$/u, ''))
    .sort();
}

export type ScoreFormat = 'table' | 'json' | 'verbose';

/** Extracts every text of the set and returns the scorer's output. */
export async function scoreSet(set: EvalSet, format: ScoreFormat): Promise<string> {
  const predDir = mkdtempSync(path.join(tmpdir(), `policygraph-eval-${set.label}-`));
  try {
    for (const name of goldNames(set)) {
      const doc = await processFile(path.join(set.textDir, `${name}.txt`));
      writeFileSync(path.join(predDir, `${name}.pred.json`), JSON.stringify(toExtraction(doc)));
    }
    const flags = format === 'json' ? ['--json'] : format === 'verbose' && set.mayShowItems ? ['--verbose'] : [];
    return execFileSync(process.execPath, [scorer, '--gold', set.goldDir, '--pred', predDir, ...flags], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', set.mayShowItems ? 'inherit' : 'ignore'],
    });
  } finally {
    rmSync(predDir, { recursive: true, force: true });
  }
}

export interface Scores {
  entity: number;
  relation: number;
  holdsPosition: number;
  /** Every row of the scorer's JSON: `entity:Person`, `relation:HOSTS`… → precision, recall, F1. */
  rows: Record<string, { p: number; r: number; f: number }>;
}

/** The set's F1 figures, from the scorer's JSON output. */
export async function scoresOf(set: EvalSet): Promise<Scores> {
  const out = await scoreSet(set, 'json');
  const rows = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)) as Scores['rows'];
  const f = (key: string) => rows[key]?.f ?? 0;
  return { entity: f('entity:ALL'), relation: f('relation:ALL'), holdsPosition: f('relation:HOLDS_POSITION'), rows };
}
