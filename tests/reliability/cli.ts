/**
 * Running `policygraph` as a user does, for the reliability tests: a real
 * process (with its peak memory reported), started and, for the fault tests,
 * killed with SIGKILL part way through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const WRAPPER = join(ROOT, 'tests/reliability/peak-rss.mjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process in MB (undefined when it was killed). */
  peakRssMb: number | undefined;
}

/** Starts `policygraph ARGS` with `env` added; `child` is exposed so a test can kill it. */
export function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [WRAPPER, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((settle) => {
    child.on('close', (code, signal) => {
      const rss = /peak-rss-kb (\d+)\s*$/.exec(stderr);
      settle({
        code,
        signal,
        stdout,
        stderr: stderr.replace(/peak-rss-kb \d+\s*$/, ''),
        peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : undefined,
      });
    });
  });
  return { child, done };
}

/** Runs `policygraph ARGS` to the end. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return startCli(args, env).done;
}

export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}
