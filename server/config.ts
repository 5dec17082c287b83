/**
 * Server configuration from the environment: the only module that reads
 * process.env. Values are validated with zod; a bad value throws ConfigError
 * naming the variable and what it expects.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../schema/errors.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database: string | undefined;
}

/** What the HTTP layer needs: keys, CORS origins and size limits. */
export interface HttpConfig {
  /** Bearer key for writes (POST/DELETE /api/sources); writes are refused without one. */
  apiKey: string | undefined;
  /** Bearer key for reads; reads are open when unset. */
  readKey: string | undefined;
  /** Origins allowed by CORS ('*' for any); none by default. */
  corsOrigins: string[];
  /** Largest JSON body, in bytes. */
  jsonLimitBytes: number;
  /** Largest uploaded file, in bytes (also the largest text an upload may hold). */
  uploadLimitBytes: number;
  /** Most files in one upload. */
  uploadMaxFiles: number;
  /** POST /api/cypher per client per minute (0: no limit). */
  cypherPerMinute: number;
  /** Uploads per client per minute (0: no limit). */
  uploadsPerMinute: number;
}

export interface Config {
  port: number;
  host: string;
  /** The embedded store's folder (absolute). */
  dataDir: string;
  logLevel: LogLevel;
  /** Largest file `policygraph ingest` reads, in bytes; larger ones are refused, not read. */
  maxFileBytes: number;
  /** How long a writer waits for another process to release the embedded store's data folder, in ms. */
  lockWaitMs: number;
  /** Relations per Neo4j write of `policygraph ingest`; undefined: the measured default (ingest-groups.ts). */
  groupRelations: number | undefined;
  /** Present when NEO4J_URI is set: the store is Neo4j. */
  neo4j: Neo4jConfig | undefined;
  http: HttpConfig;
}

const SIZE = /^(\d+)\s*(b|kb|mb|gb)?$/i;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `1048576`, `512kb`, `10mb` → bytes. */
const byteSize = z
  .string()
  .regex(SIZE)
  .transform((value) => {
    const [, digits, unit] = SIZE.exec(value) ?? [];
    return Number(digits) * (SIZE_UNITS[(unit ?? 'b').toLowerCase()] ?? 1);
  })
  .pipe(z.number().int().positive());

const isOrigin = (value: string) => value === '*' || (URL.canParse(value) && new URL(value).origin === value);

const originList = z
  .string()
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .refine((origins) => origins.every(isOrigin));

const apiKey = z.string().min(16).optional();

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

/** Each variable's schema, and what it expects (said when a value is refused). */
const VARIABLES = {
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(3000),
    expects: 'an integer port between 0 and 65535',
  },
  HOST: { schema: z.string().min(1).default('0.0.0.0'), expects: 'a host name or address to listen on' },
  POLICYGRAPH_DATA: { schema: z.string().min(1).optional(), expects: 'a folder path' },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS).default('info'), expects: `one of ${LOG_LEVELS.join(', ')}` },
  NEO4J_URI: {
    schema: z
      .string()
      .refine((uri) => URL.canParse(uri) && NEO4J_SCHEMES.includes(new URL(uri).protocol))
      .optional(),
    expects: `a URI starting with ${NEO4J_SCHEMES.map((s) => `${s}//`).join(', ')}`,
  },
  NEO4J_USER: { schema: z.string().min(1).default('neo4j'), expects: 'a user name' },
  NEO4J_PASSWORD: { schema: z.string().optional(), expects: 'a password' },
  NEO4J_DATABASE: { schema: z.string().min(1).optional(), expects: 'a database name' },
  POLICYGRAPH_API_KEY: { schema: apiKey, expects: 'a secret of at least 16 characters (e.g. `openssl rand -hex 32`)' },
  POLICYGRAPH_READ_KEY: { schema: apiKey, expects: 'a secret of at least 16 characters (e.g. `openssl rand -hex 32`)' },
  POLICYGRAPH_CORS_ORIGINS: {
    schema: originList.default([]),
    expects: 'comma-separated origins such as https://example.org,http://localhost:5173 (no path), or *',
  },
  POLICYGRAPH_JSON_LIMIT: { schema: byteSize.default(1024 ** 2), expects: 'a size in bytes, or with kb/mb (e.g. 1mb)' },
  POLICYGRAPH_UPLOAD_LIMIT: { schema: byteSize.default(8 * 1024 ** 2), expects: 'a size in bytes, or with kb/mb (e.g. 8mb)' },
  POLICYGRAPH_CYPHER_RATE: {
    schema: z.coerce.number().int().min(0).max(1_000_000).default(60),
    expects: 'Cypher queries per client per minute, an integer (0 for no limit)',
  },
  POLICYGRAPH_UPLOAD_RATE: {
    schema: z.coerce.number().int().min(0).max(1_000_000).default(30),
    expects: 'uploads per client per minute, an integer (0 for no limit)',
  },
  POLICYGRAPH_MAX_FILE_SIZE: { schema: byteSize.default(8 * 1024 ** 2), expects: 'a size in bytes, or with kb/mb (e.g. 8mb)' },
  POLICYGRAPH_LOCK_WAIT: {
    schema: z.coerce.number().min(0).max(86_400).default(60),
    expects: 'seconds to wait for the data folder (0 to refuse at once), at most 86400',
  },
  POLICYGRAPH_GROUP_RELATIONS: {
    schema: z.coerce.number().int().min(100).max(1_000_000).optional(),
    expects: 'relations per Neo4j write transaction of an ingest, an integer from 100 to 1000000',
  },
  POLICYGRAPH_UPLOAD_FILES: {
    schema: z.coerce.number().int().min(1).max(1000).default(20),
    expects: 'an integer from 1 to 1000',
  },
} satisfies Record<string, { schema: z.ZodType; expects: string }>;

type VariableName = keyof typeof VARIABLES;

/** Variables whose values never appear in a message. */
const SECRETS = new Set<VariableName>(['NEO4J_PASSWORD', 'POLICYGRAPH_API_KEY', 'POLICYGRAPH_READ_KEY']);
type Values = { [K in VariableName]: z.output<(typeof VARIABLES)[K]['schema']> };

/**
 * Reads the configuration from `env` (process.env by default). Empty values count
 * as unset. Relative paths resolve against `cwd`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const values = Object.fromEntries(
    (Object.keys(VARIABLES) as VariableName[]).map((name) => [name, readVariable(name, env[name])]),
  ) as Values;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(cwd, values.POLICYGRAPH_DATA ?? '.data'),
    logLevel: values.LOG_LEVEL,
    maxFileBytes: values.POLICYGRAPH_MAX_FILE_SIZE,
    lockWaitMs: values.POLICYGRAPH_LOCK_WAIT * 1000,
    groupRelations: values.POLICYGRAPH_GROUP_RELATIONS,
    neo4j: values.NEO4J_URI ? neo4jConfig(values, values.NEO4J_URI) : undefined,
    http: {
      apiKey: values.POLICYGRAPH_API_KEY,
      readKey: values.POLICYGRAPH_READ_KEY,
      corsOrigins: values.POLICYGRAPH_CORS_ORIGINS,
      jsonLimitBytes: values.POLICYGRAPH_JSON_LIMIT,
      uploadLimitBytes: values.POLICYGRAPH_UPLOAD_LIMIT,
      uploadMaxFiles: values.POLICYGRAPH_UPLOAD_FILES,
      cypherPerMinute: values.POLICYGRAPH_CYPHER_RATE,
      uploadsPerMinute: values.POLICYGRAPH_UPLOAD_RATE,
    },
  };
}

function readVariable<K extends VariableName>(name: K, raw: string | undefined): Values[K] {
  const value = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  const { schema, expects } = VARIABLES[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as Values[K];
  const shown = SECRETS.has(name) ? `(${value?.length ?? 0} characters, not shown)` : JSON.stringify(raw);
  throw new ConfigError(`${name}=${shown} is not valid: expected ${expects}. Fix or unset ${name}.`);
}

function neo4jConfig(values: Values, uri: string): Neo4jConfig {
  if (values.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j).');
  }
  return { uri, user: values.NEO4J_USER, password: values.NEO4J_PASSWORD, database: values.NEO4J_DATABASE };
}
