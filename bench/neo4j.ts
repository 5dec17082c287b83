/**
 * `npm run bench:neo4j`: write and read speed of the Neo4j store on a local Neo4j
 * Community (a fresh folder; heap and page cache as docker-compose.yml gives):
 *   1. the sample corpus, then a warm-up (the JVM compiles Neo4j's hot code);
 *   2. group sizes tried on synthetic documents (bench/synthetic.ts: 2,000
 *      distinct relations each, entities shared across documents);
 *   3. the synthetic corpus (≥ 200k relations) in groups of the best size,
 *      relations/s per group (sustained) and over the whole write;
 *   4. the baseline: a document of the same kind through the same per-row
 *      queries, one row per transaction; and the same kind of documents one
 *      per transaction (the store's upsertDocument);
 *   5. pages of the scale corpus (bench/corpus.ts), extracted here, in groups
 *      as `policygraph ingest` writes them: relations repeat across pages, so
 *      evidence is appended to relations the store holds;
 *   6. p50/p99 of getEntity and 1-hop neighbours in the store and over HTTP;
 *   7. the plans of the hot queries, checked for index use.
 * Figures go to bench/results/neo4j.json.
 *   npm run bench:neo4j -- [--documents 100] [--size 2000] [--pages 300] [--samples 400]
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processFile } from '../ingest/pipeline.ts';
import type { IngestDocument } from '../schema/model.ts';
import { processFilesParallel } from '../ingest/parallel.ts';
import { DEFAULT_GROUP } from '../server/cli/ingest-groups.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import type { LocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { ensureCorpus, pageName } from './corpus.ts';
import { startBenchNeo4j, NEO4J_MEMORY } from './ingest.ts';
import { cpuSeconds, loadAverage, median, round, say, writeResult } from './measure.ts';
import { checkPlans, oneRowPerTransaction, percentiles, timeFirstScreen, timeHttpReads, timeStoreReads } from './neo4j-measure.ts';
import { relationKeys, syntheticDocument } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
/** Relations of the main corpus; the other synthetic corpora of the run start past it. */
const MAIN_CORPUS = 1_000_000;

function options() {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '100' },
      size: { type: 'string', default: '2000' },
      pages: { type: 'string', default: '300' },
      samples: { type: 'string', default: '400' },
    },
  });
  return { documents: Number(values.documents), size: Number(values.size), pages: Number(values.pages), samples: Number(values.samples) };
}

interface WriteFigures {
  documents: number;
  relations: number;
  seconds: number;
  relationsPerSecond: number;
  /** Neo4j's CPU seconds per 1,000 relations (less swayed by other processes than the clock). */
  neo4jCpuPer1000: number;
}

/** Writes `docs` in groups of `group` (1: one upsertDocument per document); relations/s of each group and overall. */
async function writeGroups(store: Neo4jStore, neo4j: LocalNeo4j, docs: IngestDocument[], group: number): Promise<WriteFigures & { perGroup: number[] }> {
  const cpu0 = cpuSeconds(neo4j.pid);
  const started = performance.now();
  let relations = 0;
  const perGroup: number[] = [];
  for (let i = 0; i < docs.length; i += group) {
    const slice = docs.slice(i, i + group);
    const t0 = performance.now();
    const results = group === 1 ? [await store.upsertDocument(slice[0] as IngestDocument)] : await store.upsertDocuments(slice);
    const written = results.reduce((n, r) => n + r.relations, 0);
    relations += written;
    perGroup.push(Math.round(written / ((performance.now() - t0) / 1000)));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(neo4j.pid) - cpu0;
  return { documents: docs.length, relations, seconds: round(seconds, 1), relationsPerSecond: Math.round(relations / seconds), neo4jCpuPer1000: round((cpu / relations) * 1000, 2), perGroup };
}

function synthetic(count: number, size: number, prefix: string, offset: number): IngestDocument[] {
  return Array.from({ length: count }, (_, d) => syntheticDocument(d, size, prefix, offset));
}

/** Pages `from`… of the 100 MB corpus, extracted on worker threads. */
async function corpusPages(from: number, count: number): Promise<IngestDocument[]> {
  const corpus = await ensureCorpus('100mb', undefined, say);
  const paths = Array.from({ length: count }, (_, i) => join(corpus.dir, String(Math.floor((from + i) / 500)).padStart(3, '0'), pageName(from + i)));
  const docs: IngestDocument[] = [];
  for await (const outcome of processFilesParallel(paths)) if ('document' in outcome) docs.push(outcome.document);
  return docs;
}

async function samplesIngest(store: Neo4jStore): Promise<{ files: number; seconds: number }> {
  const dir = join(ROOT, 'data', 'samples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const started = performance.now();
  await store.upsertDocuments(await Promise.all(files.map((f) => processFile(join(dir, f)))));
  return { files: files.length, seconds: round((performance.now() - started) / 1000, 2) };
}

async function measureWrites(store: Neo4jStore, neo4j: LocalNeo4j, opts: ReturnType<typeof options>) {
  say('warming up (Neo4j compiles its hot code) …');
  await writeGroups(store, neo4j, synthetic(12, opts.size, 'warmup', MAIN_CORPUS), 4);
  const tuning: { group: number; relationsPerSecond: number; neo4jCpuPer1000: number }[] = [];
  for (const [i, group] of [2, 5, 10, 20].entries()) {
    const run = await writeGroups(store, neo4j, synthetic(group * Math.max(1, Math.round(8 / group)), opts.size, `tune${i}`, MAIN_CORPUS * (i + 2)), group);
    tuning.push({ group, relationsPerSecond: run.relationsPerSecond, neo4jCpuPer1000: run.neo4jCpuPer1000 });
    say(`  groups of ${group} documents: ${run.relationsPerSecond} relations/s`);
  }
  const best = tuning.reduce((a, b) => (b.relationsPerSecond > a.relationsPerSecond ? b : a));
  say(`writing ${opts.documents} documents × ${opts.size} relations in groups of ${best.group} …`);
  const { perGroup, ...main } = await writeGroups(store, neo4j, synthetic(opts.documents, opts.size, 'synthetic', 0), best.group);
  const sustained = { medianGroup: Math.round(median(perGroup)), slowestGroup: Math.min(...perGroup), groups: perGroup.length };
  say(`  ${main.relationsPerSecond} relations/s (median group ${sustained.medianGroup}, slowest ${sustained.slowestGroup})`);
  const { perGroup: _perDoc, ...perDocument } = await writeGroups(store, neo4j, synthetic(5, opts.size, 'perdoc', MAIN_CORPUS * 8), 1);
  const oneRow = await oneRowPerTransaction(syntheticDocument(0, Math.min(opts.size, 500), 'baseline', MAIN_CORPUS * 7), neo4j);
  const baseline = Math.round(oneRow.relations / oneRow.seconds);
  say(`  one document per transaction: ${perDocument.relationsPerSecond} relations/s; one row per transaction: ${baseline} relations/s`);
  return { tuning, group: best.group, synthetic: { ...main, sustained }, perDocument, oneRowPerTransaction: { relations: oneRow.relations, relationsPerSecond: baseline }, speedup: round(main.relationsPerSecond / baseline, 1) };
}

async function measureCorpus(store: Neo4jStore, neo4j: LocalNeo4j, pages: number) {
  say(`extracting ${pages} pages of the 100 MB corpus …`);
  const docs = await corpusPages(0, pages);
  const group = Math.max(1, Math.round(docs.length / Math.ceil(docs.reduce((n, d) => n + d.relations.length, 0) / DEFAULT_GROUP.relations)));
  const { perGroup, ...grouped } = await writeGroups(store, neo4j, docs, Math.min(group, DEFAULT_GROUP.documents));
  say(`  corpus pages in groups of ~${group}: ${grouped.relationsPerSecond} relations/s`);
  return { ...grouped, group, medianGroup: Math.round(median(perGroup)) };
}

/** What bench/results/neo4j.json holds. */
export interface Neo4jResult {
  neo4j: { version: string; heap: string; pagecache: string; startupMs: number };
  samples: { files: number; seconds: number };
  graph: { entities: number; relations: number; evidence: number };
  writes: Awaited<ReturnType<typeof measureWrites>>;
  corpus: Awaited<ReturnType<typeof measureCorpus>>;
  reads: { store: ReturnType<typeof percentiles>; http: ReturnType<typeof percentiles>; firstScreenMs: Awaited<ReturnType<typeof timeFirstScreen>> };
  plans: Awaited<ReturnType<typeof checkPlans>>;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const opts = options();
  const keys = new Set(Array.from({ length: opts.documents }, (_, d) => relationKeys(syntheticDocument(d, opts.size))).flat());
  if (keys.size !== opts.documents * opts.size) throw new Error(`the synthetic corpus repeats relations (${keys.size} distinct)`);
  const home = await mkdtemp(join(tmpdir(), 'policygraph-bench-neo4j-'));
  const neo4j = await startBenchNeo4j(home);
  say(`Neo4j ready at ${neo4j.uri} after ${(neo4j.startupMs / 1000).toFixed(1)} s`);
  try {
    const store = new Neo4jStore({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined });
    await store.open();
    const samples = await samplesIngest(store);
    const writes = await measureWrites(store, neo4j, opts);
    const corpus = await measureCorpus(store, neo4j, opts.pages);
    const stats = await store.stats();
    const reads = { store: percentiles(await timeStoreReads(store, opts.samples)), http: percentiles(await timeHttpReads(store, opts.samples)), firstScreenMs: await timeFirstScreen(store) };
    const plans = await checkPlans(neo4j);
    await store.close();
    const graph = { entities: stats.entities.total, relations: stats.relations.total, evidence: stats.evidence };
    const result: Neo4jResult = { neo4j: { version: '5.26.30', ...NEO4J_MEMORY, startupMs: neo4j.startupMs }, samples, graph, writes, corpus, reads, plans };
    const file = await writeResult('neo4j', result, loadAtStart);
    say(`figures in ${file}`);
  } finally {
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) await main();
