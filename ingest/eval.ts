/**
 * `npm run eval`: extracts the texts of the dev set and of the held-out set
 * and prints the scorer's per-type table and closing line for each, dev first,
 * each closing line labelled. `--verbose` lists misses and extras — for the
 * dev set only; the held-out set is never shown item by item.
 */
import { DEV_SET, HOLDOUT_SET, goldNames, scoreSet, type EvalSet } from './evaluation.ts';

async function report(set: EvalSet, verbose: boolean): Promise<void> {
  const count = goldNames(set).length;
  if (count === 0) {
    console.log(`${set.label}: no gold files in ${set.goldDir}`);
    return;
  }
  console.log(`== ${set.label}: ${count} text(s) ==`);
  const lines = (await scoreSet(set, verbose ? 'verbose' : 'table')).trimEnd().split('\n');
  const closing = lines.pop() ?? '';
  console.log(lines.join('\n'));
  console.log(`${set.label}: ${closing}`);
}

const verbose = process.argv.includes('--verbose');
await report(DEV_SET, verbose);
await report(HOLDOUT_SET, false);
