/**
 * Entity search on Neo4j. Candidates come from the full-text index (a phrase
 * query over the cjk analyzer's character pairs) and the name's text index
 * (CONTAINS); texts the pairs cannot find (one character, Latin letters, digits)
 * also scan aliases. The bigram analyzer over-matches and scores by term
 * statistics, so every candidate is checked and ranked here exactly as the
 * embedded store ranks: exact name or alias, then prefix, then substring; then
 * the shorter name; then the id. Paged with the same opaque offset cursor.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { SearchHit, SearchResponse } from '../../schema/api.ts';
import { ValidationError } from '../../schema/errors.ts';
import { matchTier, normaliseName, type MatchTier } from './embedded/name-index.ts';
import { SEARCH_ALIAS_CONTAINS, SEARCH_FULLTEXT, SEARCH_NAME_CONTAINS } from './neo4j-read-queries.ts';
import { entityTypeOf } from './neo4j-values.ts';
import { compareStrings } from './string-order.ts';
import type { SearchOptions } from './types.ts';

/** Most candidates each query brings; far above any page, small enough to rank in memory. */
const CANDIDATE_CAP = 5000;

interface Ranked {
  hit: SearchHit;
  tier: MatchTier;
  length: number;
}

/** A Lucene phrase query for `text`: quoted, with the two characters special inside quotes escaped. */
export function phraseQuery(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** True when character pairs of the cjk analyzer can find every name containing `q`. */
function pairsCanFind(q: string): boolean {
  return Array.from(q).length >= 2 && /^\p{Script=Han}+$/u.test(q);
}

async function candidates(tx: ManagedTransaction, q: string): Promise<Map<string, SearchHit>> {
  const queries: [string, Record<string, unknown>][] = [[SEARCH_NAME_CONTAINS, { q }]];
  if (pairsCanFind(q)) queries.push([SEARCH_FULLTEXT, { phrase: phraseQuery(q) }]);
  else queries.push([SEARCH_ALIAS_CONTAINS, { q }]);
  const found = new Map<string, SearchHit>();
  for (const [query, params] of queries) {
    const result = await tx.run(query, { ...params, cap: neo4j.int(CANDIDATE_CAP) });
    for (const record of result.records) {
      const id = String(record.get('id'));
      const type = entityTypeOf(record.get('labels') as string[]);
      if (!type || found.has(id)) continue;
      const aliases = (record.get('aliases') as unknown[] | null) ?? [];
      found.set(id, { id, type, name: String(record.get('name')), aliases: aliases.map(String) });
    }
  }
  return found;
}

function compare(a: Ranked, b: Ranked): number {
  return a.tier - b.tier || a.length - b.length || compareStrings(a.hit.id, b.hit.id);
}

/** Answers a search; throws ValidationError('cursor') for a cursor this server did not give out. */
export async function searchEntities(tx: ManagedTransaction, options: SearchOptions): Promise<SearchResponse> {
  const q = normaliseName(options.q);
  const offset = options.cursor ? decodeCursor(options.cursor) : 0;
  if (q === '') return { results: [] };
  const types = options.types?.length ? new Set<string>(options.types) : undefined;
  const ranked: Ranked[] = [];
  for (const hit of (await candidates(tx, q)).values()) {
    if (types && !types.has(hit.type)) continue;
    const tier = matchTier(q, [hit.name, ...hit.aliases]);
    if (tier !== undefined) ranked.push({ hit, tier, length: Array.from(hit.name).length });
  }
  ranked.sort(compare);
  const page = ranked.slice(offset, offset + options.limit).map((r) => r.hit);
  const next = offset + page.length;
  return next < ranked.length ? { results: page, nextCursor: encodeCursor(next) } : { results: page };
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof value.offset === 'number' && Number.isInteger(value.offset) && value.offset >= 0) return value.offset;
  } catch {
    // reported below
  }
  throw new ValidationError('cursor is not one this server gave out; pass the nextCursor of the previous page', 'cursor');
}
