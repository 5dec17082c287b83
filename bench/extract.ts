/**
 * `npm run bench:extract`: throughput of the whole extraction (decode →
 * normalise → split → segment → extract → resolve) in characters per second,
 * over the sample corpus repeated to at least 5 MB, beside raw jieba `tag` on
 * the same decoded texts in the same run. Both are warmed up, then measured
 * in alternating rounds (so a busy neighbour slows both alike); the medians
 * are reported with their ratio. Then the same files go through the worker
 * pool with one worker and with one per core.
 *
 *   npm run bench:extract [-- --rounds 5] [-- --parallel-rounds 3] [-- --workers N]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../ingest/read.ts';
import { processText } from '../ingest/pipeline.ts';
import { segmenter } from '../ingest/segment.ts';
import { createIngestPool } from '../ingest/parallel.ts';
import { benchCorpus, median, numberArg, rate, timed, type BenchDoc, type Timing } from './extract-corpus.ts';

const TARGET_BYTES = 5 * 1024 * 1024;
const now = () => new Date(0);

/** One pass of raw tagging over every text. */
function tagAll(texts: readonly string[]): void {
  const jieba = segmenter();
  for (const text of texts) jieba.tag(text, false);
}

/** One pass of the whole extraction over every document, from its bytes. */
function extractAll(docs: readonly BenchDoc[]): void {
  for (const d of docs) processText(decodeBytes(d.bytes, d.name).text, d.name, { now });
}

function singleCore(docs: readonly BenchDoc[], texts: readonly string[], chars: number, rounds: number): void {
  // Warm-up: dictionary, gazetteers and JIT, outside the measurement.
  extractAll(docs.slice(0, 10));
  tagAll(texts.slice(0, 10));
  const tag: Timing[] = [];
  const extract: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    tag.push(timed(() => tagAll(texts)));
    extract.push(timed(() => extractAll(docs)));
  }
  for (const clock of ['wall', 'cpu'] as const) {
    const tagRate = rate(chars, median(tag.map((t) => t[clock])));
    const extractRate = rate(chars, median(extract.map((t) => t[clock])));
    // Rounds run in pairs; the median of the pairs' ratios is less sensitive to a neighbour's load than the ratio of medians.
    const paired = median(tag.map((t, r) => t[clock] / (extract[r] as Timing)[clock]));
    console.log(`[${clock === 'wall' ? 'wall clock' : 'CPU time'}, median of ${rounds}]`);
    console.log(`  raw jieba tag (no HMM): ${fmt(tagRate)} chars/s  [${tag.map((t) => secs(t[clock])).join(' ')}]`);
    console.log(`  whole extraction:       ${fmt(extractRate)} chars/s  [${extract.map((t) => secs(t[clock])).join(' ')}]`);
    console.log(`  extraction / raw tagging: ${((100 * extractRate) / tagRate).toFixed(1)}% (ratio of medians), ${(100 * paired).toFixed(1)}% (median of paired rounds)`);
  }
  console.log('  targets: >= 1,000,000 chars/s and >= 40% of raw tagging');
}

/** Throughput of the worker pool with `workers` threads over the corpus written to files. */
async function poolRate(files: readonly string[], chars: number, workers: number, rounds: number): Promise<number> {
  const started = performance.now();
  const pool = createIngestPool({ workers });
  try {
    const pass = async (paths: readonly string[]) => {
      for await (const outcome of pool.process(paths, { now })) if ('error' in outcome) throw outcome.error;
    };
    await pass(files.slice(0, 2 * workers));
    const startup = (performance.now() - started) / 1000;
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      await pass(files);
      times.push((performance.now() - t0) / 1000);
    }
    const perSecond = rate(chars, median(times));
    console.log(`worker pool, ${workers} worker(s), median of ${rounds}: ${fmt(perSecond)} chars/s  [${times.map(secs).join(' ')}]  (start-up + warm-up ${startup.toFixed(2)} s, not counted)`);
    return perSecond;
  } finally {
    await pool.close();
  }
}

async function parallel(docs: readonly BenchDoc[], chars: number, rounds: number, cores: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-bench-'));
  try {
    const files = docs.map((d) => {
      const file = path.join(dir, d.name);
      writeFileSync(file, d.bytes);
      return file;
    });
    const one = await poolRate(files, chars, 1, rounds);
    const all = await poolRate(files, chars, cores, rounds);
    console.log(`all cores / one core: ${(all / one).toFixed(2)}x on ${cores} workers (${availableParallelism()} cores available; other processes share them)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const docs = benchCorpus(TARGET_BYTES);
  const texts = docs.map((d) => decodeBytes(d.bytes, d.name).text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = docs.reduce((n, d) => n + d.bytes.length, 0);
  console.log(`corpus: ${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${chars.toLocaleString('en')} characters`);
  singleCore(docs, texts, chars, numberArg(args, '--rounds', 5));
  await parallel(docs, chars, numberArg(args, '--parallel-rounds', 3), numberArg(args, '--workers', availableParallelism()));
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const secs = (s: number) => `${s.toFixed(2)}s`;

await main();
