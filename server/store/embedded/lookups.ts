/**
 * Embedded-store reads beyond search and traversal: relations of one type with
 * their ends (from a per-type key index rebuilt after writes), one article with
 * the entities it names, and the subgraph around a set of seed entities.
 */
import type { ArticleDetail, ArticleMention, RelationEntry, RelationPage, Subgraph } from '../../../schema/api.ts';
import { NotFoundError } from '../../../schema/errors.ts';
import { RELATION_TYPES, type RelationType } from '../../../schema/model.ts';
import { decodeRelationCursor, encodeRelationCursor } from '../relation-cursor.ts';
import { compareStrings } from '../string-order.ts';
import type { RelationQuery, SubgraphScope } from '../types.ts';
import type { EmbeddedState, EntityGraph } from './state.ts';
import { subgraph, summary } from './views.ts';

/** Relation keys per type, sorted: the order pages follow. */
export type RelationKeyIndex = Map<RelationType, string[]>;

/** Builds the per-type key index (rebuilt when the state's version moves). */
export function indexRelationKeys(graph: EntityGraph): RelationKeyIndex {
  const index: RelationKeyIndex = new Map(RELATION_TYPES.map((type) => [type, []]));
  graph.forEachEdge((key, { relation }) => index.get(relation.type)?.push(key));
  for (const keys of index.values()) keys.sort(compareStrings);
  return index;
}

/** Candidate keys: the entity's own edges when an end is given, else the type's index. */
function candidateKeys(graph: EntityGraph, index: RelationKeyIndex, query: RelationQuery): string[] {
  const { type, from, to } = query;
  if (from === undefined && to === undefined) return index.get(type) ?? [];
  const anchor = from ?? to;
  if (anchor === undefined || !graph.hasNode(anchor)) return [];
  const edges = from !== undefined ? graph.outEdges(from) : graph.inEdges(anchor);
  return edges
    .filter((key) => {
      const { relation } = graph.getEdgeAttributes(key);
      return relation.type === type && (to === undefined || relation.to === to);
    })
    .sort(compareStrings);
}

/** First index in sorted `keys` whose key is greater than `after`. */
function firstAfter(keys: string[], after: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareStrings(keys[mid] as string, after) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One page of relations of a type, each with both ends. */
export function relationPage(graph: EntityGraph, index: RelationKeyIndex, query: RelationQuery): RelationPage {
  const keys = candidateKeys(graph, index, query);
  const start = query.cursor === undefined ? 0 : firstAfter(keys, decodeRelationCursor(query.cursor));
  const page = keys.slice(start, start + query.limit);
  const relations: RelationEntry[] = page.map((key) => {
    const { relation } = graph.getEdgeAttributes(key);
    const from = summary(graph.getNodeAttribute(relation.from, 'entity'));
    const to = summary(graph.getNodeAttribute(relation.to, 'entity'));
    return { relation, from, to };
  });
  const last = page[page.length - 1];
  return start + page.length < keys.length && last !== undefined
    ? { relations, nextCursor: encodeRelationCursor(last) }
    : { relations };
}

/** `article:000_x.txt#2` → `source:000_x.txt` (ids from schema/ids.ts). */
function sourceIdOfArticle(id: string): string | undefined {
  const hash = id.lastIndexOf('#');
  return id.startsWith('article:') && hash > 0 ? `source:${id.slice('article:'.length, hash)}` : undefined;
}

/** An article with its text and the entities it names, most named first. */
export function articleDetail(state: EmbeddedState, id: string): ArticleDetail {
  const sourceId = sourceIdOfArticle(id);
  const record = sourceId === undefined ? undefined : state.sources.get(sourceId);
  const article = record?.doc.articles.find((a) => a.id === id);
  if (!record || !article) throw new NotFoundError(`No article ${id}; GET /api/sources/{id} lists a source's articles`);
  const counts = new Map<string, number>();
  for (const m of record.doc.mentions) if (m.article === id) counts.set(m.entity, (counts.get(m.entity) ?? 0) + m.count);
  const mentions: ArticleMention[] = [...counts]
    .filter(([entity]) => state.graph.hasNode(entity))
    .map(([entity, count]) => ({ entity: summary(state.graph.getNodeAttribute(entity, 'entity')), count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.entity.id, b.entity.id));
  const { source, text } = record.doc;
  return { article, source, text: text.slice(article.start, article.end), mentions };
}

/** The seeds, what lies within `depth` relations of them, and every relation among those entities. */
export function subgraphAround(graph: EntityGraph, scope: SubgraphScope): Subgraph {
  for (const seed of scope.seeds) {
    if (!graph.hasNode(seed)) throw new NotFoundError(`No entity ${seed}; search for it with GET /api/search?q=NAME`);
  }
  const kept = new Set(scope.seeds);
  let frontier = [...kept];
  for (let level = 0; level < scope.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        if (!kept.has(other)) {
          kept.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const nodes = [...kept].sort(compareStrings);
  const edges: string[] = [];
  for (const node of nodes) {
    graph.forEachOutEdge(node, (key, _attributes, _source, target) => {
      if (kept.has(target)) edges.push(key);
    });
  }
  return subgraph(graph, nodes, edges.sort(compareStrings), false);
}
