/**
 * Builds and runs PolicyGraph's local Neo4j (tools/neo4j: Neo4j Community from
 * Maven Central behind a small Java launcher), for `npm run neo4j`, the `neo4j`
 * test project and the benchmark. The JVM is started with stdin piped and
 * `--exit-on-stdin-eof`, so it stops with the Node process that started it, even
 * when that process is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
const JAR = join(TARGET_DIR, 'policygraph-neo4j.jar');
/** Class-data-sharing archive of the classes Neo4j loads at start: cuts JVM start-up by seconds. */
const CLASS_ARCHIVE = join(TARGET_DIR, 'policygraph-neo4j.jsa');
const READY = 'POLICYGRAPH_NEO4J_READY ';
const FAILED = 'POLICYGRAPH_NEO4J_FAILED ';

export interface LocalNeo4jOptions {
  /** Neo4j's home folder (data/ and logs/ go inside). */
  home: string;
  port: number;
  user: string;
  password: string;
  /** JVM heap, e.g. '512m'. */
  heap?: string;
  /** Neo4j page cache, e.g. '128m'. */
  pagecache?: string;
  /** Most time to wait for the ready line. */
  startTimeoutMs?: number;
  /** More JVM options (after the defaults, so they win). */
  jvmOptions?: string[];
  /** Receives the launcher's stderr (Neo4j's own logs go to HOME/logs). */
  onStderr?: (chunk: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Milliseconds from spawning the JVM to the ready line. */
  startupMs: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** Runs a command, resolving with its exit code; output goes to `log`. */
function run(command: string, args: string[], cwd: string, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function newestSourceTime(): number {
  const files = [join(LAUNCHER_DIR, 'pom.xml')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** True when the jar is missing or older than the pom or a Java source. */
export function launcherNeedsBuild(): boolean {
  return !existsSync(JAR) || statSync(JAR).mtimeMs < newestSourceTime();
}

/**
 * Builds the launcher with Maven when needed: offline first (`mvn -o`, when the
 * libraries are already in ~/.m2), else online from Maven Central. Then records
 * the class-data-sharing archive once. Throws an Error saying what to install or
 * check when Maven or Java is missing or the build fails.
 */
export async function buildLauncher(log: (line: string) => void = () => undefined): Promise<void> {
  if (launcherNeedsBuild()) {
    const output: string[] = [];
    const collect = (text: string): void => {
      output.push(text);
    };
    const spawnFailure = (error: unknown): never => {
      throw new Error(`Cannot run Maven (mvn): ${String(error)}. Install Java 17+ and Maven 3.8+ to build the local Neo4j.`);
    };
    log('Building the local Neo4j launcher with Maven (first time: downloads Neo4j from Maven Central)…\n');
    const offline = await run('mvn', ['-q', '-o', 'package'], LAUNCHER_DIR, collect).catch(spawnFailure);
    if (offline !== 0 && (await run('mvn', ['-q', 'package'], LAUNCHER_DIR, collect).catch(spawnFailure)) !== 0) {
      throw new Error(`Building tools/neo4j with Maven failed; its output:\n${output.join('').slice(-4000)}`);
    }
    // The archive names the jars it was made from; a rebuilt jar needs a new one.
    await rm(CLASS_ARCHIVE, { force: true });
  }
  if (!existsSync(CLASS_ARCHIVE)) await recordClassArchive(log);
}

/** Starts and stops Neo4j once with -XX:ArchiveClassesAtExit, writing the archive under a temporary name first. */
async function recordClassArchive(log: (line: string) => void): Promise<void> {
  log('Recording the JVM class archive for faster starts (once)…\n');
  const home = await mkdtemp(join(tmpdir(), 'policygraph-neo4j-cds-'));
  const partial = `${CLASS_ARCHIVE}.${process.pid}.partial`;
  try {
    const neo4j = await launch(
      { home, port: await freePort(), user: 'neo4j', password: 'class-archive' },
      [`-XX:ArchiveClassesAtExit=${partial}`],
    );
    await neo4j.stop(120_000);
    if (existsSync(partial)) await rename(partial, CLASS_ARCHIVE);
  } finally {
    await rm(partial, { force: true });
    await rm(home, { recursive: true, force: true });
  }
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts Neo4j (building the launcher first if needed) and resolves once Bolt accepts the user. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  await buildLauncher((line) => process.stderr.write(line));
  const archive = existsSync(CLASS_ARCHIVE) ? [`-XX:SharedArchiveFile=${CLASS_ARCHIVE}`] : [];
  return launch(options, archive);
}

function jvmArguments(options: LocalNeo4jOptions, extra: string[]): string[] {
  return [
    '-Xms128m',
    `-Xmx${options.heap ?? '512m'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // Cypher compiles queries to generated classes; their call adapters filled the small fixed
    // non-method segment of the code cache in a long test run ("Out of space in CodeCache for
    // adapters"). One unsegmented cache lets them use the whole reserved space.
    '-XX:-SegmentedCodeCache',
    '-Xshare:auto',
    '-Dlog4j2.disable.jmx=true',
    ...(options.jvmOptions ?? []),
    ...extra,
    '-jar',
    JAR,
    '--home',
    options.home,
    '--port',
    String(options.port),
    '--pagecache',
    options.pagecache ?? '128m',
    '--exit-on-stdin-eof',
  ];
}

function launch(options: LocalNeo4jOptions, extraJvm: string[]): Promise<LocalNeo4j> {
  const started = performance.now();
  const child = spawn('java', jvmArguments(options, extraJvm), {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${options.startTimeoutMs ?? 180_000} ms; see ${options.home}/logs/debug.log`));
    }, options.startTimeoutMs ?? 180_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(chunk.toString());
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith(READY));
      if (!line) return;
      clearTimeout(timer);
      resolve({
        uri: line.slice(READY.length).trim(),
        user: options.user,
        password: options.password,
        pid: child.pid ?? -1,
        startupMs: Math.round(performance.now() - started),
        stop: (graceMs) => stopChild(child, exited, graceMs ?? 30_000),
      });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot run java: ${error.message}. Install Java 17+ to run the local Neo4j.`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const reason = stderr.split('\n').find((l) => l.startsWith(FAILED))?.slice(FAILED.length);
      // The JVM reports its own start-up errors (bad option, class archive) on stdout.
      reject(new Error(`Neo4j exited (code ${code}) before it was ready: ${reason ?? `${stderr}${stdout}`.slice(-2000)}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
