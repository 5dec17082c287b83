/**
 * API keys: writes need POLICYGRAPH_API_KEY as `Authorization: Bearer …` and are
 * refused (403) while no key is configured; reads are open unless
 * POLICYGRAPH_READ_KEY is set, and then either key reads. Keys are compared in
 * constant time (over SHA-256 digests, so their lengths leak nothing either).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { problem, sendProblem } from '../errors.ts';
import type { Access } from '../routes/route.ts';

export interface ApiKeys {
  apiKey: string | undefined;
  readKey: string | undefined;
}

const NO_WRITE_KEY =
  'Writes are disabled because no API key is configured. Start the server with POLICYGRAPH_API_KEY set ' +
  '(a secret of at least 16 characters, e.g. `POLICYGRAPH_API_KEY=$(openssl rand -hex 32)`), then send it as ' +
  '`Authorization: Bearer <key>`.';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time equality of a presented key and the configured one. */
export function keyMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The key of an `Authorization: Bearer <key>` header, or undefined. */
function bearerKey(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

function unauthorized(res: Response, detail: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer realm="policygraph"');
  sendProblem(res, problem(401, 'UNAUTHORIZED', detail));
}

/** The keys that grant `access`, or undefined when it is open to anyone. */
function keysFor(access: Access, keys: ApiKeys): string[] | undefined {
  if (access === 'write') return keys.apiKey ? [keys.apiKey] : [];
  if (!keys.readKey) return undefined;
  return keys.apiKey ? [keys.readKey, keys.apiKey] : [keys.readKey];
}

/** Middleware that lets a request through only with a key granting `access`. */
export function requireAccess(access: Access, keys: ApiKeys): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const accepted = keysFor(access, keys);
    if (accepted === undefined) {
      next();
      return;
    }
    if (accepted.length === 0) {
      sendProblem(res, problem(403, 'WRITES_DISABLED', NO_WRITE_KEY));
      return;
    }
    const presented = bearerKey(req);
    const which = access === 'write' ? 'POLICYGRAPH_API_KEY' : 'POLICYGRAPH_READ_KEY (or POLICYGRAPH_API_KEY)';
    if (presented === undefined) {
      unauthorized(res, `This request needs an API key: send \`Authorization: Bearer <key>\` with the server's ${which}.`);
      return;
    }
    // Compare against every accepted key so the time taken does not tell which one nearly matched.
    const matches = accepted.map((key) => keyMatches(presented, key));
    if (matches.includes(true)) next();
    else unauthorized(res, `The API key is not valid for this request; send the server's ${which}.`);
  };
}
