/**
 * `npm run neo4j`: builds (if needed) and starts PolicyGraph's local Neo4j
 * Community, prints the NEO4J_* lines to use with `npm start` or the CLI, and
 * runs until Ctrl-C.
 *
 *   npm run neo4j -- [--port 7687] [--data .neo4j] [--user neo4j] [--password policygraph] [--heap 2g] [--pagecache 128m]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';

const USAGE =
  'usage: npm run neo4j -- [--port 7687] [--data .neo4j] [--user neo4j] [--password policygraph] [--heap 2g] [--pagecache 128m]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      data: { type: 'string', default: '.neo4j' },
      user: { type: 'string', default: 'neo4j' },
      password: { type: 'string', default: 'policygraph' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '128m' },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port ${values.port} is not a port (1–65535)`);
  if (values.password.length < 8) throw new Error('--password needs at least 8 characters (Neo4j refuses shorter ones)');
  return { ...values, port, home: resolve(values.data) };
}

async function main(): Promise<void> {
  const options = readOptions();
  process.stderr.write(`Starting Neo4j Community (data in ${options.home})…\n`);
  const neo4j = await startLocalNeo4j({
    home: options.home,
    port: options.port,
    user: options.user,
    password: options.password,
    heap: options.heap,
    pagecache: options.pagecache,
    onStderr: (chunk) => process.stderr.write(chunk),
  });
  process.stderr.write(`Neo4j is ready after ${(neo4j.startupMs / 1000).toFixed(1)} s. Ctrl-C stops it.\n`);
  process.stdout.write(`NEO4J_URI=${neo4j.uri}\nNEO4J_USER=${neo4j.user}\nNEO4J_PASSWORD=${neo4j.password}\n`);
  const stop = (): void => {
    process.stderr.write('Stopping Neo4j…\n');
    neo4j.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run neo4j: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(1);
});
