/**
 * What the end-to-end tests run against: the real `policygraph serve` over the
 * sample corpus in a temporary data folder, on a free port, and Debian Chromium
 * driven by playwright-core.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT_DIR = join(ROOT, 'tests/output');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** The write key of the e2e server (uploads and deletes in tests that add documents of their own). */
export const E2E_API_KEY = 'e2e-api-key-0123456789abcdef';

export interface ServerOptions {
  /** More environment for the server (NEO4J_URI… to run it on Neo4j); without NEO4J_URI it runs on the embedded store. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment of this process without NEO4J_* (a NEO4J_URI set for the neo4j tests must not move the embedded e2e server). */
function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));
}

/**
 * Starts `policygraph serve --seed data/samples` on a fresh store (embedded, or
 * Neo4j when `options.env` names one) and waits until /api/health is ok.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 150_000;
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-e2e-'));
  const port = await freePort();
  const env = { ...baseEnv(), POLICYGRAPH_DATA: dataDir, POLICYGRAPH_API_KEY: E2E_API_KEY, ...options.env };
  const child = spawn(
    process.execPath,
    ['bin/policygraph.mjs', 'serve', '--seed', 'data/samples', '--port', String(port)],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(server, child, timeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForHealth(server: RunningServer, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`policygraph serve exited with ${child.exitCode} before it was healthy:\n${server.output()}`);
    }
    const healthy = await fetch(`${server.url}/api/health`)
      .then(async (response) => response.ok && ((await response.json()) as { status?: string }).status === 'ok')
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`policygraph serve was not healthy within ${timeoutMs} ms:\n${server.output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Builds the web explorer when web/dist is missing (`npm test` builds it first; a lone vitest project may not have). */
export function buildWebIfMissing(): void {
  if (existsSync(join(ROOT, 'web/dist/index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/** Launches Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
