/**
 * The embedded store at 1M relations, in this process: 500 synthetic documents
 * of 2,000 relations (bench/synthetic.ts) written through EmbeddedStore as an
 * ingest writes them (journal, compaction), timed per 100k relations to show
 * the write cost stays flat as the store grows; then p50/p99 of 1-hop
 * neighbours, entity and search called on the store, for entities sampled
 * with a fixed seed (hubs included, as they come). Prints JSON on stdout.
 * Run by bench:api with a larger heap.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { Random } from './corpus-lists.ts';
import { percentile, round, say } from './measure.ts';
import type { EntityType } from '../schema/model.ts';
import { POOL, entity, syntheticDocument } from './synthetic.ts';
import { FIRST_PAGE } from './api-server.ts';

const DOCUMENTS = 500;
const SIZE = 2_000;
const SAMPLES = 5_000;

async function timeEach(ids: string[], call: (id: string) => Promise<unknown>): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (const [i, id] of ids.entries()) {
    const started = performance.now();
    await call(id);
    if (i >= 200) times.push(performance.now() - started);
  }
  return { p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3), max: round(Math.max(...times), 2) };
}

/** Entities of the graph, drawn uniformly from every type's pool with a fixed seed. */
async function sampleIds(store: EmbeddedStore): Promise<string[]> {
  const random = new Random(7);
  const types = Object.keys(POOL) as EntityType[];
  const total = types.reduce((n, t) => n + POOL[t], 0);
  const ids: string[] = [];
  while (ids.length < SAMPLES + 200) {
    let k = Math.floor(random.next() * total);
    const type = types.find((t) => (k -= POOL[t]) < 0) as EntityType;
    const id = entity(type, Math.floor(random.next() * POOL[type])).id;
    if (await store.getEntity(id).then(() => true, () => false)) ids.push(id);
  }
  return ids;
}

type Latency = Awaited<ReturnType<typeof timeEach>>;

/** What this prints: the graph, the write, the latencies, memory. */
export interface OneMillion {
  graph: { entities: number; relations: number; evidence: number };
  write: { seconds: number; relationsPerSecond: number; secondsPer100kRelations: number[] };
  inStore: { neighbors: Latency; entity: Latency; search: Latency; samples: number };
  heapMiB: number;
  rssMiB: number;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-bench-1m-'));
  const store = new EmbeddedStore({ dataDir, syncEveryMs: 1_000 });
  await store.open();
  try {
    const perStep: number[] = [];
    let step = performance.now();
    const started = step;
    for (let d = 0; d < DOCUMENTS; d++) {
      await store.upsertDocument(syntheticDocument(d, SIZE, 'million'));
      if ((d + 1) % 50 === 0) {
        perStep.push(round((performance.now() - step) / 1000, 2));
        step = performance.now();
        say(`  1M: ${((d + 1) * SIZE).toLocaleString('en')} relations`);
      }
    }
    const writeSeconds = (performance.now() - started) / 1000;
    const stats = await store.stats();
    const ids = await sampleIds(store);
    const neighbors = await timeEach(ids, (id) => store.neighbors(id, { depth: 1, limit: 50 }));
    const entity = await timeEach(ids, (id) => store.entityPage(id, FIRST_PAGE));
    const search = await timeEach(ids, (id) => store.search({ q: id.slice(id.indexOf(':') + 1, id.indexOf(':') + 3), limit: 20 }));
    const memory = process.memoryUsage();
    const out: OneMillion = {
      graph: { entities: stats.entities.total, relations: stats.relations.total, evidence: stats.evidence },
      write: { seconds: round(writeSeconds, 1), relationsPerSecond: Math.round(stats.relations.total / writeSeconds), secondsPer100kRelations: perStep },
      inStore: { neighbors, entity, search, samples: SAMPLES },
      heapMiB: Math.round(memory.heapUsed / 1024 ** 2),
      rssMiB: Math.round(memory.rss / 1024 ** 2),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) await main();
