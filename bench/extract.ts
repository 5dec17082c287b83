/**
 * `npm run bench:extract`: throughput of the whole extraction (decode →
 * normalise → split → segment → extract → resolve) on one core, in characters
 * per second, over the sample corpus repeated to at least 5 MB, beside raw
 * jieba `tag` throughput on the same text in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../ingest/read.ts';
import { processText } from '../ingest/pipeline.ts';
import { segmenter } from '../ingest/segment.ts';

const TARGET_BYTES = 5 * 1024 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.join(root, 'data/samples');

function corpus(): { name: string; bytes: Buffer }[] {
  const files = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  const samples = files.map((f) => ({ name: f, bytes: readFileSync(path.join(samplesDir, f)) }));
  const docs: { name: string; bytes: Buffer }[] = [];
  let total = 0;
  for (let round = 0; total < TARGET_BYTES; round++) {
    for (const s of samples) {
      docs.push({ name: `${round}_${s.name}`, bytes: s.bytes });
      total += s.bytes.length;
    }
  }
  return docs;
}

function timeIt(work: () => number): { chars: number; seconds: number } {
  const t0 = process.hrtime.bigint();
  const chars = work();
  return { chars, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function main(): void {
  const docs = corpus();
  const texts = docs.map((d) => decodeBytes(d.bytes, d.name).text);
  const bytes = docs.reduce((n, d) => n + d.bytes.length, 0);
  const now = () => new Date(0);
  // Warm up: dictionary, gazetteer and JIT, outside the measurement.
  processText(texts[0] as string, 'warmup.txt', { now });
  const jieba = segmenter();
  const tag = timeIt(() => {
    let chars = 0;
    for (const text of texts) for (const line of text.split('\n')) if (line) jieba.tag(line, false), (chars += line.length);
    return texts.reduce((n, t) => n + t.length, 0) + 0 * chars;
  });
  const extract = timeIt(() => {
    let chars = 0;
    docs.forEach((d) => {
      const decoded = decodeBytes(d.bytes, d.name);
      processText(decoded.text, d.name, { now });
      chars += decoded.text.length;
    });
    return chars;
  });
  const rate = (r: { chars: number; seconds: number }) => r.chars / r.seconds;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  console.log(`corpus: ${docs.length} documents, ${mb} MB, ${extract.chars.toLocaleString('en')} characters`);
  console.log(`raw jieba tag (per line, no HMM): ${Math.round(rate(tag)).toLocaleString('en')} chars/s (${tag.seconds.toFixed(2)} s)`);
  console.log(`whole extraction:                 ${Math.round(rate(extract)).toLocaleString('en')} chars/s (${extract.seconds.toFixed(2)} s)`);
  console.log(`extraction / raw tagging: ${((100 * rate(extract)) / rate(tag)).toFixed(1)}%  (targets: >= 1,000,000 chars/s and >= 40%)`);
}

main();
