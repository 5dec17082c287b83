/**
 * `policygraph serve`: opens the store, seeds it from a folder when it is
 * empty (`--seed`), and serves the API and explorer until SIGINT/SIGTERM. A
 * Neo4j store is opened in the background: the server answers (503 while
 * Neo4j cannot be reached) and seeds once it is open.
 */
import { createServer, type Server } from 'node:http';
import { pino, type Logger } from 'pino';
import { ConfigError, StoreUnavailableError } from '../../schema/errors.ts';
import { createApp } from '../app.ts';
import type { Config } from '../config.ts';
import { createStore } from '../store/index.ts';
import { openInBackground } from '../store/supervised.ts';
import type { GraphStore } from '../store/types.ts';
import { configuredIngest, describeSummary, ingestPaths, type IngestOptions } from './ingest.ts';

export interface ServeOptions {
  port: number;
  host: string;
  seed?: string;
}

/** Ingests `folder` only when the store holds no source yet. */
async function seedIfEmpty(store: GraphStore, folder: string, logger: Logger, options: IngestOptions): Promise<void> {
  const { sources } = await store.stats();
  if (sources > 0) {
    logger.info({ sources }, `store already holds ${sources} sources; not seeding from ${folder}`);
    return;
  }
  const summary = await ingestPaths(
    store,
    [folder],
    {
      stored: (file, result) => logger.info({ file, ...result }, `${result.status} ${result.source}`),
      skipped: (line) => logger.warn(`skipped ${line}`),
    },
    options,
  );
  logger.info({ ...summary }, `seeded from ${folder}: ${describeSummary(summary)}`);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is in use' : `cannot be opened (${error.code ?? error.message})`;
      reject(new ConfigError(`Port ${port} on ${host} ${why}; choose another with --port or PORT.`));
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** How often a Neo4j store that could not be opened is tried again. */
const REOPEN_EVERY_MS = 2_000;

/**
 * The store to serve, opened and seeded before serving. A Neo4j that cannot be
 * reached at start does not stop the server: it serves 503 and opens (and seeds)
 * the store in the background once Neo4j answers. The embedded store's folder
 * must be usable.
 */
async function storeToServe(config: Config, options: ServeOptions, logger: Logger): Promise<GraphStore> {
  const store = createStore(config, {
    onLockWait: (owner) => logger.warn({ owner }, `waiting for process ${owner.pid} to finish with the data folder`),
  });
  const seed = async (opened: GraphStore) => {
    if (options.seed) await seedIfEmpty(opened, options.seed, logger, configuredIngest(config));
  };
  try {
    await store.open();
  } catch (error) {
    if (store.kind !== 'neo4j' || !(error instanceof StoreUnavailableError)) throw error;
    return openLater(store, seed, logger);
  }
  await seed(store);
  return store;
}

/** Serves `store` at once (503 until open), opening and seeding it in the background. */
function openLater(store: GraphStore, seed: (opened: GraphStore) => Promise<void>, logger: Logger): GraphStore {
  const background = openInBackground(store, {
    retryMs: REOPEN_EVERY_MS,
    onRetry: (error, attempt) => {
      if (attempt === 1 || attempt % 30 === 0) logger.warn({ err: error }, `${store.kind} store not open yet; serving 503 and trying again every ${REOPEN_EVERY_MS / 1000} s`);
    },
  });
  void background.opened.then(async () => {
    logger.info('Neo4j store open');
    await seed(background.store).catch((error: unknown) => logger.error({ err: error }, 'seeding failed'));
  });
  return background.store;
}

/** Serves until a signal; resolves once the server and store are closed. */
export async function serve(config: Config, options: ServeOptions): Promise<void> {
  const logger = pino({ level: config.logLevel });
  const store = await storeToServe(config, options, logger);
  try {
    const http = createServer(createApp({ store, logger, http: config.http }));
    const port = await listen(http, options.port, options.host);
    const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
    logger.info({ port, store: store.kind }, `PolicyGraph is serving http://${shown}:${port} (${store.kind} store)`);
    await new Promise<void>((done) => {
      const stop = () => {
        http.close(() => done());
        // Keep-alive connections would hold the close for their idle timeout.
        http.closeIdleConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    await store.close();
  }
}
