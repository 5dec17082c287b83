/**
 * The Cypher the Neo4j store reads with. Values are parameters; the relationship
 * types of the model (never input) are spelled into the patterns, once, at load,
 * so traversals follow entity relations and not MENTIONED_IN or HAS_ARTICLE.
 */
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../../schema/model.ts';
import { EVIDENCE_BATCHES, EVIDENCE_COUNT, EVIDENCE_DATES } from './neo4j-evidence.ts';
import { EVIDENCE_LIST_NAMES, EVIDENCE_LISTS } from './neo4j-values.ts';
import { compareStrings } from './string-order.ts';

const NAME = /^[A-Z][A-Za-z_]*$/;

function checked<N extends string>(names: readonly N[]): readonly N[] {
  for (const name of names) if (!NAME.test(name)) throw new Error(`${name} cannot be used as a label or relationship type`);
  return names;
}

/** `HOLDS_POSITION|LEADS|…`: every entity relation type, for `[r:${RELS}]`. */
const RELS = checked(RELATION_TYPES).join('|');

/** The degree of the node bound to `node`, counted: its relations of the model's types (MENTIONED_IN aside). */
export function countedDegree(node: 'e' | 'o'): string {
  return `COUNT { (${node})-[:${RELS}]-() }`;
}

/**
 * An entity's degree as stored by every write in `degree` (SET_DEGREES), so
 * ranking a hub's thousands of neighbours reads one property each instead of
 * walking each neighbour's relationships (MENTIONED_IN links included).
 * Counted where a node lacks it (a write in progress elsewhere).
 */
function degreeOf(node: 'e' | 'o'): string {
  return `coalesce(${node}.degree, ${countedDegree(node)})`;
}

/** The longest path the store searches (the API allows up to 6). */
export const MAX_PATH_LENGTH = 10;

const RELATION_FIELDS = `type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props,
       ${EVIDENCE_BATCHES} AS batches`;

export const GET_ENTITY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${RELS}]-(o:Entity)
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
                  batches: ${EVIDENCE_BATCHES},
                  other: {id: o.id, name: o.name, labels: labels(o)}}) AS relations
}
RETURN labels(e) AS labels, properties(e) AS props, relations`;

/**
 * The runs an entity page is laid out in, in relation-order.ts's order:
 * outgoing before incoming, each by type. Within a run the order is the other
 * end's id, then title.
 */
const PAGE_RUNS = (['out', 'in'] as const).flatMap((side) => [...checked(RELATION_TYPES)].sort(compareStrings).map((type) => ({ side, type })));

type PageRun = (typeof PAGE_RUNS)[number];

/**
 * How many relations a run holds, from Neo4j's degree store (no relationship is
 * read). A self-loop is in both chains of its type and counts once, outgoing:
 * an incoming run is the relations either way less the outgoing ones. The
 * direction and type filters act through these sizes alone: a run they leave
 * out is empty, and an empty run is never read.
 */
function runSize({ side, type }: PageRun): string {
  const passes = `${side === 'out' ? '$out' : '$in'} AND ($types IS NULL OR '${type}' IN $types)`;
  const size = side === 'out' ? `COUNT { (e)-[:${type}]->() }` : `COUNT { (e)-[:${type}]-() } - COUNT { (e)-[:${type}]->() }`;
  return `CASE WHEN ${passes} THEN ${size} ELSE 0 END`;
}

/**
 * Run `i`'s part of the page as `part<i>`: [r, o] pairs, read only when the run
 * is not empty and overlaps the window [$offset, $offset + $limit)
 * (`starts[i]` is where it begins in the whole order).
 */
function runPart({ side, type }: PageRun, i: number): string {
  const pattern = side === 'out' ? `(e)-[r:${type}]->(o)` : `(e)<-[r:${type}]-(o) WHERE o <> e`;
  return `
CALL (e, starts) {
  WITH e WHERE starts[${i}] < starts[${i + 1}] AND starts[${i + 1}] > $offset AND starts[${i}] < $offset + $limit
  MATCH ${pattern}
  WITH r, o ORDER BY o.id, coalesce(r.title, '')
  WITH collect([r, o]) AS run
  RETURN run[toInteger(CASE WHEN $offset > starts[${i}] THEN $offset - starts[${i}] ELSE 0 END)..toInteger($offset + $limit - starts[${i}])] AS part${i}
}`;
}

const PAGE_PARTS = PAGE_RUNS.map((_, i) => `part${i}`);

/**
 * An entity and one page of its relations when no date narrows them: passed by
 * direction ($out, $in) and $types, in relation-order.ts's order, cut to
 * [$offset, $offset + $limit). The order is kept as runs (PAGE_RUNS) whose
 * sizes the degree store gives, so only the runs the page overlaps are read
 * and sorted: a hub's first page reads its first types, not its thousands of
 * relations. Only the page's relations are read whole, each evidence list cut
 * to $evidenceLimit (batches read only when the relationship holds fewer),
 * with the number of entries it holds.
 */
export const ENTITY_PAGE = `
MATCH (e:Entity {id: $id})
WITH e, [${PAGE_RUNS.map(runSize).join(',\n  ')}] AS sizes
WITH e, reduce(starts = [0], size IN sizes | starts + (starts[-1] + size)) AS starts
${PAGE_RUNS.map(runPart).join('')}
CALL (${PAGE_PARTS.join(', ')}) {
  UNWIND ${PAGE_PARTS.join(' + ')} AS pair
  WITH pair[0] AS r, pair[1] AS o
  RETURN collect({
    type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: {${['key', 'title', 'role', 'about', 'confidence', 'rule'].map((name) => `${name}: r.${name}`).join(', ')},
            ${EVIDENCE_LIST_NAMES.map((list) => `${list}: r.${list}[0..$evidenceLimit]`).join(', ')}},
    batches: CASE WHEN $evidenceLimit > size(r.${EVIDENCE_LISTS.source}) THEN ${EVIDENCE_BATCHES} ELSE [] END,
    evidenceTotal: ${EVIDENCE_COUNT},
    other: {id: o.id, name: o.name, labels: labels(o)}}) AS page
}
RETURN labels(e) AS labels, properties(e) AS props, starts[-1] AS total, page`;

/**
 * An entity and the shape of each relation it takes part in — key, type, ends,
 * title, evidence dates — without the evidence itself: enough to filter, count
 * and order a hub's relations before reading the page's whole (neo4j-entity-page.ts).
 */
export const ENTITY_RELATION_SHAPES = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${RELS}]-(o:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect({key: r.key, type: type(r), from: startNode(r).id, title: r.title, dates: ${EVIDENCE_DATES},
                  other: {id: o.id, name: o.name, labels: labels(o)}}) AS relations
}
RETURN labels(e) AS labels, properties(e) AS props, relations`;

export const ENTITY_EXISTS = 'MATCH (e:Entity {id: $id}) RETURN e.id AS id';

export const FETCH_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN labels(e) AS labels, properties(e) AS props`;

/** Relation types as parameter names (`$keys_HOLDS_POSITION`…) for FETCH_RELATIONS. */
export const KEY_PARAMETERS: Readonly<Record<RelationType, string>> = Object.freeze(
  Object.fromEntries(checked(RELATION_TYPES).map((type) => [type, `keys_${type}`])) as Record<RelationType, string>,
);

/**
 * Relations by key, in one statement: per type, the keys of that type are looked
 * up through the type's key constraint (an untyped lookup would scan every relationship).
 */
export const FETCH_RELATIONS = checked(RELATION_TYPES)
  .map(
    (type) => `CALL () {
  UNWIND $${KEY_PARAMETERS[type]} AS key
  MATCH (:Entity)-[r:${type} {key: key}]->(:Entity)
  RETURN ${RELATION_FIELDS}
}
RETURN type, from, to, props, batches`,
  )
  .join('\nUNION ALL\n');

function neighborSteps(pattern: string): string {
  return `
UNWIND $frontier AS id
MATCH (:Entity {id: id})${pattern}(o:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN r.key AS key, o.id AS other, ${degreeOf('o')} AS degree`;
}

/** One breadth-first step from every entity of `$frontier`, per direction. */
export const NEIGHBOR_STEPS = Object.freeze({
  out: neighborSteps(`-[r:${RELS}]->`),
  in: neighborSteps(`<-[r:${RELS}]-`),
  both: neighborSteps(`-[r:${RELS}]-`),
});

function oneHop(pattern: string): string {
  return `
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)${pattern}(o:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH o, collect(r) AS rels
  WITH o, rels, o = s AS loop, ${degreeOf('o')} AS degree
  ORDER BY loop DESC, degree DESC, o.id ASC
  LIMIT $limit + 2
  RETURN collect({node: o, rels: rels, loop: loop}) AS ranked
}
WITH s, [k IN ranked WHERE NOT k.loop] AS others, [k IN ranked WHERE k.loop | k.rels] AS loops
WITH s, others[0..$limit] AS kept, size(others) > $limit AS truncated, coalesce(loops[0], []) AS loops
RETURN labels(s) AS labels, properties(s) AS props, truncated,
       [k IN kept | {labels: labels(k.node), props: properties(k.node)}] AS nodes,
       [r IN loops + reduce(all = [], k IN kept | all + k.rels) |
         {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), batches: ${EVIDENCE_BATCHES}}] AS edges`;
}

/**
 * Depth 1 in one statement, per direction: the start, its neighbours ranked by
 * degree then id (the first $limit kept), and the relations to them. One
 * expansion gives both the neighbours and the start's self-loops, all of
 * which fall in one group (o = s), ranked first. So the ranking keeps only
 * $limit + 2 rows — that group, $limit neighbours, and one more to know the
 * list was cut — and a hub's thousands of relations are walked once and never
 * sorted whole.
 */
export const ONE_HOP = Object.freeze({
  out: oneHop(`-[r:${RELS}]->`),
  in: oneHop(`<-[r:${RELS}]-`),
  both: oneHop(`-[r:${RELS}]-`),
});

/** Per maximum length 1…MAX_PATH_LENGTH (a pattern's length bound cannot be a parameter). */
export const SHORTEST_PATHS: readonly string[] = Array.from(
  { length: MAX_PATH_LENGTH + 1 },
  (_, length) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${RELS}*..${Math.max(length, 1)}]-(b))
WITH DISTINCT [n IN nodes(p) | n.id] AS ids
RETURN ids LIMIT $cap`,
);

/** The keys of the relations between each pair of entities, either way. */
export const HOP_KEYS = `
UNWIND $pairs AS pair
MATCH (:Entity {id: pair[0]})-[r:${RELS}]-(:Entity {id: pair[1]})
RETURN pair[0] AS a, pair[1] AS b, collect(r.key) AS keys`;

export const RANK_BY_DEGREE = `
MATCH (e:Entity)
RETURN e.id AS id, ${degreeOf('e')} AS degree
ORDER BY degree DESC, id ASC
LIMIT $limit`;

export const RELATIONS_AMONG = `
MATCH (a:Entity)-[r:${RELS}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${RELATION_FIELDS}`;

export const ALL_ENTITIES = 'MATCH (e:Entity) RETURN labels(e) AS labels, properties(e) AS props ORDER BY e.id';

export const ALL_RELATIONS = `MATCH (:Entity)-[r:${RELS}]->(:Entity) RETURN ${RELATION_FIELDS} ORDER BY r.key`;

/**
 * Node counts per entity label and relationship counts per type, each answered
 * from Neo4j's count store. Evidence entries add up from what each Source records
 * it gave (no source shares an entry with another), not from a scan of every relation.
 */
export const COUNT_BY_LABEL = checked(ENTITY_TYPES)
  .map((label) => `MATCH (n:${label}) RETURN '${label}' AS name, count(n) AS count`)
  .join('\nUNION ALL\n');

export const COUNT_BY_TYPE = checked(RELATION_TYPES)
  .map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS name, count(r) AS count`)
  .join('\nUNION ALL\n');

export const COUNT_TOTALS = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (s:Source) RETURN sum(s.evidence) AS evidence }
RETURN entities, sources, articles, evidence`;

const SOURCE_FIELDS = 's {.id, .path, .name, .sha256, .title, .encoding, .chars, .ingested_at}';

export const LIST_SOURCES = `MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY s.ingested_at, s.id`;

export const GET_SOURCE = `
MATCH (s:Source {id: $id})
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_ARTICLE]->(a:Article)
  WITH a ORDER BY a.index
  RETURN collect(properties(a)) AS articles
}
RETURN ${SOURCE_FIELDS} AS source, s.text AS text, articles`;

/** Search candidates: the full-text index (name and aliases, cjk bigrams) with a phrase query. */
export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: $cap}) YIELD node
RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.aliases AS aliases`;

/** Search candidates: names containing the text (the name's text index). */
export const SEARCH_NAME_CONTAINS = `
MATCH (e:Entity) WHERE e.name CONTAINS $q
RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.aliases AS aliases
LIMIT $cap`;

/** Search candidates: aliases containing the text, for what the full-text index cannot find (one character, Latin, digits). */
export const SEARCH_ALIAS_CONTAINS = `
MATCH (e:Entity) WHERE any(a IN e.aliases WHERE toLower(a) CONTAINS $q) OR toLower(e.name) CONTAINS $q
RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.aliases AS aliases
LIMIT $cap`;

/** One breadth-first step either way from `$frontier`: the entities reached. */
export const ADJACENT_IDS = `
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[:${RELS}]-(o:Entity)
RETURN DISTINCT o.id AS id`;

function relationPageQuery(pattern: string, condition = 'true'): string {
  return `
MATCH ${pattern}
WHERE ${condition} AND r.key > $after
RETURN ${RELATION_FIELDS}, {id: a.id, name: a.name, labels: labels(a)} AS fromEntity,
       {id: b.id, name: b.name, labels: labels(b)} AS toEntity
ORDER BY r.key
LIMIT $limit`;
}

/** Per relationship type, pages of relations ordered by key: anchored at `$from`, at `$to`, or over the whole type. */
export const RELATION_PAGES: Readonly<Record<RelationType, { from: string; to: string; all: string }>> = Object.freeze(
  Object.fromEntries(
    checked(RELATION_TYPES).map((type) => [
      type,
      {
        from: relationPageQuery(`(a:Entity {id: $from})-[r:${type}]->(b:Entity)`, '($to IS NULL OR b.id = $to)'),
        to: relationPageQuery(`(a:Entity)-[r:${type}]->(b:Entity {id: $to})`),
        all: relationPageQuery(`(a:Entity)-[r:${type}]->(b:Entity)`),
      },
    ]),
  ) as Record<RelationType, { from: string; to: string; all: string }>,
);

export const GET_ARTICLE = `
MATCH (s:Source)-[:HAS_ARTICLE]->(a:Article {id: $id})
CALL (a) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
  RETURN collect({id: e.id, name: e.name, labels: labels(e), count: m.count}) AS mentions
}
RETURN properties(a) AS article, ${SOURCE_FIELDS} AS source, s.text AS text, mentions`;

/**
 * What the stored contents follow from: the database's identity and the revision
 * every write leaves (BUMP_REVISION). Null before the first write.
 */
export const CONTENT_VERSION = `
CALL db.info() YIELD id AS database
OPTIONAL MATCH (r:PolicyGraphRevision {id: 'graph'})
RETURN database, r.value AS revision`;
