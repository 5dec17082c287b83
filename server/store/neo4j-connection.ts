/**
 * The Neo4j store's connection: one driver per store (so one per process),
 * sessions opened per unit of work and closed in `finally`, managed transactions
 * (`executeRead`/`executeWrite`, which retry transient failures — the work passed
 * in must be idempotent), and driver errors turned into PolicyGraph errors by
 * their `code`. Timeouts are short so that an unreachable server gives a quick
 * StoreUnavailableError (503) instead of a hanging request; once Neo4j cannot be
 * reached, further work fails at once while a probe waits for it to come back,
 * and the store recovers by itself when it does.
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

/** What a unit of work needs of a transaction: running queries in it. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

export interface TransactionOptions {
  /** Server-side limit; the server stops the transaction after it. */
  timeoutMs?: number;
}

/** Driver timeouts (ms); the defaults are DRIVER_TIMEOUTS. */
export interface DriverTimeouts {
  /** Opening a connection (a host that does not answer). */
  connectionTimeout: number;
  /** Waiting for a free pooled connection. */
  connectionAcquisitionTimeout: number;
  /** How long managed transactions retry transient failures (deadlocks, a restarting server). */
  maxTransactionRetryTime: number;
  /** Connections in the pool. */
  maxConnectionPoolSize: number;
}

export const DRIVER_TIMEOUTS: DriverTimeouts = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 5_000,
  maxConnectionPoolSize: 100,
};

/** How often the store tries Neo4j again while it cannot be reached. */
const PROBE_EVERY_MS = 1_000;
/**
 * How long a write that keeps meeting other writers' locks (deadlocks between
 * concurrent ingests over the same entities) is started again, beyond the
 * driver's own retries, before it is given up.
 */
const CONTENDED_WRITE_MS = 60_000;

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
/** Writers in each other's way: the transaction can simply run again. */
const CONTENTION = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.Outdated',
]);
/** The server's per-transaction memory limit (db.memory.transaction.max) or its global pool. */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
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
  if (CONTENTION.has(code)) {
    return new StoreUnavailableError(
      `Neo4j could not finish this write while other writers held the same entities (${code}); it was tried again for ${CONTENDED_WRITE_MS / 1000} s. Run the ingest again: what was stored is whole.`,
      { cause: error },
    );
  }
  if (OUT_OF_MEMORY.has(code)) {
    return new ValidationError('The query needed more memory than one query may use and was stopped; collect less, or add a LIMIT.', 'query', {
      cause: error,
    });
  }
  if (REFUSED_QUERY.has(code)) {
    return new ForbiddenQueryError(`Neo4j refused the query (${code}): ${error.message} Only read-only queries run here.`);
  }
  if (BAD_QUERY.has(code)) return new ValidationError(`Neo4j refused the query: ${error.message}`, 'query');
  return error;
}

/** A driver for `options`; no connection is made until the first session is used. */
export function createDriver(options: Neo4jConnectionOptions, timeouts: DriverTimeouts = DRIVER_TIMEOUTS): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { userAgent: 'policygraph', ...timeouts });
}

/** Whether a driver error says the server cannot be reached (rather than that the work failed). */
function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && UNREACHABLE.has(error.code);
}

/** Runs units of work on one driver, each in its own session, with errors classified. */
export class Neo4jRunner {
  /** Set while Neo4j cannot be reached: work fails at once until the probe reaches it again. */
  private down: { since: Date; error: StoreUnavailableError } | undefined;
  private probe: NodeJS.Timeout | undefined;

  constructor(
    readonly driver: Driver,
    readonly options: Neo4jConnectionOptions,
  ) {}

  /** Stops the probe; the caller closes the driver. */
  stop(): void {
    clearInterval(this.probe);
    this.probe = undefined;
  }

  /**
   * A read transaction run once, without the managed retries: for user Cypher,
   * where a transient failure (the memory limit) must not run the query again.
   */
  readOnce<T>(work: (tx: QueryRunner) => Promise<T>, config: TransactionOptions = {}): Promise<T> {
    return this.withSession('READ', async (session) => {
      const tx = session.beginTransaction(txConfig(config));
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    });
  }

  /** A read transaction (READ access mode: routed to a reader in a cluster, refused writes). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, config: TransactionOptions = {}): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work, txConfig(config)));
  }

  /**
   * A write transaction: all of `work` commits or none of it does. Besides the
   * driver's retries, a write that keeps losing to concurrent writers is started
   * again, after a random pause, for up to CONTENDED_WRITE_MS.
   */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, config: TransactionOptions = {}): Promise<T> {
    const deadline = Date.now() + CONTENDED_WRITE_MS;
    for (;;) {
      try {
        return await this.withSession('WRITE', (session) => session.executeWrite(work, txConfig(config)));
      } catch (error) {
        const contended = error instanceof StoreUnavailableError && error.cause instanceof Neo4jError && CONTENTION.has(error.cause.code);
        if (!contended || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 450));
      }
    }
  }

  /** A session of the configured database, closed after `work` whatever happens. */
  async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    if (this.down) throw this.down.error;
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      const classified = toStoreError(error, this.options);
      if (isUnreachable(error) && classified instanceof StoreUnavailableError) this.markDown(classified);
      throw classified;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** From now on work fails at once, until a probe reaches Neo4j again. */
  private markDown(error: StoreUnavailableError): void {
    if (this.down) return;
    const since = new Date();
    this.down = {
      since,
      error: new StoreUnavailableError(`${error.message} (unreachable since ${since.toISOString()}; the server tries again every ${PROBE_EVERY_MS / 1000} s)`, {
        cause: error,
      }),
    };
    this.probe = setInterval(() => void this.tryAgain(), PROBE_EVERY_MS);
    this.probe.unref();
  }

  private async tryAgain(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.options.database ? { database: this.options.database } : {});
    } catch {
      return;
    }
    this.down = undefined;
    this.stop();
  }
}

function txConfig(config: TransactionOptions): { timeout?: number } {
  return config.timeoutMs === undefined ? {} : { timeout: config.timeoutMs };
}
