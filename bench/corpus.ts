/**
 * The scale corpus: seeded synthetic pages in the genre of the samples
 * (bench/corpus-text.ts), written to bench/output/corpus/<size>/ on demand and
 * streamed to disk one file at a time, so 1 GB is generated in bounded memory.
 * A finished corpus has a manifest (corpus.json, written last); a folder with
 * a manifest of the same seed, size and version is used as it is, anything
 * else is generated again. The pages of a smaller corpus are the first pages
 * of a larger one with the same seed.
 *
 *   npx tsx bench/corpus.ts --size 10mb|100mb|1gb [--seed 20250101]
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PageWriter } from './corpus-text.ts';

/** Bumped whenever the generated text changes, so an old folder is not taken for a new one. */
const VERSION = 1;
export const DEFAULT_SEED = 20_250_101;
export const CORPUS_ROOT = join(import.meta.dirname, 'output', 'corpus');

export const SIZES = { '10mb': 10 * 1024 ** 2, '100mb': 100 * 1024 ** 2, '1gb': 1024 ** 3 } as const;
export type CorpusSize = keyof typeof SIZES;

export interface CorpusManifest {
  version: number;
  seed: number;
  size: CorpusSize;
  /** The folder holding the files (absolute). */
  dir: string;
  files: number;
  bytes: number;
  chars: number;
}

/** The smallest page, in characters; pages run from this to four times it and one article more (about 10 KB to 45 KB, like the samples' pages). */
const PAGE_CHARS = 3_000;

/** The corpus of `size`: the existing folder when its manifest matches, else generated now. */
export async function ensureCorpus(size: CorpusSize, seed = DEFAULT_SEED, log: (line: string) => void = () => {}): Promise<CorpusManifest> {
  const dir = join(CORPUS_ROOT, size);
  const known = await readManifest(dir);
  if (known && known.version === VERSION && known.seed === seed && known.size === size) return { ...known, dir };
  log(`generating the ${size} corpus in ${dir} …`);
  const started = performance.now();
  const manifest = await generate(dir, size, seed);
  log(`  ${manifest.files} files, ${(manifest.bytes / 1024 ** 2).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

async function readManifest(dir: string): Promise<CorpusManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/** Writes pages until the folder holds `SIZES[size]` bytes of text; the manifest last. */
async function generate(dir: string, size: CorpusSize, seed: number): Promise<CorpusManifest> {
  await rm(dir, { recursive: true, force: true });
  const writer = new PageWriter(seed);
  const target = SIZES[size];
  let bytes = 0;
  let chars = 0;
  let files = 0;
  let folder = '';
  while (bytes < target) {
    // 500 files per folder, so no folder grows to tens of thousands of entries.
    const sub = join(dir, String(Math.floor(files / 500)).padStart(3, '0'));
    if (sub !== folder) await mkdir((folder = sub), { recursive: true });
    const text = writer.page(files, PAGE_CHARS * (1 + (files % 4)));
    const data = Buffer.from(text, 'utf8');
    await writeFile(join(folder, pageName(files)), data);
    bytes += data.length;
    chars += text.length;
    files++;
  }
  const manifest: CorpusManifest = { version: VERSION, seed, size, dir, files, bytes, chars };
  await writeFile(join(dir, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** File names sort in page order and do not repeat across the corpus (sources are keyed by file name). */
export function pageName(n: number): string {
  return `page_${String(n).padStart(6, '0')}.txt`;
}

function isSize(value: string): value is CorpusSize {
  return Object.hasOwn(SIZES, value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10mb' }, seed: { type: 'string' } } });
  if (!isSize(values.size)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}, got ${values.size}`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${values.seed}`);
  const manifest = await ensureCorpus(values.size, seed, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${JSON.stringify(manifest)}\n`);
}

if (import.meta.filename === process.argv[1]) await main();
