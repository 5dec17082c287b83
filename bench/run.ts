/**
 * `npm run bench`: every benchmark, one after another, each in its own process
 * (extract, ingest, neo4j, api, web), then bench/RESULTS.md from their figures
 * (bench/report.ts). The 1 GB ingest is opt-in: `npm run bench -- --with-1gb`
 * or BENCH_1GB=1. `--only extract,api` runs some of them (the report keeps the
 * figures the others left). A benchmark that fails is reported and the run
 * goes on; the exit code says whether all of them ran.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage, say } from './measure.ts';

const ROOT = join(import.meta.dirname, '..');
const BENCHMARKS = ['extract', 'ingest', 'neo4j', 'api', 'web'] as const;

function run(script: string, args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', `bench/${script}.ts`, ...args], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', default: BENCHMARKS.join(',') },
      'with-1gb': { type: 'boolean', default: process.env.BENCH_1GB === '1' },
    },
  });
  const only = values.only.split(',');
  const started = performance.now();
  say(`npm run bench: ${only.join(', ')}; load average ${loadAverage().join(' / ')}`);
  const failed: string[] = [];
  for (const name of BENCHMARKS.filter((b) => only.includes(b))) {
    const t0 = performance.now();
    say(`\n=== bench:${name} ===`);
    const args = name === 'ingest' && values['with-1gb'] ? ['--with-1gb'] : [];
    if ((await run(name, args)) !== 0) failed.push(name);
    say(`=== bench:${name}: ${((performance.now() - t0) / 60_000).toFixed(1)} min ===`);
  }
  if ((await run('report', [])) !== 0) failed.push('report');
  say(`\nnpm run bench: ${((performance.now() - started) / 60_000).toFixed(1)} min; load average ${loadAverage().join(' / ')}${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}`);
  if (failed.length > 0) process.exitCode = 1;
}

await main();
