/**
 * The Neo4j store's connection: one driver per store (so one per process),
 * sessions opened per unit of work and closed in `finally`, managed transactions
 * (`executeRead`/`executeWrite`, which retry transient failures — the work passed
 * in must be idempotent), and driver errors turned into PolicyGraph errors by
 * their `code`.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ForbiddenQueryError, StoreUnavailableError, ValidationError } from '../../schema/errors.ts';

export interface Neo4jConnectionOptions {
  /** bolt://host:port (one server) or neo4j://host:port (routing: a cluster or Aura). */
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database: string | undefined;
}

export interface TransactionOptions {
  /** Server-side limit; the server stops the transaction after it. */
  timeoutMs?: number;
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const REFUSED_LOGIN = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);
const NO_DATABASE = new Set(['Neo.ClientError.Database.DatabaseNotFound', 'Neo.TransientError.Database.DatabaseUnavailable']);
/** Codes that say the query text or its parameters are wrong: the caller's mistake, a 400. */
const BAD_QUERY = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.ClientError.Procedure.ProcedureNotFound',
  'Neo.ClientError.Procedure.ProcedureCallFailed',
]);
/** Neo4j's own refusals of a write in a READ transaction, or of a procedure the server forbids. */
const REFUSED_QUERY = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Turns a driver error into a PolicyGraph error by its code: unreachable server,
 * refused login or missing database → StoreUnavailableError saying what to check;
 * a write in a READ transaction → ForbiddenQueryError; a bad or timed-out query →
 * ValidationError('query'); anything else is returned unchanged.
 */
export function toStoreError(error: unknown, options: Neo4jConnectionOptions): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code } = error;
  if (UNREACHABLE.has(code)) {
    return new StoreUnavailableError(
      `Neo4j at ${options.uri} cannot be reached (${/Caused by: (.*)$/s.exec(error.message)?.[1] ?? code}). Check that it is running and that NEO4J_URI is right; \`npm run neo4j\` starts a local one and prints its NEO4J_URI.`,
      { cause: error },
    );
  }
  if (REFUSED_LOGIN.has(code)) {
    return new StoreUnavailableError(
      `Neo4j at ${options.uri} refused user ${options.user} (${code}). Check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (NO_DATABASE.has(code)) {
    return new StoreUnavailableError(
      `Neo4j at ${options.uri} has no available database ${options.database ?? '(default)'} (${code}). Check NEO4J_DATABASE, or unset it to use the server's default database.`,
      { cause: error },
    );
  }
  if (TIMED_OUT.has(code)) {
    return new ValidationError('The query ran past its time limit and was stopped; narrow the MATCH or add a LIMIT.', 'query');
  }
  if (REFUSED_QUERY.has(code)) {
    return new ForbiddenQueryError(`Neo4j refused the query (${code}): ${error.message} Only read-only queries run here.`);
  }
  if (BAD_QUERY.has(code)) return new ValidationError(`Neo4j refused the query: ${error.message}`, 'query');
  return error;
}

/** A driver for `options`; no connection is made until the first session is used. */
export function createDriver(options: Neo4jConnectionOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    userAgent: 'policygraph',
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
  });
}

/** Runs units of work on one driver, each in its own session, with errors classified. */
export class Neo4jRunner {
  constructor(
    readonly driver: Driver,
    readonly options: Neo4jConnectionOptions,
  ) {}

  /** A read transaction (READ access mode: routed to a reader in a cluster, refused writes). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, config: TransactionOptions = {}): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work, txConfig(config)));
  }

  /** A write transaction: all of `work` commits or none of it does. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, config: TransactionOptions = {}): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work, txConfig(config)));
  }

  /** A session of the configured database, closed after `work` whatever happens. */
  async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      throw toStoreError(error, this.options);
    } finally {
      await session.close();
    }
  }
}

function txConfig(config: TransactionOptions): { timeout?: number } {
  return config.timeoutMs === undefined ? {} : { timeout: config.timeoutMs };
}
