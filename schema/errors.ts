/**
 * Typed errors with stable codes. Code decides behaviour (HTTP status, CLI exit
 * code); messages say what failed and what to do instead.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'UNSUPPORTED'
  | 'FORBIDDEN_QUERY'
  | 'UNAUTHORIZED'
  | 'BAD_INPUT_FILE'
  | 'CONFIG';

export abstract class PolicyGraphError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request or argument does not have the expected shape; `parameter` names it. */
export class ValidationError extends PolicyGraphError {
  readonly code = 'VALIDATION';
  constructor(
    message: string,
    readonly parameter?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class NotFoundError extends PolicyGraphError {
  readonly code = 'NOT_FOUND';
}

/** The store cannot be reached (Neo4j down, data folder unwritable). Retrying later may work. */
export class StoreUnavailableError extends PolicyGraphError {
  readonly code = 'STORE_UNAVAILABLE';
}

/** The operation exists but this store does not offer it (Cypher on the embedded store). */
export class UnsupportedError extends PolicyGraphError {
  readonly code = 'UNSUPPORTED';
}

/** A Cypher query that would write, reach files or the network, or run several statements. */
export class ForbiddenQueryError extends PolicyGraphError {
  readonly code = 'FORBIDDEN_QUERY';
}

export class UnauthorizedError extends PolicyGraphError {
  readonly code = 'UNAUTHORIZED';
}

/** A file that cannot be ingested (empty, binary, undecodable, missing); names the file. */
export class BadInputFileError extends PolicyGraphError {
  readonly code = 'BAD_INPUT_FILE';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** An environment variable or option has a value the program cannot use; names it. */
export class ConfigError extends PolicyGraphError {
  readonly code = 'CONFIG';
}
