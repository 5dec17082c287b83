/**
 * A generated corpus for the fault tests: `count` files, each three paragraphs
 * of the sample corpus (different ones per file) and a line of its own, so every
 * file is distinct, carries real entities and relations, and many files share
 * them. Also the reference a faulty run is compared with: the same files
 * ingested in this process into a fresh store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { processFile } from '../../ingest/pipeline.ts';
import type { IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { ROOT } from './cli.ts';

function paragraphs(): string[] {
  const dir = join(ROOT, 'data/samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((p) => p.length > 40);
}

/** Writes doc-00000.txt … into `dir`; returns their paths in order. */
export async function writeCorpus(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const ps = paragraphs();
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = [ps[i % ps.length], ps[(i * 7 + 3) % ps.length], ps[(i * 13 + 5) % ps.length], `第${i}号`].join('\n');
    const path = join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
    await writeFile(path, text);
    paths.push(path);
  }
  return paths;
}

/** Each file's document, as `policygraph ingest` makes it. */
export async function documentsOf(paths: string[]): Promise<Map<string, IngestDocument>> {
  const docs = new Map<string, IngestDocument>();
  for (const path of paths) {
    const doc = await processFile(path);
    docs.set(doc.source.id, doc);
  }
  return docs;
}

/** `value` with every list in a canonical order, so stores written in different orders compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  }
  return value;
}

/** What a store holds, without ingest times or order: counts, every entity and relation with its evidence, the sources. */
export async function contents(store: GraphStore): Promise<unknown> {
  const graph = await store.exportGraph();
  return canonical({
    stats: await store.stats(),
    nodes: graph.nodes,
    edges: graph.edges,
    sources: (await store.listSources()).map((s) => s.id),
  });
}

/** Upserts the documents of `sources` (in the corpus's order) into `store`. */
export async function ingestReference(store: GraphStore, docs: Map<string, IngestDocument>, sources: Iterable<string>): Promise<void> {
  const wanted = new Set(sources);
  for (const [id, doc] of docs) if (wanted.has(id)) await store.upsertDocument(doc);
}
