/**
 * Helpers of the extraction benchmark: the sample corpus repeated to a size,
 * timing by the clock and in CPU time, command-line numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchDoc {
  name: string;
  bytes: Buffer;
}

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/samples');

/** The sample texts, repeated in rounds until they hold at least `targetBytes`. */
export function benchCorpus(targetBytes: number): BenchDoc[] {
  const files = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  const samples = files.map((f) => ({ name: f, bytes: readFileSync(path.join(samplesDir, f)) }));
  const docs: BenchDoc[] = [];
  let total = 0;
  for (let round = 0; total < targetBytes; round++) {
    for (const s of samples) {
      docs.push({ name: `${round}_${s.name}`, bytes: s.bytes });
      total += s.bytes.length;
    }
  }
  return docs;
}

export interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process (all its threads): less swayed by other processes on a shared machine. */
  cpu: number;
}

/** How long `work` takes, by the clock and in CPU time. */
export function timed(work: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

/** The positive whole number after `flag` in `args`, or `fallback`. */
export function numberArg(args: readonly string[], flag: string, fallback: number): number {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number, got ${String(args[at + 1])}`);
  return value;
}
