/**
 * CORS for the API from configuration (POLICYGRAPH_CORS_ORIGINS): none by
 * default, so browsers on other origins cannot read the API until an operator
 * lists them. Exposes ETag and X-Request-Id, allows the headers the API reads.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';

/** The CORS middleware for `origins` ('*' allows any), or undefined when none is allowed. */
export function corsHandler(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'X-Request-Id', 'Content-Disposition'],
    maxAge: 600,
  });
}
