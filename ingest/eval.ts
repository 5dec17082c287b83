/**
 * `npm run eval`: extracts every sample text that has a gold file in
 * tests/eval/gold/, writes NAME.pred.json into a temporary folder and runs the
 * scorer (tests/eval/score.mjs) over them, printing its table and closing line.
 */
import { mkdtemp, readdir, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile, toExtraction } from './pipeline.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(root, 'tests/eval/gold');
const samplesDir = path.join(root, 'data/samples');
const scorer = path.join(root, 'tests/eval/score.mjs');

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const predDir = await mkdtemp(path.join(tmpdir(), 'policygraph-eval-'));
  try {
    const golds = (await readdir(goldDir)).filter((f) => f.endsWith('.gold.json'));
    for (const gold of golds) {
      const stem = gold.replace(/\.gold\.json$/, '');
      const doc = await processFile(path.join(samplesDir, `${stem}.txt`));
      await writeFile(path.join(predDir, `${stem}.pred.json`), JSON.stringify(toExtraction(doc), null, 1));
    }
    const args = [scorer, '--gold', goldDir, '--pred', predDir, ...(verbose ? ['--verbose'] : [])];
    process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  } finally {
    await rm(predDir, { recursive: true, force: true });
  }
}

await main();
