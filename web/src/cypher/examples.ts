/**
 * Example queries a researcher would ask of this corpus, as descriptors: the
 * console lists them (readable even where Cypher does not run) and loads one
 * into the editor. Each returns nodes and relationships, so the graph view has
 * something to draw; the e2e-neo4j test runs every one on the sample corpus.
 * The graph model they rely on is in docs/neo4j.md (a relation's evidence
 * beyond its first 20 entries is in EvidenceBatch nodes, which "positions" reads too).
 */
import type { MessageKey } from '../i18n/index.ts';

export interface CypherExample {
  readonly id: string;
  readonly title: MessageKey;
  readonly description: MessageKey;
  readonly query: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    id: 'positions',
    title: 'example.positions.title',
    description: 'example.positions.description',
    query: `MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization {name: $organization})
CALL (r) {
  RETURN r.evidence_text AS texts, r.evidence_date AS dates, -1 AS at
  UNION ALL
  MATCH (b:EvidenceBatch {relation: r.key})
  RETURN b.evidence_text AS texts, b.evidence_date AS dates, b.at AS at
}
WITH p, r, o, texts, dates ORDER BY p.name, r.key, at
UNWIND range(0, size(texts) - 1) AS i
RETURN p AS person, r AS position, o AS organization,
       texts[i] AS evidence,
       CASE dates[i] WHEN '' THEN null ELSE dates[i] END AS reported_on`,
    params: { organization: '重庆市委' },
  },
  {
    id: 'hosts',
    title: 'example.hosts.title',
    description: 'example.hosts.description',
    query: `MATCH (d:Place)-[h:HOSTS]->(x:Entity)
WHERE x:Corridor OR x:Platform
RETURN d AS district, h AS hosts, x AS hosted,
       [l IN labels(x) WHERE l <> 'Entity'][0] AS kind
ORDER BY d.name, kind, x.name`,
    params: {},
  },
  {
    id: 'attended',
    title: 'example.attended.title',
    description: 'example.attended.description',
    query: `MATCH (p:Person)-[a:ATTENDED]->(e:Event)
RETURN e AS event, a AS attended, p AS person, a.role AS role
ORDER BY e.name, p.name`,
    params: {},
  },
  {
    id: 'connected',
    title: 'example.connected.title',
    description: 'example.connected.description',
    query: `MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.name
LIMIT $limit
RETURN n AS entity, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, degree`,
    params: { limit: 15 },
  },
  {
    id: 'fulltext',
    title: 'example.fulltext.title',
    description: 'example.fulltext.description',
    query: `CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node AS entity, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20`,
    params: { text: '"江津"' },
  },
  {
    id: 'weakest',
    title: 'example.weakest.title',
    description: 'example.weakest.description',
    query: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.confidence < $below
RETURN a AS from, r AS relation, b AS to, r.rule AS rule, r.confidence AS confidence
ORDER BY confidence, a.name
LIMIT 50`,
    params: { below: 0.7 },
  },
  {
    id: 'path',
    title: 'example.path.title',
    description: 'example.path.description',
    query: `MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|LEADS|ATTENDED|IMPLEMENTS|HOSTS|LOCATED_IN|PART_OF|COOPERATES_WITH*..6]-(b))
RETURN p AS path, length(p) AS hops`,
    params: { from: '唐大军', to: '胡衡华' },
  },
];
