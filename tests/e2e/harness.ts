/**
 * What the end-to-end tests run against: the real `policygraph serve` over the
 * sample corpus in a temporary data folder, on a free port, and Debian Chromium
 * driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** Starts `policygraph serve --seed data/samples` on a fresh store and waits until /api/health is ok. */
export async function startServer(timeoutMs = 150_000): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-e2e-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['bin/policygraph.mjs', 'serve', '--seed', 'data/samples', '--port', String(port)],
    { cwd: ROOT, env: { ...process.env, POLICYGRAPH_DATA: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
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

/** Launches Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
