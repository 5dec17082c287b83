/**
 * `npm run bench:api`: the API's lookups — search, entity, 1-hop neighbours — on
 * the graph of the 100 MB corpus, on each store: p50/p99 called on the store
 * itself, then over HTTP with autocannon on 127.0.0.1 (closed loop, a fixed
 * number of connections, as many requests as the server answers) against the
 * Express app and against the same handlers on plain node:http (the floor); the
 * ratio is Express's overhead. Then the embedded store in-process at 1M
 * relations (bench/api-1m.ts). The 100 MB stores bench:ingest kept are used;
 * missing ones are ingested first. Figures go to bench/results/api.json.
 *
 *   npm run bench:api [-- --stores embedded,neo4j] [-- --duration 5] [-- --rounds 3] [-- --connections 8] [-- --size 100mb]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureCorpus, type CorpusManifest, type CorpusSize } from './corpus.ts';
import { ENDPOINTS, type Endpoint } from './api-server.ts';
import { corpusKey, keptStore, startBenchNeo4j } from './ingest.ts';
import { loadAverage, median, round, say, writeResult } from './measure.ts';
import type { OneMillion } from './api-1m.ts';

const ROOT = join(import.meta.dirname, '..');

interface Ready {
  ports: { express: number; floor: number };
  openSeconds: number;
  graph: Record<string, number>;
  inStore: Record<Endpoint, { p50: number; p99: number; n: number }>;
  paths: Record<Endpoint, string[]>;
}

/** How each endpoint is loaded over HTTP. */
interface HttpLoad {
  connections: number;
  duration: number;
  rounds: number;
}

interface HttpFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      stores: { type: 'string', default: 'embedded,neo4j' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      size: { type: 'string', default: '100mb' },
      'skip-1m': { type: 'boolean', default: false },
    },
  });
  const http: HttpLoad = { connections: Number(values.connections), duration: Number(values.duration), rounds: Number(values.rounds) };
  return { stores: values.stores.split(','), http, size: values.size as CorpusSize, skip1m: values['skip-1m'] };
}

/** Runs `policygraph ingest` of the corpus into the store `env` names. */
function ingest(corpus: CorpusManifest, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['bin/policygraph.mjs', 'ingest', corpus.dir], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ingest exited with ${code}`)))));
}

function isKept(marker: string, corpus: CorpusManifest): boolean {
  return existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { corpus?: string }).corpus === corpusKey(corpus);
}

/** Starts bench/api-server.ts and resolves with its READY line. */
async function startServer(args: string[]): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('READY ')) return { child, ready: JSON.parse(line.slice('READY '.length)) as Ready };
  }
  throw new Error('bench/api-server.ts stopped before it was ready');
}

function load(port: number, paths: string[], connections: number, duration: number): Promise<HttpFigures> {
  let next = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] as string }) }],
  }).then((result) => ({
    requestsPerSecond: Math.round(result.requests.total / duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }));
}

interface Overhead {
  throughput: number;
  p50: number;
  p99: number;
}

/** Express against the floor: how many times the floor's requests/s, and Express's latencies against the floor's. */
function overheadOf(floor: HttpFigures, express: HttpFigures): Overhead {
  return {
    throughput: floor.requestsPerSecond / Math.max(express.requestsPerSecond, 1),
    p50: express.p50 / Math.max(floor.p50, 0.01),
    p99: express.p99 / Math.max(floor.p99, 0.01),
  };
}

function medianOf<T>(rounds: T[], pick: (round: T) => number): number {
  return median(rounds.map(pick));
}

/** The median of each figure over the rounds (errors summed). */
function medianFigures(rounds: HttpFigures[]): HttpFigures {
  return {
    requestsPerSecond: medianOf(rounds, (r) => r.requestsPerSecond),
    p50: medianOf(rounds, (r) => r.p50),
    p99: medianOf(rounds, (r) => r.p99),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** The median of each ratio over the rounds. */
function medianOverhead(rounds: Overhead[]): Overhead {
  return {
    throughput: round(medianOf(rounds, (r) => r.throughput), 2),
    p50: round(medianOf(rounds, (r) => r.p50), 2),
    p99: round(medianOf(rounds, (r) => r.p99), 2),
  };
}

/**
 * Each endpoint on the floor and on Express in alternating rounds (a short
 * warm-up of each first), so that a slow spell of this shared machine or a
 * major GC of the store's heap falls on both sides rather than on one. The
 * overhead is the median of the rounds' own ratios.
 */
async function httpRounds(ready: Ready, { connections, duration, rounds }: HttpLoad) {
  const out = {} as Record<Endpoint, { express: HttpFigures; floor: HttpFigures; overhead: Overhead; rounds: { floor: HttpFigures; express: HttpFigures }[] }>;
  for (const endpoint of ENDPOINTS) {
    const paths = ready.paths[endpoint];
    await load(ready.ports.floor, paths, connections, 2);
    await load(ready.ports.express, paths, connections, 2);
    const measured: { floor: HttpFigures; express: HttpFigures }[] = [];
    for (let round = 0; round < rounds; round++) {
      const floor = await load(ready.ports.floor, paths, connections, duration);
      const express = await load(ready.ports.express, paths, connections, duration);
      measured.push({ floor, express });
    }
    const ratios = measured.map((m) => overheadOf(m.floor, m.express));
    const express = medianFigures(measured.map((m) => m.express));
    const floor = medianFigures(measured.map((m) => m.floor));
    out[endpoint] = { express, floor, overhead: medianOverhead(ratios), rounds: measured };
    say(`  ${endpoint}: express ${express.requestsPerSecond} req/s p50 ${express.p50} p99 ${express.p99} ms; floor ${floor.requestsPerSecond} req/s p50 ${floor.p50} p99 ${floor.p99} ms; floor ÷ express by round ${ratios.map((r) => round(r.throughput, 2)).join(', ')}`);
  }
  return out;
}

async function serveAndLoad(store: string, args: string[], http: HttpLoad) {
  const { child, ready } = await startServer(args);
  try {
    say(`${store}: opened in ${ready.openSeconds} s; in the store: ${ENDPOINTS.map((e) => `${e} p99 ${ready.inStore[e].p99} ms`).join(', ')}`);
    return { store, openSeconds: ready.openSeconds, graph: ready.graph, inStore: ready.inStore, http: await httpRounds(ready, http) };
  } finally {
    child.kill('SIGTERM');
  }
}

async function embedded(corpus: CorpusManifest, http: HttpLoad) {
  const { dir, marker } = keptStore('embedded', corpus.size);
  if (!isKept(marker, corpus)) {
    say(`embedded: no kept ${corpus.size} store; ingesting …`);
    await rm(dir, { recursive: true, force: true });
    await ingest(corpus, { POLICYGRAPH_DATA: dir });
    await writeFile(marker, JSON.stringify({ corpus: corpusKey(corpus) }));
  }
  return serveAndLoad('embedded', ['--store', 'embedded', '--data', dir], http);
}

async function neo4j(corpus: CorpusManifest, http: HttpLoad) {
  const { dir, marker } = keptStore('neo4j', corpus.size);
  const kept = isKept(marker, corpus);
  if (!kept) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const server = await startBenchNeo4j(dir);
  try {
    if (!kept) {
      say(`neo4j: no kept ${corpus.size} store; ingesting …`);
      await ingest(corpus, { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password });
      await writeFile(marker, JSON.stringify({ corpus: corpusKey(corpus) }));
    }
    return await serveAndLoad('neo4j', ['--store', 'neo4j', '--uri', server.uri, '--password', server.password], http);
  } finally {
    await server.stop();
  }
}

/** bench/api-1m.ts in its own process (it needs a larger heap). */
function oneMillion(): Promise<OneMillion> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', 'bench/api-1m.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as OneMillion) : reject(new Error(`bench/api-1m.ts exited with ${code}`)))));
}

/** What bench/results/api.json holds. */
export interface ApiResult {
  corpus: CorpusSize;
  connections: number;
  durationSeconds: number;
  /** Alternating floor and Express rounds per endpoint, each durationSeconds long. */
  rounds: number;
  stores: Awaited<ReturnType<typeof serveAndLoad>>[];
  embedded1m?: OneMillion;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const opts = options();
  const corpus = await ensureCorpus(opts.size, undefined, say);
  const stores = [];
  if (opts.stores.includes('embedded')) stores.push(await embedded(corpus, opts.http));
  if (opts.stores.includes('neo4j')) stores.push(await neo4j(corpus, opts.http));
  const embedded1m = opts.skip1m ? undefined : await oneMillion();
  const result: ApiResult = { corpus: opts.size, connections: opts.http.connections, durationSeconds: opts.http.duration, rounds: opts.http.rounds, stores, ...(embedded1m ? { embedded1m } : {}) };
  const file = await writeResult('api', result, loadAtStart);
  say(`figures in ${file}`);
}

if (import.meta.filename === process.argv[1]) await main();
