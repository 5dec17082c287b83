/**
 * Load test of the API's lookups (search, entity, neighbours) on each store,
 * with autocannon against `policygraph serve` on 127.0.0.1 only, bounded in
 * time: each endpoint at a fixed share of the total rate, every answer checked
 * (non-2xx counts as an error). On Neo4j a second round runs the same load
 * beside slow user Cypher (queries the server stops at their time limit), to
 * show lookups are not starved by it. Figures go to bench/results/load.json.
 *
 *   npm run bench:load [-- --duration 60] [-- --rate 200] [-- --stores embedded,neo4j] [-- --documents 400]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { IngestDocument } from '../schema/model.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import type { GraphStore } from '../server/store/types.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { syntheticDocument } from './synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results/load.json');
const SLOW_CYPHER = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)';
const ENDPOINTS = ['search', 'entity', 'neighbors'] as const;
type Endpoint = (typeof ENDPOINTS)[number];

interface EndpointFigures {
  requests: number;
  /** Requests answered per second (the offered rate when the server keeps up). */
  achievedRate: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
}

interface Round {
  store: string;
  label: string;
  rate: number;
  durationS: number;
  endpoints: Record<Endpoint, EndpointFigures>;
  slowCypher?: { sent: number; stopped: number };
}

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      rate: { type: 'string', default: '200' },
      stores: { type: 'string', default: 'embedded,neo4j' },
      documents: { type: 'string', default: '400' },
    },
  });
  return {
    duration: Number(values.duration),
    rate: Number(values.rate),
    stores: values.stores.split(','),
    documents: Number(values.documents),
  };
}

/** The corpus: synthetic documents of 50 relations each (shared entities, as news articles share them). */
function corpus(documents: number): IngestDocument[] {
  return Array.from({ length: documents }, (_, d) => syntheticDocument(d, 50, 'load'));
}

/** Paths of each endpoint, cycled through by the load: real ids and names from the corpus. */
function targets(docs: IngestDocument[]): Record<Endpoint, string[]> {
  const entities = docs.flatMap((d) => d.entities).slice(0, 2000);
  return {
    search: entities.map((e) => `/api/search?q=${encodeURIComponent(e.name.slice(0, 3))}&limit=20`),
    entity: entities.map((e) => `/api/entities/${encodeURIComponent(e.id)}`),
    neighbors: entities.map((e) => `/api/entities/${encodeURIComponent(e.id)}/neighbors?depth=1&limit=50`),
  };
}

async function load(store: GraphStore, docs: IngestDocument[]): Promise<void> {
  await store.open();
  try {
    for (const doc of docs) await store.upsertDocument(doc);
  } finally {
    await store.close();
  }
}

/** `policygraph serve` on 127.0.0.1, resolved once /api/health answers ok. */
async function serve(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/policygraph.mjs', 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', POLICYGRAPH_CYPHER_RATE: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the server did not become healthy');
}

/** One endpoint's load: its share of the rate, paths cycled through. */
function run(base: string, paths: string[], rate: number, duration: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: base,
    connections: 10,
    overallRate: rate,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] as string }) }],
  });
}

function figures(result: autocannon.Result, duration: number): EndpointFigures {
  return {
    requests: result.requests.total,
    achievedRate: Math.round((result.requests.total / duration) * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

/** Slow user queries, two at a time, for `duration` seconds: each runs until the server stops it. */
async function slowCypher(base: string, duration: number): Promise<{ sent: number; stopped: number }> {
  const end = Date.now() + duration * 1000;
  const tally = { sent: 0, stopped: 0 };
  const worker = async () => {
    while (Date.now() < end) {
      tally.sent++;
      const res = await fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SLOW_CYPHER }) });
      if (res.status === 400) tally.stopped++;
      await res.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker()]);
  return tally;
}

async function round(store: string, label: string, base: string, paths: Record<Endpoint, string[]>, rate: number, duration: number, withSlowCypher: boolean): Promise<Round> {
  const share = Math.round(rate / ENDPOINTS.length);
  const beside = withSlowCypher ? slowCypher(base, duration) : undefined;
  const results = await Promise.all(ENDPOINTS.map((e) => run(base, paths[e], share, duration)));
  const endpoints = Object.fromEntries(ENDPOINTS.map((e, i) => [e, figures(results[i] as autocannon.Result, duration)])) as Record<Endpoint, EndpointFigures>;
  const out: Round = { store, label, rate: share * ENDPOINTS.length, durationS: duration, endpoints };
  if (beside) out.slowCypher = await beside;
  const line = ENDPOINTS.map(
    (e) => `${e} ${endpoints[e].achievedRate}/${share} rps p50 ${endpoints[e].p50} ms p99 ${endpoints[e].p99} ms errors ${endpoints[e].errors + endpoints[e].non2xx}/${endpoints[e].requests}`,
  ).join('; ');
  process.stderr.write(`[${store}, ${label}] ${line}${out.slowCypher ? `; slow Cypher ${out.slowCypher.stopped}/${out.slowCypher.sent} stopped` : ''}\n`);
  return out;
}

async function embeddedRounds(docs: IngestDocument[], rate: number, duration: number): Promise<Round[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-load-'));
  try {
    await load(new EmbeddedStore({ dataDir }), docs);
    const { base, child } = await serve({ POLICYGRAPH_DATA: dataDir });
    try {
      return [await round('embedded', 'lookups', base, targets(docs), rate, duration, false)];
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function neo4jRounds(docs: IngestDocument[], rate: number, duration: number): Promise<Round[]> {
  const home = await mkdtemp(join(tmpdir(), 'policygraph-load-neo4j-'));
  let neo4j: LocalNeo4j | undefined;
  try {
    neo4j = await startLocalNeo4j({ home, port: await freePort(), user: 'neo4j', password: 'policygraph-load', heap: '1g', pagecache: '256m' });
    const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined };
    await load(new Neo4jStore(connection), docs);
    const { base, child } = await serve({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
    try {
      const paths = targets(docs);
      await round('neo4j', 'warm-up', base, paths, rate, Math.min(10, duration), false);
      const alone = await round('neo4j', 'lookups', base, paths, rate, duration, false);
      const beside = await round('neo4j', 'lookups beside slow Cypher', base, paths, rate, duration, true);
      return [alone, beside];
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await neo4j?.stop();
    await rm(home, { recursive: true, force: true });
  }
}

/** Whether a round held: the offered rate answered (90%), no error, and (beside slow Cypher) each p99 within twice its p99 alone. */
function verdicts(rounds: Round[]): string[] {
  const problems: string[] = [];
  for (const r of rounds) {
    if (r.label === 'warm-up') continue;
    const share = r.rate / ENDPOINTS.length;
    for (const e of ENDPOINTS) {
      if (r.endpoints[e].errors + r.endpoints[e].non2xx > 0) problems.push(`${r.store} ${r.label} ${e}: errors`);
      if (r.endpoints[e].achievedRate < 0.9 * share) problems.push(`${r.store} ${r.label} ${e}: ${r.endpoints[e].achievedRate} of ${share} requests/s answered`);
    }
  }
  const alone = rounds.find((r) => r.store === 'neo4j' && r.label === 'lookups');
  const beside = rounds.find((r) => r.store === 'neo4j' && r.label === 'lookups beside slow Cypher');
  if (alone && beside) {
    for (const e of ENDPOINTS) {
      if (beside.endpoints[e].p99 > 2 * alone.endpoints[e].p99) problems.push(`neo4j ${e}: p99 ${beside.endpoints[e].p99} ms beside slow Cypher > 2 × ${alone.endpoints[e].p99} ms`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const opts = options();
  const docs = corpus(opts.documents);
  const rounds: Round[] = [];
  if (opts.stores.includes('embedded')) rounds.push(...(await embeddedRounds(docs, opts.rate, opts.duration)));
  if (opts.stores.includes('neo4j')) rounds.push(...(await neo4jRounds(docs, opts.rate, opts.duration)));
  const problems = verdicts(rounds);
  const report = { date: new Date().toISOString(), documents: opts.documents, relations: opts.documents * 50, rounds, held: problems.length === 0, problems };
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`${problems.length === 0 ? 'load held' : `load did not hold: ${problems.join('; ')}`}; figures in ${RESULTS}\n`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
