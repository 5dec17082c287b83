/**
 * Runs the real `neo4j-admin database import full` on an export's CSV files:
 * Neo4j's own admin entry point (org.neo4j.cli.AdminTool, from neo4j-command-line
 * and neo4j-import-tool, which the local Neo4j launcher in tools/neo4j already
 * has in target/lib) with a fresh NEO4J_HOME, so the database it writes can then
 * be started by that launcher.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildLauncher, LAUNCHER_DIR } from '../../tools/neo4j/local-neo4j.ts';

const OPENS = ['java.base/java.nio', 'java.base/sun.nio.ch', 'java.base/java.lang', 'java.base/java.io'].flatMap((m) => [
  '--add-opens',
  `${m}=ALL-UNNAMED`,
]);

/** Imports `csvFolder`'s nodes.csv and relationships.csv into HOME/data/databases/neo4j; resolves with the tool's output. */
export async function neo4jAdminImport(csvFolder: string, home: string, arrayDelimiter: string): Promise<string> {
  await buildLauncher((line) => process.stderr.write(line));
  await mkdir(join(home, 'conf'), { recursive: true });
  await writeFile(join(home, 'conf', 'neo4j.conf'), '');
  const args = [
    '-Xmx512m',
    ...OPENS,
    '-cp',
    `${join(LAUNCHER_DIR, 'target', 'lib')}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--nodes=nodes.csv',
    '--relationships=relationships.csv',
    `--array-delimiter=${arrayDelimiter}`,
    '--multiline-fields=true',
    '--overwrite-destination=true',
    '--max-off-heap-memory=256M',
  ];
  const { stdout, stderr } = await promisify(execFile)('java', args, {
    cwd: csvFolder,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    timeout: 300_000,
    maxBuffer: 16 << 20,
  });
  return `${stdout}${stderr}`;
}
