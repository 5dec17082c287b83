/**
 * The tables of bench/RESULTS.md, one per benchmark, from the JSON each wrote
 * to bench/results/ (shapes as the benchmarks write them; a missing benchmark
 * gives no table). Pure string building.
 */

import type { ApiResult } from './api.ts';
import type { ExtractResult } from './extract.ts';
import type { IngestResult, IngestRun } from './ingest.ts';
import type { Written } from './measure.ts';
import type { Neo4jResult } from './neo4j.ts';

/** The part of bench/results/web.json (written by bench/web.ts) the report shows. */
export interface WebResult {
  date: string;
  chromium: string;
  gpu: string;
  cpu: string;
  loadAverageAtEnd: number[];
  results: { name: string; firstRenderMs: number; pass: boolean; frames: { medianFrameMs: number; p95FrameMs: number; maxFrameMs: number } }[];
}

export const n = (value: unknown, digits = 0): string =>
  typeof value === 'number' ? value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';

export const pct = (value: unknown): string => (typeof value === 'number' ? `${(100 * value).toFixed(1)}%` : '—');

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machineLine(result: Written<object> | undefined): string {
  const m = result?.machine;
  if (!m) return '';
  return `${m.date.slice(0, 16).replace('T', ' ')} UTC; load average at start ${m.loadAtStart.join(' / ')}, at end ${m.loadAtEnd.join(' / ')}`;
}

export function extractTables(extract: ExtractResult): string {
  const single = extract.singleCore.map((s) => [
    s.corpus,
    n(s.chars),
    n(s.wall.extractionCharsPerSecond),
    n(s.cpu.extractionCharsPerSecond),
    n(s.cpu.tagCharsPerSecond),
    pct(s.cpu.shareOfTaggingPaired),
  ]);
  const pool = extract.pool;
  return [
    table(['text', 'characters', 'extraction chars/s (clock)', 'extraction chars/s (CPU)', 'raw `jieba.tag` chars/s (CPU, baseline)', 'extraction ÷ tagging'], single),
    '',
    table(
      ['worker threads', 'chars/s (median of rounds)', 'rounds'],
      [pool.oneWorker, pool.allCores].map((p) => [p.workers, n(p.charsPerSecond), p.rounds.map((r) => n(r)).join(', ')]),
    ),
    '',
    `All cores ÷ one worker: **${n(pool.scaling, 2)}×** on ${pool.cores} cores.`,
  ].join('\n');
}

export function ingestTables(ingest: IngestResult): string {
  const rows = ingest.runs.map((r) => [
    r.store,
    r.size,
    n(r.files),
    n(r.megabytes, 1),
    n(r.seconds, 1),
    n(r.documentsPerSecond, 1),
    n(r.relationsPerSecond),
    n(r.charsPerSecond),
    n(r.peakRssMiB),
    r.neo4j ? `${n(r.neo4j.peakRssMiB)} MiB, ${n(r.neo4j.cpuSeconds)} CPU s` : '—',
  ]);
  const out = [table(['store', 'corpus', 'files', 'MB', 'seconds', 'documents/s', 'relations/s', 'characters/s', 'peak RSS of the ingest (MiB)', 'Neo4j JVM'], rows)];
  const b = ingest.baseline;
  if (b) {
    out.push(
      '',
      table(
        ['Neo4j writes of a slice (' + b.slice + ')', 'relations', 'relations/s'],
        [
          ['one row per transaction (baseline)', n(b.oneRowPerTransaction.relations), n(b.oneRowPerTransaction.relationsPerSecond)],
          ['bulk write (one transaction for the slice)', n(b.bulk.relations), n(b.bulk.relationsPerSecond)],
        ],
      ),
      '',
      `Bulk ÷ one row per transaction: **${n(b.speedup, 1)}×**.`,
    );
  }
  return out.join('\n');
}

/** Seconds per corpus size and store, and how time grew with size (1.0 = linear). */
export function costCurve(ingest: IngestResult): string {
  const runs = ingest.runs;
  const sizes = [...new Set(runs.map((r) => r.size))];
  const stores = [...new Set(runs.map((r) => r.store))];
  const rows = stores.map((store) => {
    const bySize: (IngestRun | undefined)[] = sizes.map((size) => runs.find((r) => r.store === store && r.size === size));
    const base = bySize[0];
    const growth = bySize.slice(1).map((r) => (r && base ? n(r.seconds / base.seconds / (r.megabytes / base.megabytes), 2) : '—'));
    return [store, ...bySize.map((r) => (r ? `${n(r.seconds, 1)} s` : '—')), ...growth];
  });
  const head = ['store', ...sizes.map((s) => `time at ${s}`), ...sizes.slice(1).map((s) => `time per MB at ${s} ÷ at ${sizes[0]}`)];
  return table(head, rows);
}

export function neo4jTables(neo: Neo4jResult): string {
  const w = neo.writes;
  const rows = [
    [`synthetic, groups of ${w.group} documents (${n(w.synthetic.relations)} relations)`, n(w.synthetic.relationsPerSecond), n(w.synthetic.neo4jCpuPer1000, 2)],
    ['synthetic, one document per transaction (before the bulk write)', n(w.perDocument.relationsPerSecond), n(w.perDocument.neo4jCpuPer1000, 2)],
    ['synthetic, one row per transaction (baseline)', n(w.oneRowPerTransaction.relationsPerSecond), '—'],
    [`scale corpus pages, groups of ~${neo.corpus.group} (${n(neo.corpus.relations)} relations, repeats append evidence)`, n(neo.corpus.relationsPerSecond), n(neo.corpus.neo4jCpuPer1000, 2)],
  ];
  const tuning = w.tuning.map((t) => `${t.group}: ${n(t.relationsPerSecond)}`).join('; ');
  const r = neo.reads;
  const at = (figures: Record<string, { p50: number; p99: number }>, name: string) => figures[name] ?? { p50: Number.NaN, p99: Number.NaN };
  const scans = Object.entries(neo.plans).filter(([, p]) => p.scans.length > 0);
  return [
    table(['write', 'relations/s', 'Neo4j CPU s per 1,000 relations'], rows),
    '',
    `Bulk ÷ one row per transaction: **${n(w.speedup, 1)}×**. Sustained: median group ${n(w.synthetic.sustained.medianGroup)} relations/s, slowest ${n(w.synthetic.sustained.slowestGroup)} (${w.synthetic.sustained.groups} groups). Group sizes tried (documents: relations/s): ${tuning}.`,
    '',
    table(
      ['read', 'p50 ms', 'p99 ms'],
      [
        ['getEntity in the store', n(at(r.store, 'getEntity').p50, 1), n(at(r.store, 'getEntity').p99, 1)],
        ['1-hop neighbours in the store', n(at(r.store, 'neighbors').p50, 1), n(at(r.store, 'neighbors').p99, 1)],
        ['GET /api/entities/{id}', n(at(r.http, 'getEntity').p50, 1), n(at(r.http, 'getEntity').p99, 1)],
        ['GET /api/entities/{id}/neighbors', n(at(r.http, 'neighbors').p50, 1), n(at(r.http, 'neighbors').p99, 1)],
      ],
    ),
    '',
    `Plans checked with EXPLAIN: ${Object.keys(neo.plans).length} hot queries, ${scans.length === 0 ? 'none scans a label or a relationship type' : `scans in ${scans.map(([k]) => k).join(', ')}`}.`,
  ].join('\n');
}

export function apiTables(api: ApiResult): string {
  const out: string[] = [];
  for (const s of api.stores) {
    out.push(`**${s.store}** (${n(s.graph.entities)} entities, ${n(s.graph.relations)} relations, ${n(s.graph.sources)} sources; opened in ${n(s.openSeconds, 1)} s)`, '');
    const rows = (['search', 'entity', 'neighbors'] as const).map((e) => {
      const h = s.http[e];
      return [e, `${n(s.inStore[e].p50, 2)} / ${n(s.inStore[e].p99, 2)}`, n(h.express.requestsPerSecond), `${n(h.express.p50)} / ${n(h.express.p99)}`, n(h.floor.requestsPerSecond), `${n(h.floor.p50)} / ${n(h.floor.p99)}`, `${n(h.overhead.throughput, 2)}×`];
    });
    out.push(table(['endpoint', 'in the store p50 / p99 ms', 'Express req/s', 'Express p50 / p99 ms', 'node:http req/s (floor)', 'floor p50 / p99 ms', 'floor ÷ Express (req/s)'], rows), '');
  }
  const m = api.embedded1m;
  if (m) {
    const i = m.inStore;
    out.push(
      `**Embedded store at ${n(m.graph.relations)} relations** (in-process, ${n(i.samples)} entities sampled; written in ${n(m.write.seconds, 1)} s, ${n(m.write.relationsPerSecond)} relations/s; seconds per 100k relations as it grew: ${m.write.secondsPer100kRelations.join(', ')}; heap ${n(m.heapMiB)} MiB)`,
      '',
      table(['call', 'p50 ms', 'p99 ms', 'max ms'], [
        ['1-hop neighbours (limit 50)', n(i.neighbors.p50, 3), n(i.neighbors.p99, 3), n(i.neighbors.max, 1)],
        ['entity page (its first 200 relations)', n(i.entity.p50, 3), n(i.entity.p99, 3), n(i.entity.max, 1)],
        ['search (two characters)', n(i.search.p50, 3), n(i.search.p99, 3), n(i.search.max, 1)],
      ]),
    );
  }
  return out.join('\n');
}

export function webTables(web: WebResult): string {
  const rows = web.results.map((r) => [r.name, n(r.firstRenderMs), n(r.frames.medianFrameMs, 1), n(r.frames.p95FrameMs, 1), n(r.frames.maxFrameMs, 1), r.pass ? 'yes' : 'no']);
  return [
    `Chromium ${web.chromium}, headless, ${web.gpu}; ${web.cpu}; load average at end ${web.loadAverageAtEnd.join(' / ')}; ${web.date.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    table(['graph', 'first render ms (median of 3)', 'median frame ms', 'p95 frame ms', 'max frame ms', 'target met'], rows),
  ].join('\n');
}
