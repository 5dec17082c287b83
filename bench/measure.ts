/**
 * What every benchmark reports beside its figures: the machine (CPU, cores,
 * memory, load average, Node), and small measuring tools — peak RSS and CPU
 * time of a process read from /proc while it runs, medians and percentiles,
 * and the results folder each benchmark writes its JSON to (bench/report.ts
 * turns them into bench/RESULTS.md).
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, 'results');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** 1, 5 and 15 minute load averages. */
  load: number[];
  date: string;
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    load: loadAverage(),
    date: new Date().toISOString(),
  };
}

export function loadAverage(): number[] {
  return loadavg().map((n) => Math.round(n * 100) / 100);
}

/** The machine as a result file records it: load average when the benchmark started and ended. */
export interface RunMachine extends Machine {
  loadAtStart: number[];
  loadAtEnd: number[];
}

/** A result file: the benchmark's figures with its name and machine. */
export type Written<T> = T & { benchmark: string; machine: RunMachine };

/** Writes `bench/results/<name>.json` with the machine and load beside the figures. */
export async function writeResult(name: string, figures: object, loadAtStart: number[]): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const report = { benchmark: name, machine: { ...machine(), loadAtStart, loadAtEnd: loadAverage() }, ...figures };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** Peak resident memory (VmHWM) of a live process, in bytes; 0 once it is gone. */
export function peakRss(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a live process has used so far; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Follows a process until stop(): its peak RSS and CPU time as last seen (read every 200 ms). */
export function watchProcess(pid: number): { stop(): { peakRssBytes: number; cpuSeconds: number } } {
  let peak = 0;
  let cpu = 0;
  const look = () => {
    peak = Math.max(peak, peakRss(pid));
    cpu = Math.max(cpu, cpuSeconds(pid));
  };
  look();
  const timer = setInterval(look, 200);
  return {
    stop() {
      look();
      clearInterval(timer);
      return { peakRssBytes: peak, cpuSeconds: cpu };
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Rounds to `digits` decimals (figures in JSON stay readable). */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const MiB = 1024 ** 2;

/** Writes a line to stderr (figures go to the JSON; progress to the terminal). */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
