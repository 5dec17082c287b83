/**
 * Security headers and rate limits. Headers come from helmet with a Content
 * Security Policy the explorer works under: its own scripts and styles only,
 * the ForceAtlas2 layout worker (started from a blob: URL), data:/blob: images
 * for exports, no framing, no plugins; the API reference page's one inline
 * style is allowed by its hash. Rate limits (express-rate-limit, per client
 * address, a fixed window of one minute) guard the costly endpoints: user
 * Cypher and uploads; a client over its limit gets 429 problem+json with
 * Retry-After.
 */
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { problem, sendProblem } from '../errors.ts';
import { PAGE_STYLE_SOURCE } from '../openapi-page.ts';

export type RateLimited = 'cypher' | 'upload';

export interface RateLimits {
  /** POST /api/cypher per client per minute (0: no limit). */
  cypherPerMinute: number;
  /** Uploads (POST /api/sources, /api/extract) per client per minute (0: no limit). */
  uploadsPerMinute: number;
}

/** The security headers of every answer. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", PAGE_STYLE_SOURCE],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The server is often reached over plain http on a LAN; HSTS and upgrades are for the proxy in front of it.
    strictTransportSecurity: false,
  });
}

const SETTING: Record<RateLimited, string> = { cypher: 'POLICYGRAPH_CYPHER_RATE', upload: 'POLICYGRAPH_UPLOAD_RATE' };
const WHAT: Record<RateLimited, string> = { cypher: 'Cypher queries', upload: 'uploads' };

/** One limiter per kind of costly request, or undefined where the limit is off. */
export function rateLimiters(limits: RateLimits): Partial<Record<RateLimited, RequestHandler>> {
  const make = (kind: RateLimited, perMinute: number): RequestHandler | undefined =>
    perMinute <= 0
      ? undefined
      : rateLimit({
          windowMs: 60_000,
          limit: perMinute,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          handler: (_req: Request, res: Response) => {
            const detail = `Too many ${WHAT[kind]} from this client: at most ${perMinute} a minute. Wait for the time in Retry-After, or raise ${SETTING[kind]}.`;
            sendProblem(res, problem(429, 'RATE_LIMITED', detail));
          },
        });
  const out: Partial<Record<RateLimited, RequestHandler>> = {};
  const cypher = make('cypher', limits.cypherPerMinute);
  const upload = make('upload', limits.uploadsPerMinute);
  if (cypher) out.cypher = cypher;
  if (upload) out.upload = upload;
  return out;
}
