/**
 * The server side of bench:api, run as its own process: opens a store, times
 * search, entity and 1-hop neighbours called on the store itself (one at a
 * time, after a warm-up), then serves the same store twice — the Express app
 * as `policygraph serve` builds it (request log, security headers, ETag from
 * the revision, answers checked against their schema) and the same route
 * handlers on plain node:http (input parsed by the route's schema, the
 * handler's answer as JSON, nothing else): the floor. Prints one line
 * `READY {json}` with the ports, the in-store latencies and the paths to load.
 *
 *   tsx bench/api-server.ts --store embedded --data DIR | --store neo4j --uri URI --password PW
 */
import { createWriteStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../server/app.ts';
import { API_ROUTES } from '../server/routes/index.ts';
import type { Route, RouteContext } from '../server/routes/route.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { DEFAULT_RELATION_WINDOW } from '../server/store/entity-page.ts';
import type { GraphStore } from '../server/store/types.ts';
import { validateInput } from '../server/validate.ts';
import { Random } from './corpus-lists.ts';
import { percentile, round } from './measure.ts';

export const ENDPOINTS = ['search', 'entity', 'neighbors'] as const;

/** What GET /api/entities/{id} asks the store for without parameters. */
export const FIRST_PAGE = { direction: 'both', offset: 0, ...DEFAULT_RELATION_WINDOW } as const;
export type Endpoint = (typeof ENDPOINTS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      store: { type: 'string', default: 'embedded' },
      data: { type: 'string' },
      uri: { type: 'string' },
      password: { type: 'string' },
      samples: { type: 'string', default: '1000' },
    },
  });
  return { ...values, samples: Number(values.samples) };
}

async function openStore(opts: ReturnType<typeof options>): Promise<GraphStore> {
  const store: GraphStore =
    opts.store === 'neo4j'
      ? new Neo4jStore({ uri: opts.uri ?? '', user: 'neo4j', password: opts.password ?? '', database: undefined })
      : new EmbeddedStore({ dataDir: opts.data ?? '', access: 'read' });
  await store.open();
  return store;
}

/** Entities to ask about: both ends of relations of every type, sampled with a fixed seed. */
async function sampleEntities(store: GraphStore, count: number): Promise<{ id: string; name: string }[]> {
  const pool: { id: string; name: string }[] = [];
  for (const type of ['HOLDS_POSITION', 'IMPLEMENTS', 'HOSTS', 'ATTENDED', 'COOPERATES_WITH', 'PART_OF', 'LEADS'] as const) {
    const page = await store.relations({ type, limit: 2000 });
    for (const entry of page.relations) pool.push(entry.from, entry.to);
  }
  const random = new Random(42);
  return Array.from({ length: count }, () => pool[Math.floor(random.next() * pool.length)] as { id: string; name: string });
}

/** The request paths of each endpoint: real ids and names (whole names and two-character prefixes). */
function pathsOf(entities: { id: string; name: string }[]): Record<Endpoint, string[]> {
  return {
    search: entities.map((e, i) => `/api/search?q=${encodeURIComponent(i % 2 === 0 ? e.name : e.name.slice(0, 2))}&limit=20`),
    entity: entities.map((e) => `/api/entities/${encodeURIComponent(e.id)}`),
    neighbors: entities.map((e) => `/api/entities/${encodeURIComponent(e.id)}/neighbors?depth=1&limit=50`),
  };
}

/** p50/p99 (ms) of each call on the store, one at a time, after 100 warm-up calls. */
async function inStore(store: GraphStore, entities: { id: string; name: string }[]): Promise<Record<Endpoint, { p50: number; p99: number; n: number }>> {
  const calls: Record<Endpoint, (e: { id: string; name: string }, i: number) => Promise<unknown>> = {
    search: (e, i) => store.search({ q: i % 2 === 0 ? e.name : e.name.slice(0, 2), limit: 20 }),
    entity: (e) => store.entityPage(e.id, FIRST_PAGE),
    neighbors: (e) => store.neighbors(e.id, { depth: 1, limit: 50 }),
  };
  const out = {} as Record<Endpoint, { p50: number; p99: number; n: number }>;
  for (const endpoint of ENDPOINTS) {
    const times: number[] = [];
    for (const [i, e] of entities.entries()) {
      const started = performance.now();
      await calls[endpoint](e, i);
      if (i >= 100) times.push(performance.now() - started);
    }
    out[endpoint] = { p50: round(percentile(times, 50), 2), p99: round(percentile(times, 99), 2), n: times.length };
  }
  return out;
}

const FLOOR_ROUTES: Record<string, RegExp> = {
  searchEntities: /^\/api\/search$/,
  getEntity: /^\/api\/entities\/([^/]+)$/,
  getNeighbors: /^\/api\/entities\/([^/]+)\/neighbors$/,
};

/** The floor: the three routes' handlers on node:http, without Express or any middleware. */
function floorServer(store: GraphStore) {
  const routes = Object.entries(FLOOR_ROUTES).map(([id, pattern]) => ({ route: API_ROUTES.find((r) => r.id === id) as Route, pattern }));
  const context: RouteContext = { store, cypher: { timeoutMs: 5000, maxRows: 1000 }, log: pino({ level: 'silent' }), maxFileBytes: 0 };
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const found = routes.map(({ route, pattern }) => ({ route, match: pattern.exec(url.pathname) })).find((r) => r.match);
    if (!found?.match) return void res.writeHead(404).end();
    const params = found.match[1] === undefined ? {} : { id: decodeURIComponent(found.match[1]) };
    const input = validateInput(found.route, { params, query: Object.fromEntries(url.searchParams), body: undefined, files: [] });
    Promise.resolve(found.route.handler(input, context)).then(
      (result) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result)),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function main(): Promise<void> {
  const opts = options();
  const opened = performance.now();
  const store = await openStore(opts);
  const openSeconds = round((performance.now() - opened) / 1000, 1);
  const stats = await store.stats();
  const entities = await sampleEntities(store, opts.samples + 100);
  const latencies = await inStore(store, entities);
  // The request log goes where `serve`'s would, at its level, but to /dev/null.
  const logger = pino({ level: 'info' }, createWriteStream('/dev/null'));
  const express = createServer(createApp({ store, logger }));
  const floor = floorServer(store);
  const ports = { express: await listen(express), floor: await listen(floor) };
  const ready = { ports, openSeconds, graph: { entities: stats.entities.total, relations: stats.relations.total, evidence: stats.evidence, sources: stats.sources }, inStore: latencies, paths: pathsOf(entities.slice(100)) };
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
  process.once('SIGTERM', () => {
    express.close();
    floor.close();
    void store.close().then(() => process.exit(0));
  });
}

if (import.meta.filename === process.argv[1]) await main();
