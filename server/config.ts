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

export interface Config {
  port: number;
  host: string;
  /** The embedded store's folder (absolute). */
  dataDir: string;
  logLevel: LogLevel;
  /** Present when NEO4J_URI is set: the store is Neo4j. */
  neo4j: Neo4jConfig | undefined;
}

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
} satisfies Record<string, { schema: z.ZodType; expects: string }>;

type VariableName = keyof typeof VARIABLES;
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
    neo4j: values.NEO4J_URI ? neo4jConfig(values, values.NEO4J_URI) : undefined,
  };
}

function readVariable<K extends VariableName>(name: K, raw: string | undefined): Values[K] {
  const value = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  const { schema, expects } = VARIABLES[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as Values[K];
  throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected ${expects}. Fix or unset ${name}.`);
}

function neo4jConfig(values: Values, uri: string): Neo4jConfig {
  if (values.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j).');
  }
  return { uri, user: values.NEO4J_USER, password: values.NEO4J_PASSWORD, database: values.NEO4J_DATABASE };
}
