/**
 * `npm run bench:neo4j`: write and read speed of the Neo4j store on a local Neo4j
 * Community (started here in a fresh folder, or NEO4J_URI's when set and empty).
 *   1. the sample corpus through the pipeline;
 *   2. batch sizes tried on a slice of the synthetic corpus (relations/s);
 *   3. the synthetic corpus (≥ 200k relations), one document per transaction,
 *      with the best batch size;
 *   4. the baseline: another document written through the same queries, one row
 *      per transaction;
 *   5. p50/p99 of getEntity and of 1-hop neighbours, in the store and over HTTP;
 *   6. the plans of the hot queries, checked for index use.
 * Prints a summary and writes bench/output/neo4j.json.
 *   npm run bench:neo4j -- [--documents 100] [--size 2000] [--samples 400] [--data-dir DIR]
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processFile } from '../ingest/pipeline.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { checkPlans, oneRowPerTransaction, percentiles, timeFirstScreen, timeHttpReads, timeStoreReads } from './neo4j-measure.ts';
import { relationKeys, syntheticDocument } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');

function options() {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '100' },
      size: { type: 'string', default: '2000' },
      samples: { type: 'string', default: '400' },
      'data-dir': { type: 'string', default: tmpdir() },
    },
  });
  return {
    documents: Number(values.documents),
    size: Number(values.size),
    samples: Number(values.samples),
    dataDir: values['data-dir'],
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function ingestSamples(store: Neo4jStore): Promise<{ files: number; seconds: number }> {
  const dir = join(ROOT, 'data', 'samples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const started = performance.now();
  for (const file of files) await store.upsertDocument(await processFile(join(dir, file)));
  return { files: files.length, seconds: (performance.now() - started) / 1000 };
}

/** Relations of the main corpus; the tuning, warm-up and baseline corpora start past it. */
const MAIN_CORPUS = 1_000_000;

/** Writes documents `from`…`to - 1` of a corpus; relations per second over the whole write. */
async function writeCorpus(store: Neo4jStore, from: number, to: number, size: number, prefix: string, offset = 0): Promise<number> {
  const started = performance.now();
  let relations = 0;
  for (let d = from; d < to; d++) relations += (await store.upsertDocument(syntheticDocument(d, size, prefix, offset))).relations;
  return relations / ((performance.now() - started) / 1000);
}

async function tuneBatchSize(target: LocalNeo4j, size: number): Promise<{ batchSize: number; relationsPerSecond: number }[]> {
  const results = [];
  for (const [i, batchSize] of [100, 500, 2000, 10000].entries()) {
    const store = new Neo4jStore({ uri: target.uri, user: target.user, password: target.password, database: undefined, batchSize });
    await store.open();
    const relationsPerSecond = await writeCorpus(store, 0, 4, size, `tune${i}`, MAIN_CORPUS * (i + 2));
    await store.close();
    results.push({ batchSize, relationsPerSecond: Math.round(relationsPerSecond) });
    log(`  batch size ${batchSize}: ${Math.round(relationsPerSecond)} relations/s`);
  }
  return results;
}

async function main(): Promise<void> {
  const { documents, size, samples, dataDir } = options();
  const keys = new Set(Array.from({ length: documents }, (_, d) => relationKeys(syntheticDocument(d, size))).flat());
  if (keys.size !== documents * size) throw new Error(`the synthetic corpus repeats relations (${keys.size} distinct)`);
  const home = await mkdtemp(join(dataDir, 'policygraph-bench-neo4j-'));
  const neo4j = await startLocalNeo4j({ home, port: await freePort(), user: 'neo4j', password: 'bench-password', heap: '1g', pagecache: '512m' });
  log(`Neo4j ready at ${neo4j.uri} after ${(neo4j.startupMs / 1000).toFixed(1)} s`);
  try {
    const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined };
    const probe = new Neo4jStore(connection);
    await probe.open();
    const sampleIngest = await ingestSamples(probe);
    log(`samples: ${sampleIngest.files} files in ${sampleIngest.seconds.toFixed(2)} s`);
    log('warming up on 4 documents…');
    await writeCorpus(probe, 0, 4, size, 'warmup', MAIN_CORPUS);
    await probe.close();
    log('tuning the batch size on 4 documents per size…');
    const tuning = await tuneBatchSize(neo4j, size);
    const best = tuning.reduce((a, b) => (b.relationsPerSecond > a.relationsPerSecond ? b : a));
    const store = new Neo4jStore({ ...connection, batchSize: best.batchSize });
    await store.open();
    log(`writing ${documents} documents × ${size} relations with batch size ${best.batchSize}…`);
    const batched = await writeCorpus(store, 0, documents, size, 'synthetic');
    log(`  ${Math.round(batched)} relations/s`);
    const baseline = await oneRowPerTransaction(syntheticDocument(0, Math.min(size, 500), 'baseline', MAIN_CORPUS * 7), neo4j);
    log(`one row per transaction: ${Math.round(baseline)} relations/s`);
    const stats = await store.stats();
    const reads = await timeStoreReads(store, samples);
    const http = await timeHttpReads(store, samples);
    const firstScreen = await timeFirstScreen(store);
    const plans = await checkPlans(neo4j);
    const report = {
      neo4j: { version: '5.26.30', startupMs: neo4j.startupMs },
      samples: sampleIngest,
      graph: { entities: stats.entities.total, relations: stats.relations.total, evidence: stats.evidence },
      tuning,
      writes: {
        batchSize: best.batchSize,
        batchedRelationsPerSecond: Math.round(batched),
        oneRowPerTransactionRelationsPerSecond: Math.round(baseline),
        speedup: Math.round(batched / baseline),
      },
      reads: { store: percentiles(reads), http: percentiles(http), firstScreenMs: firstScreen },
      plans,
    };
    await mkdir(join(ROOT, 'bench', 'output'), { recursive: true });
    await writeFile(join(ROOT, 'bench', 'output', 'neo4j.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    await store.close();
  } finally {
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:neo4j: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
