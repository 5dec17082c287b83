/**
 * Writes bench/RESULTS.md from the figures the benchmarks left in bench/results/
 * (run by `npm run bench`, or alone with `npm run bench:report`): the human
 * summary of bench/summary.md first, then the targets with the figure measured
 * against each, then one section per benchmark with its baselines, the
 * machine and the load average while it ran.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiResult } from './api.ts';
import type { ExtractResult } from './extract.ts';
import type { IngestResult } from './ingest.ts';
import { RESULTS_DIR, type Written } from './measure.ts';
import type { Neo4jResult } from './neo4j.ts';
import { apiTables, costCurve, extractTables, ingestTables, machineLine, n, neo4jTables, table, webTables, type WebResult } from './report-tables.ts';

const BENCH = import.meta.dirname;

interface Results {
  extract?: Written<ExtractResult>;
  ingest?: Written<IngestResult>;
  neo4j?: Written<Neo4jResult>;
  api?: Written<ApiResult>;
  web?: WebResult;
}

function read<T>(name: string): T | undefined {
  const file = join(RESULTS_DIR, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

type Verdict = [target: string, figure: string, met: boolean | undefined];

const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');

function extractTargets(r: Results): Verdict[] {
  const e = r.extract;
  if (!e) return [];
  const worst = Math.min(...e.singleCore.map((s) => s.cpu.extractionCharsPerSecond));
  const share = Math.min(...e.singleCore.map((s) => s.cpu.shareOfTaggingPaired));
  return [
    ['extraction ≥ 1,000,000 chars/s per core', `${e.singleCore.map((s) => `${n(s.cpu.extractionCharsPerSecond)} (${s.corpus})`).join('; ')}`, worst >= 1_000_000],
    ['extraction ≥ 40% of raw `jieba.tag`', e.singleCore.map((s) => `${(100 * s.cpu.shareOfTaggingPaired).toFixed(1)}%`).join('; '), share >= 0.4],
    ['near-linear on 2 cores (worker threads ≥ 1.8× one worker)', `${n(e.pool.scaling, 2)}×`, e.pool.scaling >= 1.8],
  ];
}

function storeTargets(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const neo100 = r.ingest?.runs.find((x) => x.store === 'neo4j' && x.size === '100mb');
  out.push(['100 MB into Neo4j in under 10 minutes', neo100 ? `${n(neo100.seconds / 60, 1)} min` : '—', neo100 ? neo100.seconds < 600 : undefined]);
  const w = r.neo4j?.writes;
  out.push(['Neo4j writes ≥ 20,000 relations/s sustained', w ? `${n(w.synthetic.relationsPerSecond)} relations/s` : '—', w ? w.synthetic.relationsPerSecond >= 20_000 : undefined]);
  out.push(['Neo4j bulk ≥ 50× one row per transaction', w ? `${n(w.speedup, 1)}×` : '—', w ? w.speedup >= 50 : undefined]);
  const m = r.api?.embedded1m;
  out.push(['embedded 1-hop neighbours p99 ≤ 2 ms at 1M relations', m ? `${n(m.inStore.neighbors.p99, 2)} ms at ${n(m.graph.relations)}` : '—', m ? m.inStore.neighbors.p99 <= 2 : undefined]);
  const neo = r.api?.stores.find((s) => s.store === 'neo4j');
  const neoP99 = neo ? Math.max(neo.inStore.entity.p99, neo.inStore.neighbors.p99) : undefined;
  out.push(['Neo4j entity and 1-hop p99 ≤ 20 ms (100 MB graph, in the store)', neoP99 === undefined ? '—' : `${n(neoP99, 1)} ms`, neoP99 === undefined ? undefined : neoP99 <= 20]);
  const overheads = r.api?.stores.flatMap((s) => Object.values(s.http).map((h) => h.overhead.throughput)) ?? [];
  const worst = overheads.length > 0 ? Math.max(...overheads) : undefined;
  out.push(['Express ≤ 1.5× plain node:http (requests/s)', worst === undefined ? '—' : `worst ${n(worst, 2)}×`, worst === undefined ? undefined : worst <= 1.5]);
  const gb = r.ingest?.runs.filter((x) => x.size === '1gb') ?? [];
  const hundred = r.ingest?.runs.filter((x) => x.size === '100mb') ?? [];
  const memory = gb.length > 0 ? gb : hundred;
  const peak = memory.length > 0 ? Math.max(...memory.map((x) => x.peakRssMiB)) : undefined;
  out.push([
    'ingest of 1 GB with peak RSS < 2 GiB',
    peak === undefined ? '—' : `${n(peak)} MiB at ${gb.length > 0 ? '1 GB' : '100 MB (1 GB not run)'} (${memory.map((x) => `${x.store} ${n(x.peakRssMiB)}`).join(', ')})`,
    gb.length > 0 && peak !== undefined ? peak < 2048 : undefined,
  ]);
  return out;
}

function webTargets(r: Results): Verdict[] {
  return (r.web?.results ?? []).map((x) => [`web: ${x.name} (${x.name.startsWith('5k') ? 'first render ≤ 1.5 s' : 'median frame ≤ 33 ms'})`, x.name.startsWith('5k') ? `${n(x.firstRenderMs)} ms` : `${n(x.frames.medianFrameMs, 1)} ms`, x.pass]);
}

function section(title: string, result: Written<object> | undefined, body: string): string[] {
  const when = machineLine(result);
  return [`## ${title}`, '', ...(when ? [`_${when}._`, ''] : []), body, ''];
}

export function renderResults(r: Results): string {
  const summary = existsSync(join(BENCH, 'summary.md')) ? readFileSync(join(BENCH, 'summary.md'), 'utf8').trim() : '';
  const m = r.ingest?.machine ?? r.extract?.machine ?? r.api?.machine ?? r.neo4j?.machine;
  const verdicts = [...extractTargets(r), ...storeTargets(r), ...webTargets(r)];
  const lines = [
    '# PolicyGraph benchmark results',
    '',
    '<!-- Generated by `npm run bench` (bench/report.ts) from bench/results/*.json; the summary comes from bench/summary.md. -->',
    '',
    summary,
    '',
    '## Machine',
    '',
    m ? `${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, Neo4j Community ${r.neo4j?.neo4j.version ?? '5.26'} (heap ${r.neo4j?.neo4j.heap ?? '1g'}, page cache ${r.neo4j?.neo4j.pagecache ?? '512m'}). The cores are shared with other work; each section gives the load average while it ran.` : 'No results yet: run `npm run bench`.',
    '',
    '## Targets',
    '',
    table(['target', 'measured', ''], verdicts.map(([target, figure, met]) => [target, figure, mark(met)])),
    '',
  ];
  if (r.extract) lines.push(...section('Extraction (`npm run bench:extract`)', r.extract, extractTables(r.extract)));
  if (r.ingest) {
    lines.push(...section('End-to-end ingest (`npm run bench:ingest`)', r.ingest, ingestTables(r.ingest)));
    lines.push('### Cost curve', '', costCurve(r.ingest), '');
  }
  if (r.neo4j) lines.push(...section('Neo4j store writes and reads (`npm run bench:neo4j`)', r.neo4j, neo4jTables(r.neo4j)));
  if (r.api) lines.push(...section(`API on the ${r.api.corpus} graph (\`npm run bench:api\`, ${r.api.connections} connections; ${r.api.rounds} rounds of ${r.api.durationSeconds} s alternating the floor and Express, medians)`, r.api, apiTables(r.api)));
  if (r.web) lines.push('## Web explorer (`npm run bench:web`)', '', webTables(r.web), '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

async function main(): Promise<void> {
  const results: Results = {};
  const extract = read<Written<ExtractResult>>('extract');
  const ingest = read<Written<IngestResult>>('ingest');
  const neo4j = read<Written<Neo4jResult>>('neo4j');
  const api = read<Written<ApiResult>>('api');
  const web = read<WebResult>('web');
  if (extract) results.extract = extract;
  if (ingest) results.ingest = ingest;
  if (neo4j) results.neo4j = neo4j;
  if (api) results.api = api;
  if (web) results.web = web;
  const file = join(BENCH, 'RESULTS.md');
  await writeFile(file, renderResults(results));
  process.stderr.write(`wrote ${file}\n`);
}

if (import.meta.filename === process.argv[1]) await main();
