/**
 * The real server for the fuzz run: `policygraph serve --seed data/samples` as
 * a child process on a free loopback port with its own data folder and an API
 * key, its JSON log lines collected so the test can check them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedApi {
  base: string;
  /** Every JSON line the server logged so far. */
  lines: Record<string, unknown>[];
  stop(): Promise<void>;
}

const SERVING = /PolicyGraph is serving http:\/\/[^:]+:(\d+)/;

/**
 * Starts the server and resolves once it says where it listens. `env` adds to
 * the environment (NEO4J_URI… for the Neo4j store; the embedded store by default).
 */
export async function serveSamples(apiKey: string, env: Record<string, string> = {}): Promise<ServedApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-fuzz-'));
  const child = spawn(process.execPath, ['bin/policygraph.mjs', 'serve', '--seed', 'data/samples', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, POLICYGRAPH_DATA: dataDir, POLICYGRAPH_API_KEY: apiKey, LOG_LEVEL: 'info', NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        if (!part.trim()) continue;
        const line = JSON.parse(part) as Record<string, unknown>;
        lines.push(line);
        const match = SERVING.exec(String(line.msg ?? ''));
        if (match) resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before serving: ${stderr}`)));
  });
  return { base: `http://127.0.0.1:${port}`, lines, stop: () => stopChild(child, dataDir) };
}

async function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}
