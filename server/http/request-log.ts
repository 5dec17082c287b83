/**
 * Structured request logs (pino-http): every line a request writes carries its
 * request id (`reqId`), which the answer echoes in X-Request-Id. A caller's own
 * X-Request-Id is kept when it looks like an id, so logs can be joined across services.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Uses the caller's X-Request-Id when it looks like one, else a new one; echoes it in the answer. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The request logger; `req.log` is a child bound to the request id. */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    customLogLevel: (_req, res, error) => {
      const status = res.statusCode;
      if (error || (status >= 500 && status !== 501)) return 'error';
      return status >= 400 ? 'warn' : 'info';
    },
    serializers: {
      req: (req: { id: unknown; method: unknown; url: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
    },
  });
}
