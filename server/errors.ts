/**
 * One error middleware for the API: maps typed error codes (and the body
 * parser's own error types) to an HTTP status and an RFC 9457 problem+json body.
 * Decided by code, never by message text; no stack traces leave the server.
 */
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Problem } from '../schema/api.ts';
import { PolicyGraphError, type ErrorCode } from '../schema/errors.ts';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  FORBIDDEN_QUERY: 400,
  BAD_INPUT_FILE: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNSUPPORTED: 501,
  STORE_UNAVAILABLE: 503,
  CONFIG: 500,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** Errors the body parser raises (http-errors with a `type`), by that type. */
const BODY_PARSER_ERRORS: Record<string, { status: number; detail: string }> = {
  'entity.parse.failed': { status: 400, detail: 'The request body is not valid JSON; send a JSON object.' },
  'entity.too.large': { status: 413, detail: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, detail: 'The request body encoding is not supported; send UTF-8.' },
  'charset.unsupported': { status: 415, detail: 'The request body charset is not supported; send UTF-8.' },
};

/** A problem document for `status`; `code` names the kind in `type`. */
export function problem(status: number, code: string, detail: string, parameter?: string): Problem {
  return {
    type: `urn:policygraph:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  };
}

/** Sends a problem+json answer, never cached (an ETag set before the failure is dropped). */
export function sendProblem(res: Response, body: Problem): void {
  res.status(body.status).type('application/problem+json').setHeader('Cache-Control', 'no-store');
  res.removeHeader('ETag');
  res.send(JSON.stringify(body));
}

function bodyParserType(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  const type = (error as { type: unknown }).type;
  return typeof type === 'string' && type in BODY_PARSER_ERRORS ? type : undefined;
}

/** Turns any error into the problem it stands for. */
export function toProblem(error: unknown): Problem {
  if (error instanceof PolicyGraphError) {
    const parameter = 'parameter' in error && typeof error.parameter === 'string' ? error.parameter : undefined;
    return problem(STATUS_BY_CODE[error.code], error.code, error.message, parameter);
  }
  const parserType = bodyParserType(error);
  if (parserType) {
    const { status, detail } = BODY_PARSER_ERRORS[parserType]!;
    return problem(status, parserType.replaceAll('.', '-'), detail, status === 400 ? 'body' : undefined);
  }
  const http = exposedHttpError(error);
  if (http) return problem(http.status, 'BAD_REQUEST', http.message);
  return problem(500, 'INTERNAL', 'The server failed to answer this request; the log has the details.');
}

/**
 * A 4xx error that Express or the router raised (http-errors, or the router's
 * URIError for a malformed %-escape in a path). Its message is shown only when
 * marked safe to show; a URIError's names just the path segment.
 */
function exposedHttpError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, expose } = error as Error & { status?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const showable = expose === true || error instanceof URIError;
  return { status, message: showable ? error.message : 'The request could not be read.' };
}

/** The Express error middleware: logs server errors, answers problem+json. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const body = toProblem(error);
    const log = (req as { log?: Logger }).log ?? logger;
    // 501 is a contract answer (Cypher on the embedded store), not a failure of the server.
    if (body.status >= 500 && body.status !== 501) log.error({ err: error }, 'request failed');
    sendProblem(res, body);
  };
}
