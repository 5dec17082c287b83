/**
 * Conditional GETs: ETags made from the store's revision (so a read can answer
 * 304 before any work) or from the answer's own bytes (documents that do not
 * depend on the store), and the Cache-Control that goes with them.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { CacheMode } from '../routes/route.ts';

function tag(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

/** The ETag of every store-backed read while the store stays at `revision`. */
export function revisionTag(apiVersion: string, storeKind: string, revision: string): string {
  return tag('revision', apiVersion, storeKind, revision);
}

/** The ETag of an answer that depends only on its bytes. */
export function contentTag(body: string | Uint8Array): string {
  return tag('content', body);
}

/** Weak comparison (RFC 9110 §13.1.2): does If-None-Match name `etag`, or `*`? */
export function matchesIfNoneMatch(req: Request, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

/**
 * Cache-Control for an answer: cached reads may be stored but are revalidated
 * every time (cheap: a 304 without a body); `private` when reads need a key.
 */
export function cacheControl(mode: CacheMode, privateReads: boolean): string {
  if (mode === 'none') return 'no-store';
  return `${privateReads ? 'private' : 'public'}, no-cache`;
}

/** Sets ETag and Cache-Control, and answers 304 when the client already has this version. */
export function answerIfFresh(req: Request, res: Response, etag: string, control: string): boolean {
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', control);
  if (!matchesIfNoneMatch(req, etag)) return false;
  res.status(304).end();
  return true;
}
