/**
 * `npm run bench:ingest`: end-to-end ingest of the scale corpus (bench/corpus.ts)
 * with `policygraph ingest`, as a user runs it, into the embedded store and into
 * a local Neo4j (fresh for each size): documents/s, relations/s, characters/s,
 * peak RSS and CPU time of the ingest process (and of Neo4j's JVM), at 10 MB and
 * 100 MB — 1 GB too with `--with-1gb` or BENCH_1GB=1, on Neo4j only (the
 * embedded store holds the whole graph in the ingest process: 3.8 GiB at
 * 100 MB, so a 1 GB graph outgrows Node's heap). On Neo4j, after the 10 MB
 * run, a slice of other pages is written one row per transaction (the
 * baseline) and the same kind of slice through the store's bulk write, in
 * this process. The 100 MB stores are kept in bench/output/stores/ for
 * bench:api. Figures go to bench/results/ingest.json.
 *
 *   npm run bench:ingest [-- --sizes 10mb,100mb] [-- --with-1gb] [-- --stores embedded,neo4j]
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { processFile } from '../ingest/pipeline.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { ensureCorpus, pageName, type CorpusManifest, type CorpusSize } from './corpus.ts';
import { MiB, loadAverage, round, say, watchProcess, writeResult } from './measure.ts';
import { oneRowPerTransaction } from './neo4j-measure.ts';

const ROOT = join(import.meta.dirname, '..');
export const STORES_DIR = join(ROOT, 'bench', 'output', 'stores');
/** Neo4j as docker-compose.yml runs it. */
export const NEO4J_MEMORY = { heap: '2g', pagecache: '512m' };
export const NEO4J_PASSWORD = 'bench-password';

export interface IngestRun {
  store: 'embedded' | 'neo4j';
  size: CorpusSize;
  files: number;
  megabytes: number;
  chars: number;
  documents: number;
  /** Relations each document wrote (new ones and evidence added to known ones), summed. */
  relationsWritten: number;
  evidence: number;
  seconds: number;
  documentsPerSecond: number;
  relationsPerSecond: number;
  charsPerSecond: number;
  peakRssMiB: number;
  cpuSeconds: number;
  neo4j?: { peakRssMiB: number; cpuSeconds: number; graphRelations: number; graphEntities: number };
}

/** Where the kept store of `kind` for `size` lives, and the marker that says which corpus it holds. */
export function keptStore(kind: 'embedded' | 'neo4j', size: CorpusSize): { dir: string; marker: string } {
  const dir = join(STORES_DIR, `${kind}-${size}`);
  return { dir, marker: join(dir, 'bench-store.json') };
}

/** Runs `policygraph ingest` on the corpus folder; counts what it reports line by line. */
async function runIngest(corpus: CorpusManifest, env: Record<string, string>): Promise<Omit<IngestRun, 'store' | 'size'>> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/policygraph.mjs', 'ingest', corpus.dir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const watch = watchProcess(child.pid ?? -1);
  let documents = 0;
  let relations = 0;
  let evidence = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    const counts = /\((\d+) entities, (\d+) relations, (\d+) evidence\)/.exec(line);
    if (!counts) continue;
    documents++;
    relations += Number(counts[2]);
    evidence += Number(counts[3]);
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  const seconds = (performance.now() - started) / 1000;
  const usage = watch.stop();
  if (code !== 0) throw new Error(`policygraph ingest exited with ${code}`);
  return {
    files: corpus.files,
    megabytes: round(corpus.bytes / MiB, 1),
    chars: corpus.chars,
    documents,
    relationsWritten: relations,
    evidence,
    seconds: round(seconds, 1),
    documentsPerSecond: round(documents / seconds, 1),
    relationsPerSecond: Math.round(relations / seconds),
    charsPerSecond: Math.round(corpus.chars / seconds),
    peakRssMiB: Math.round(usage.peakRssBytes / MiB),
    cpuSeconds: round(usage.cpuSeconds, 1),
  };
}

async function embeddedRun(corpus: CorpusManifest, keep: boolean): Promise<IngestRun> {
  const { dir, marker } = keptStore('embedded', corpus.size);
  await rm(dir, { recursive: true, force: true });
  say(`embedded, ${corpus.size}: ingesting ${corpus.files} files …`);
  const run = await runIngest(corpus, { POLICYGRAPH_DATA: dir });
  if (keep) await writeFile(marker, JSON.stringify({ corpus: corpusKey(corpus) }));
  else await rm(dir, { recursive: true, force: true });
  return { store: 'embedded', size: corpus.size, ...run };
}

export function corpusKey(corpus: CorpusManifest): string {
  return `${corpus.size}/${corpus.seed}/${corpus.version}`;
}

/** A local Neo4j in `home` (kept data when it exists). */
export function startBenchNeo4j(home: string): Promise<LocalNeo4j> {
  return freePort().then((port) => startLocalNeo4j({ home, port, user: 'neo4j', password: NEO4J_PASSWORD, ...NEO4J_MEMORY }));
}

async function neo4jRun(corpus: CorpusManifest, keep: boolean, slices: CorpusManifest | undefined): Promise<{ run: IngestRun; baseline?: Baseline }> {
  const { dir, marker } = keptStore('neo4j', corpus.size);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const neo4j = await startBenchNeo4j(dir);
  try {
    say(`neo4j, ${corpus.size}: ingesting ${corpus.files} files …`);
    const jvm = watchProcess(neo4j.pid);
    const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    const run = await runIngest(corpus, env);
    const usage = jvm.stop();
    const store = new Neo4jStore({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined });
    await store.open();
    const stats = await store.stats();
    const baseline = slices ? await baselineSlices(store, neo4j, slices) : undefined;
    await store.close();
    const figures = { peakRssMiB: Math.round(usage.peakRssBytes / MiB), cpuSeconds: round(usage.cpuSeconds, 1), graphRelations: stats.relations.total, graphEntities: stats.entities.total };
    if (keep) await writeFile(marker, JSON.stringify({ corpus: corpusKey(corpus) }));
    return { run: { store: 'neo4j', size: corpus.size, ...run, neo4j: figures }, ...(baseline ? { baseline } : {}) };
  } finally {
    await neo4j.stop();
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

export interface Baseline {
  slice: string;
  oneRowPerTransaction: { documents: number; relations: number; relationsPerSecond: number };
  bulk: { documents: number; relations: number; relationsPerSecond: number };
  speedup: number;
}

/** Pages `from`…`from + count - 1` of `corpus`, extracted here. */
async function pages(corpus: CorpusManifest, from: number, count: number) {
  const docs = [];
  for (let n = from; n < from + count; n++) docs.push(await processFile(join(corpus.dir, String(Math.floor(n / 500)).padStart(3, '0'), pageName(n))));
  return docs;
}

/**
 * On the graph the 10 MB run left: pages the run did not have, one row per
 * transaction (the baseline), then as many other pages through the bulk write.
 * Both count the relations each document writes, over the whole write.
 */
async function baselineSlices(store: Neo4jStore, neo4j: LocalNeo4j, corpus: CorpusManifest): Promise<Baseline> {
  const count = 8;
  const oneRow = await pages(corpus, 3_000, count);
  say(`  baseline: ${count} pages one row per transaction …`);
  let seconds = 0;
  let relations = 0;
  for (const doc of oneRow) {
    const written = await oneRowPerTransaction(doc, neo4j);
    seconds += written.seconds;
    relations += written.relations;
  }
  const bulkDocs = await pages(corpus, 3_100, count);
  const started = performance.now();
  const results = await store.upsertDocuments(bulkDocs);
  const bulkSeconds = (performance.now() - started) / 1000;
  const bulkRelations = results.reduce((n, r) => n + r.relations, 0);
  const one = { documents: count, relations, relationsPerSecond: Math.round(relations / seconds) };
  const bulk = { documents: count, relations: bulkRelations, relationsPerSecond: Math.round(bulkRelations / bulkSeconds) };
  return { slice: `${count} pages each, after the 10 MB run`, oneRowPerTransaction: one, bulk, speedup: round(bulk.relationsPerSecond / one.relationsPerSecond, 1) };
}

/** What bench/results/ingest.json holds. */
export interface IngestResult {
  neo4jMemory: typeof NEO4J_MEMORY;
  runs: IngestRun[];
  baseline?: Baseline;
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10mb,100mb' },
      stores: { type: 'string', default: 'embedded,neo4j' },
      'with-1gb': { type: 'boolean', default: process.env.BENCH_1GB === '1' },
    },
  });
  const sizes = values.sizes.split(',') as CorpusSize[];
  if (values['with-1gb'] && !sizes.includes('1gb')) sizes.push('1gb');
  return { sizes, stores: values.stores.split(',') };
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const { sizes, stores } = options();
  const runs: IngestRun[] = [];
  let baseline: Baseline | undefined;
  const large = await ensureCorpus('100mb', undefined, say);
  for (const size of sizes) {
    const corpus = await ensureCorpus(size, undefined, say);
    const keep = size === '100mb';
    if (stores.includes('embedded') && size !== '1gb') runs.push(await embeddedRun(corpus, keep));
    if (stores.includes('neo4j')) {
      const result = await neo4jRun(corpus, keep, size === '10mb' ? large : undefined);
      runs.push(result.run);
      baseline ??= result.baseline;
    }
    for (const run of runs.filter((r) => r.size === size)) say(`  ${run.store}: ${run.seconds} s, ${run.documentsPerSecond} docs/s, ${run.relationsPerSecond} relations/s, peak RSS ${run.peakRssMiB} MiB`);
  }
  const result: IngestResult = { neo4jMemory: NEO4J_MEMORY, runs, ...(baseline ? { baseline } : {}) };
  const file = await writeResult('ingest', result, loadAtStart);
  say(`figures in ${file}`);
}

if (import.meta.filename === process.argv[1]) await main();
