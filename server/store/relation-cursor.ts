/**
 * The cursor of GraphStore.relations(): the key of the last relation of a page.
 * Relation keys order every page the same way in both stores, so a cursor from
 * one page of a query stays valid while the store changes (a key that went is
 * simply passed over).
 */
import { ValidationError } from '../../schema/errors.ts';

/** An opaque cursor for "after this relation key". */
export function encodeRelationCursor(afterKey: string): string {
  return Buffer.from(JSON.stringify({ after: afterKey })).toString('base64url');
}

/** The key a cursor points after; ValidationError('cursor') for a cursor this server did not make. */
export function decodeRelationCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof value.after === 'string') return value.after;
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('cursor is not one this server gave out; pass the nextCursor of the previous page', 'cursor');
}
