/**
 * `policygraph serve`: opens the store, seeds it from a folder when it is
 * empty (`--seed`), and serves the API and explorer until SIGINT/SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import { pino, type Logger } from 'pino';
import { ConfigError } from '../../schema/errors.ts';
import { createApp } from '../app.ts';
import type { Config } from '../config.ts';
import { openStore } from '../store/index.ts';
import type { GraphStore } from '../store/types.ts';
import { describeSummary, ingestPaths } from './ingest.ts';

export interface ServeOptions {
  port: number;
  host: string;
  seed?: string;
}

/** Ingests `folder` only when the store holds no source yet. */
async function seedIfEmpty(store: GraphStore, folder: string, logger: Logger, maxFileBytes: number): Promise<void> {
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
    { maxFileBytes },
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

/** Serves until a signal; resolves once the server and store are closed. */
export async function serve(config: Config, options: ServeOptions): Promise<void> {
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config, {
    onLockWait: (owner) => logger.warn({ owner }, `waiting for process ${owner.pid} to finish with the data folder`),
  });
  try {
    if (options.seed) await seedIfEmpty(store, options.seed, logger, config.maxFileBytes);
    const http = createServer(createApp({ store, logger, http: config.http }));
    const port = await listen(http, options.port, options.host);
    const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
    logger.info({ port, store: store.kind }, `PolicyGraph is serving http://${shown}:${port} (${store.kind} store)`);
    await new Promise<void>((done) => {
      const stop = () => http.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    await store.close();
  }
}
