/**
 * `npm run bench:extract`: throughput of the whole extraction (decode →
 * normalise → split → segment → extract → resolve) in characters per second,
 * beside raw jieba `tag` on the same decoded texts in the same run, on two
 * texts of at least 5 MB: the sample corpus repeated (as issue 4 measures it)
 * and the first pages of the generated scale corpus (bench/corpus.ts, no page
 * repeated). Both are warmed up, then measured in alternating rounds (a busy
 * neighbour slows both alike); medians are reported, by the clock and in CPU
 * time. Then the scale pages go through the worker pool with one worker and
 * with one per core. Figures go to bench/results/extract.json.
 *
 *   npm run bench:extract [-- --rounds 5] [-- --parallel-rounds 3] [-- --workers N]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../ingest/read.ts';
import { listInputFiles, processText } from '../ingest/pipeline.ts';
import { segmenter } from '../ingest/segment.ts';
import { createIngestPool } from '../ingest/parallel.ts';
import { ensureCorpus } from './corpus.ts';
import { benchCorpus, numberArg, timed, type BenchDoc, type Timing } from './extract-corpus.ts';
import { loadAverage, median, round, say, writeResult } from './measure.ts';

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

interface ClockFigures {
  tagCharsPerSecond: number;
  extractionCharsPerSecond: number;
  /** Extraction as a share of raw tagging: the ratio of the medians. */
  shareOfTagging: number;
  /** The median of each round's own ratio (less swayed by load that changes between rounds). */
  shareOfTaggingPaired: number;
  extractionRounds: number[];
}

function singleCore(label: string, docs: readonly BenchDoc[], rounds: number) {
  const texts = docs.map((d) => decodeBytes(d.bytes, d.name).text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // Warm-up: dictionary, gazetteers and JIT, outside the measurement.
  extractAll(docs.slice(0, 20));
  tagAll(texts.slice(0, 20));
  const tag: Timing[] = [];
  const extract: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    tag.push(timed(() => tagAll(texts)));
    extract.push(timed(() => extractAll(docs)));
  }
  const figures = (clock: 'wall' | 'cpu'): ClockFigures => {
    const tagRate = chars / median(tag.map((t) => t[clock]));
    const extractRate = chars / median(extract.map((t) => t[clock]));
    return {
      tagCharsPerSecond: Math.round(tagRate),
      extractionCharsPerSecond: Math.round(extractRate),
      shareOfTagging: round(extractRate / tagRate, 3),
      shareOfTaggingPaired: round(median(tag.map((t, r) => t[clock] / (extract[r] as Timing)[clock])), 3),
      extractionRounds: extract.map((t) => round(chars / t[clock])),
    };
  };
  const out = { corpus: label, documents: docs.length, chars, rounds, wall: figures('wall'), cpu: figures('cpu') };
  say(`${label}: extraction ${fmt(out.wall.extractionCharsPerSecond)} chars/s (CPU ${fmt(out.cpu.extractionCharsPerSecond)}), raw tag ${fmt(out.wall.tagCharsPerSecond)}, ${(100 * out.cpu.shareOfTaggingPaired).toFixed(1)}% of tagging`);
  return out;
}

/** Throughput of the worker pool with `workers` threads over `files` (median of rounds, after a whole warm-up pass). */
async function poolRate(files: readonly string[], chars: number, workers: number, rounds: number) {
  const pool = createIngestPool({ workers });
  try {
    const pass = async (paths: readonly string[]) => {
      for await (const outcome of pool.process(paths, { now })) if ('error' in outcome) throw outcome.error;
    };
    // A whole unmeasured pass: each worker's JIT warms on its own share, which shrinks as workers are added.
    await pass(files);
    const rates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      await pass(files);
      rates.push(chars / ((performance.now() - t0) / 1000));
    }
    say(`worker pool, ${workers} worker(s): ${fmt(median(rates))} chars/s [${rates.map(fmt).join(' ')}]`);
    return { workers, charsPerSecond: Math.round(median(rates)), rounds: rates.map((r) => Math.round(r)) };
  } finally {
    await pool.close();
  }
}

async function parallel(docs: readonly BenchDoc[], rounds: number, cores: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-bench-'));
  try {
    const files = docs.map((d) => {
      const file = path.join(dir, d.name);
      writeFileSync(file, d.bytes);
      return file;
    });
    const chars = docs.reduce((n, d) => n + decodeBytes(d.bytes, d.name).text.length, 0);
    const one = await poolRate(files, chars, 1, rounds);
    const all = await poolRate(files, chars, cores, rounds);
    return { oneWorker: one, allCores: all, scaling: round(all.charsPerSecond / one.charsPerSecond, 2), cores: availableParallelism() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first pages of the scale corpus, up to TARGET_BYTES. */
async function scalePages(): Promise<BenchDoc[]> {
  const corpus = await ensureCorpus('10mb', undefined, say);
  const { files } = await listInputFiles([corpus.dir]);
  const docs: BenchDoc[] = [];
  let bytes = 0;
  for (const file of files) {
    if (bytes >= TARGET_BYTES) break;
    const data = readFileSync(file);
    docs.push({ name: path.basename(file), bytes: data });
    bytes += data.length;
  }
  return docs;
}

/** What bench/results/extract.json holds. */
export interface ExtractResult {
  targets: { charsPerSecondPerCore: number; shareOfTagging: number };
  singleCore: ReturnType<typeof singleCore>[];
  pool: Awaited<ReturnType<typeof parallel>>;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const args = process.argv.slice(2);
  const rounds = numberArg(args, '--rounds', 5);
  const samples = singleCore('sample corpus repeated', benchCorpus(TARGET_BYTES), rounds);
  const pages = await scalePages();
  const scale = singleCore('scale corpus pages', pages, rounds);
  const pool = await parallel(pages, numberArg(args, '--parallel-rounds', 3), numberArg(args, '--workers', availableParallelism()));
  const result: ExtractResult = { targets: { charsPerSecondPerCore: 1_000_000, shareOfTagging: 0.4 }, singleCore: [samples, scale], pool };
  const file = await writeResult('extract', result, loadAtStart);
  say(`figures in ${file}`);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

if (import.meta.filename === process.argv[1]) await main();
