/**
 * Neo4j-store reads beyond search and traversal, with the embedded store's
 * answers: relations of one type with their ends (paged by key), one article with
 * the entities it names, the subgraph around seed entities, and the revision
 * token behind HTTP ETags. Each function is the work of one read transaction.
 */
import { createHash } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ArticleDetail, ArticleMention, EntitySummary, RelationPage, Subgraph } from '../../schema/api.ts';
import { NotFoundError } from '../../schema/errors.ts';
import { decodeRelationCursor, encodeRelationCursor } from './relation-cursor.ts';
import { ADJACENT_IDS, CONTENT_VERSION, FETCH_ENTITIES, GET_ARTICLE, RELATION_PAGES, RELATIONS_AMONG } from './neo4j-read-queries.ts';
import { entityOf, relationOf, toArticle, toSource } from './neo4j-reads.ts';
import { assertEntity } from './neo4j-traversal.ts';
import { entityTypeOf, plainValue } from './neo4j-values.ts';
import { compareStrings } from './string-order.ts';
import type { RelationQuery, SubgraphScope } from './types.ts';

interface RawSummary {
  id: string;
  name: string;
  labels: string[];
}

function summaryOf(raw: RawSummary): EntitySummary {
  return { id: raw.id, type: entityTypeOf(raw.labels) ?? 'Organization', name: raw.name };
}

/** One page of relations of a type, each with both ends, ordered by key. */
export async function readRelationPage(tx: ManagedTransaction, query: RelationQuery): Promise<RelationPage> {
  const after = query.cursor === undefined ? '' : decodeRelationCursor(query.cursor);
  const queries = RELATION_PAGES[query.type];
  const text = query.from !== undefined ? queries.from : query.to !== undefined ? queries.to : queries.all;
  const result = await tx.run(text, {
    from: query.from ?? null,
    to: query.to ?? null,
    after,
    limit: neo4j.int(query.limit + 1),
  });
  const entries = result.records.map((record) => ({
    relation: relationOf(record),
    from: summaryOf(record.get('fromEntity') as RawSummary),
    to: summaryOf(record.get('toEntity') as RawSummary),
  }));
  const relations = entries.slice(0, query.limit);
  const last = relations[relations.length - 1];
  return entries.length > query.limit && last ? { relations, nextCursor: encodeRelationCursor(last.relation.key) } : { relations };
}

/** An article with its text and the entities it names, most named first (then by id). */
export async function readArticle(tx: ManagedTransaction, id: string): Promise<ArticleDetail> {
  const record = (await tx.run(GET_ARTICLE, { id })).records[0];
  if (!record) throw new NotFoundError(`No article ${id}; GET /api/sources/{id} lists a source's articles`);
  const article = toArticle(record.get('article') as Record<string, unknown>);
  const text = String(record.get('text') ?? '');
  const mentions: ArticleMention[] = (record.get('mentions') as (RawSummary & { count: unknown })[])
    .map((raw) => ({ entity: summaryOf(raw), count: Number(plainValue(raw.count)) }))
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count || compareStrings(a.entity.id, b.entity.id));
  return {
    article,
    source: toSource(record.get('source') as Record<string, unknown>),
    text: text.slice(article.start, article.end),
    mentions,
  };
}

/** The seeds, what lies within `depth` relations of them (either way), and every relation among those entities. */
export async function readSubgraphAround(tx: ManagedTransaction, scope: SubgraphScope): Promise<Subgraph> {
  for (const seed of scope.seeds) await assertEntity(tx, seed);
  const kept = new Set(scope.seeds);
  let frontier = [...kept];
  for (let level = 0; level < scope.depth && frontier.length > 0; level++) {
    const reached = (await tx.run(ADJACENT_IDS, { frontier })).records.map((r) => String(r.get('id')));
    frontier = reached.filter((id) => !kept.has(id));
    for (const id of frontier) kept.add(id);
  }
  const ids = [...kept].sort(compareStrings);
  const nodes = (await tx.run(FETCH_ENTITIES, { ids })).records.map(entityOf).sort((a, b) => compareStrings(a.id, b.id));
  const edges = (await tx.run(RELATIONS_AMONG, { ids })).records.map(relationOf).sort((a, b) => compareStrings(a.key, b.key));
  return { nodes, edges, truncated: false };
}

/**
 * A token for what the store holds: the database's identity and the revision value
 * every upsert or delete leaves in the same transaction (BUMP_REVISION), from any
 * process. One index seek, however many sources the store holds.
 */
export async function readRevision(tx: ManagedTransaction): Promise<string> {
  const record = (await tx.run(CONTENT_VERSION)).records[0];
  const hash = createHash('sha256').update(JSON.stringify([record?.get('database'), record?.get('revision')]));
  return `neo4j.${hash.digest('hex').slice(0, 24)}`;
}
