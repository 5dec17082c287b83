/**
 * docker-compose.yml and the Dockerfile: Neo4j 5.26 Community with auth from the
 * environment, a health check and a volume; the app built from the Dockerfile,
 * pointed at it, started once Neo4j is healthy. The file is read as YAML here
 * always; where a Compose CLI exists (`docker compose` or `docker-compose`), it
 * must also accept the file and interpolate the password into both services.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEO4J_MEMORY } from '../bench/ingest.ts';

const ROOT = join(import.meta.dirname, '..');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: unknown[];
  volumes?: unknown[];
  healthcheck?: { test?: unknown };
  depends_on?: Record<string, { condition?: string }>;
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

function compose(text: string): ComposeFile {
  return parse(text) as ComposeFile;
}

/** The Compose command this machine has, if any. */
function composeCommand(): string[] | undefined {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    try {
      execFileSync(command[0]!, [...command.slice(1), 'version'], { stdio: 'ignore' });
      return command;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

const file = compose(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
const cli = composeCommand();

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with auth from the environment, a health check and a named volume', () => {
    const neo4j = file.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toBe('${NEO4J_USER:-neo4j}/${NEO4J_PASSWORD:-policygraph}');
    expect(JSON.stringify(neo4j.healthcheck?.test)).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(file.volumes).toHaveProperty('neo4j-data');
  });

  it('gives Neo4j the memory the ingest groups were sized with, the memory the benchmark measures with', () => {
    const environment = file.services.neo4j!.environment ?? {};
    expect(environment.NEO4J_server_memory_heap_max__size).toBe('2g');
    expect(environment.NEO4J_db_memory_transaction_max).toBe('512m');
    expect(NEO4J_MEMORY).toEqual({ heap: environment.NEO4J_server_memory_heap_max__size, pagecache: environment.NEO4J_server_memory_pagecache_size });
  });

  it('builds the app, points it at Neo4j and starts it once Neo4j is healthy', () => {
    const app = file.services.app!;
    expect(app.build).toBe('.');
    expect(app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_PASSWORD: '${NEO4J_PASSWORD:-policygraph}' });
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.ports).toContain('${PORT:-3000}:3000');
  });

  it.skipIf(cli === undefined)('is accepted by `docker compose config`, which fills in the password', () => {
    const output = execFileSync(cli![0]!, [...cli!.slice(1), '-f', 'docker-compose.yml', 'config'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_PASSWORD: 'from-the-environment' },
      encoding: 'utf8',
    });
    const resolved = compose(output);
    expect(resolved.services.neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/from-the-environment');
    expect(resolved.services.app?.environment?.NEO4J_PASSWORD).toBe('from-the-environment');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('installs with npm ci, builds the explorer, and serves with the sample corpus as seed', () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('RUN npm ci');
    expect(dockerfile).toContain('npm run build:web');
    expect(dockerfile).toMatch(/CMD \["node", "bin\/policygraph\.mjs", "serve", "--seed", "data\/samples"\]/);
    expect(dockerfile).toContain('EXPOSE 3000');
  });

  it('copies every folder the server imports at run time', () => {
    for (const folder of ['bin', 'schema', 'ingest', 'server', 'data/samples']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
  });
});
