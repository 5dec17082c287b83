/**
 * `npm run bench:web`: the explorer at scale in headless Chromium. Builds the
 * benchmark page (web/bench.html: the real explorer with web/src/bench/entry.ts,
 * no server), serves it, and for seeded generated graphs of 5k nodes/10k
 * relations and 20k nodes/100k relations measures the time from handing the
 * graph to the explorer to the first frame drawn with it (median of 3 fresh
 * pages), then the frame intervals (requestAnimationFrame) over a fixed camera
 * animation of pans and zooms. Prints a table and writes bench/results/web.json
 * (screenshots of the last frame in bench/output/).
 * Headless Chromium here has no GPU: WebGL runs on SwiftShader (software);
 * the output says which renderer drew.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, ROOT } from '../tests/e2e/harness.ts';

interface GraphSpec {
  nodes: number;
  edges: number;
  seed: number;
}
interface LoadReport {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  pipelineMs: number;
  generateMs: number;
}
interface FrameReport {
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  medianRenderMs: number;
}
interface BenchWindow {
  __bench?: {
    load(spec: GraphSpec): Promise<LoadReport>;
    animate(stepMs: number): Promise<FrameReport>;
    renderer(): string;
  };
}

const CASES = [
  { name: '5k nodes / 10k relations', spec: { nodes: 5_000, edges: 10_000, seed: 5 }, target: { firstRenderMs: 1_500 } },
  { name: '20k nodes / 100k relations', spec: { nodes: 20_000, edges: 100_000, seed: 20 }, target: { medianFrameMs: 33 } },
] as const;
const LOADS = 3;
const STEP_MS = 1_000;
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(ROOT, 'web/bench.html') } },
  });
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path === '/' ? 'bench.html' : path));
      response.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/bench.html` });
  }));
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as BenchWindow).__bench !== undefined);
  return page;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function runCase(browser: Browser, url: string, spec: GraphSpec) {
  const loads: LoadReport[] = [];
  let page: Page | null = null;
  for (let i = 0; i < LOADS; i += 1) {
    await page?.close();
    page = await openPage(browser, url);
    loads.push(await page.evaluate((s) => (globalThis as BenchWindow).__bench!.load(s), spec));
  }
  if (page === null) throw new Error('bench:web: no page was opened');
  await page.evaluate(() => (globalThis as BenchWindow).__bench!.animate(300));
  const frames = await page.evaluate((step) => (globalThis as BenchWindow).__bench!.animate(step), STEP_MS);
  const renderer = await page.evaluate(() => (globalThis as BenchWindow).__bench!.renderer());
  await page.screenshot({ path: join(ROOT, `bench/output/web-${spec.nodes}.png`) });
  await page.close();
  return {
    loads,
    firstRenderMs: median(loads.map((load) => load.firstRenderMs)),
    pipelineMs: median(loads.map((load) => load.pipelineMs)),
    frames,
    renderer,
  };
}

async function main(): Promise<void> {
  const outDir = join(tmpdir(), `policygraph-bench-web-${process.pid}`);
  await buildPage(outDir);
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await mkdir(join(ROOT, 'bench/output'), { recursive: true });
  try {
    const results = [];
    for (const { name, spec, target } of CASES) {
      const measured = await runCase(browser, url, spec);
      const pass =
        ('firstRenderMs' in target ? measured.firstRenderMs <= target.firstRenderMs : true) &&
        ('medianFrameMs' in target ? measured.frames.medianFrameMs <= target.medianFrameMs : true);
      results.push({ name, spec, target, pass, ...measured });
    }
    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      headless: true,
      gpu: 'none: Chromium runs with --disable-gpu; WebGL is software-rendered (SwiftShader)',
      renderer: results[0]?.renderer,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      // The machine is shared: frame times move with what else runs.
      loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
      viewport: '1400×900',
      animation: `${STEP_MS} ms per keyframe, 5 keyframes (pan, zoom in, pan, zoom out, home)`,
      results,
    };
    await writeFile(join(ROOT, 'bench/results/web.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Chromium ${report.chromium}, headless, no GPU; WebGL renderer: ${report.renderer}; ${report.cpu}; load average ${report.loadAverageAtEnd.join(' ')}`);
    console.table(
      results.map((r) => ({
        graph: r.name,
        'first render ms (median of 3)': Math.round(r.firstRenderMs),
        'pipeline ms': Math.round(r.pipelineMs),
        frames: r.frames.frames,
        'median frame ms': Number(r.frames.medianFrameMs.toFixed(1)),
        'p95 frame ms': Number(r.frames.p95FrameMs.toFixed(1)),
        'median sigma render ms': Number(r.frames.medianRenderMs.toFixed(1)),
        target: 'firstRenderMs' in r.target ? `first render ≤ ${r.target.firstRenderMs} ms` : `median frame ≤ ${r.target.medianFrameMs} ms`,
        pass: r.pass,
      })),
    );
    console.log('Written to bench/results/web.json');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
