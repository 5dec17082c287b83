/**
 * Entity search over the name index: candidates from the n-gram postings,
 * confirmed and ranked (exact name or alias, then prefix, then substring; within
 * a tier the shorter name, then the id), filtered by type and paged with an
 * opaque cursor.
 */
import type { SearchResponse } from '../../../schema/api.ts';
import { ValidationError } from '../../../schema/errors.ts';
import { compareStrings } from '../string-order.ts';
import type { SearchOptions } from '../types.ts';
import { normaliseName, type MatchTier } from './name-index.ts';
import type { EmbeddedState } from './state.ts';

interface Hit {
  id: string;
  tier: MatchTier;
  length: number;
}

/** Answers a search from the name index; throws ValidationError('cursor') for a cursor it did not make. */
export function searchEntities(state: EmbeddedState, options: SearchOptions): SearchResponse {
  const query = normaliseName(options.q);
  const offset = options.cursor ? decodeCursor(options.cursor) : 0;
  if (query === '') return { results: [] };
  const types = options.types?.length ? new Set<string>(options.types) : undefined;
  const hits: Hit[] = [];
  for (const id of state.index.candidates(query)) {
    const entity = state.graph.getNodeAttribute(id, 'entity');
    if (types && !types.has(entity.type)) continue;
    const tier = state.index.tier(query, id);
    if (tier !== undefined) hits.push({ id, tier, length: Array.from(entity.name).length });
  }
  hits.sort((a, b) => a.tier - b.tier || a.length - b.length || compareStrings(a.id, b.id));
  const page = hits.slice(offset, offset + options.limit);
  const results = page.map(({ id }) => {
    const { type, name, aliases } = state.graph.getNodeAttribute(id, 'entity');
    return { id, type, name, aliases };
  });
  const next = offset + page.length;
  return next < hits.length ? { results, nextCursor: encodeCursor(next) } : { results };
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof value.offset === 'number' && Number.isInteger(value.offset) && value.offset >= 0) return value.offset;
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('cursor is not one this server gave out; pass the nextCursor of the previous page', 'cursor');
}
