/**
 * Read-only Cypher for researchers on the Neo4j store. A query passes the lexical
 * guard (server/cypher-guard.ts), then EXPLAIN (run in a READ transaction, so
 * nothing executes) must plan it as read-only; then it runs in a READ
 * transaction with a server-side timeout, streaming at most `maxRows` rows
 * (`truncated` tells when more were there). The answer carries the rows as plain
 * JSON and a graph of the nodes, relationships and paths found in them.
 */
import neo4j, {
  type Node as Neo4jNode,
  type Path as Neo4jPath,
  type Relationship as Neo4jRelationship,
} from 'neo4j-driver';
import type { CypherResponse } from '../../schema/api.ts';
import { StoreUnavailableError } from '../../schema/errors.ts';
import { checkQueryType, checkReadOnlyText } from '../cypher-guard.ts';
import type { Neo4jRunner, QueryRunner } from './neo4j-connection.ts';
import { plainProperties, plainValue } from './neo4j-values.ts';
import type { CypherOptions } from './types.ts';

type GraphNode = CypherResponse['graph']['nodes'][number];
type GraphEdge = CypherResponse['graph']['edges'][number];

/** Most endpoint nodes fetched for relationships returned without them. */
const MAX_ENDPOINTS = 1000;

/** Nodes and relationships met in the rows, by element id. */
class GraphCollector {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  node(n: Neo4jNode): GraphNode {
    const node = { id: n.elementId, labels: [...n.labels], properties: plainProperties(n.properties) };
    this.nodes.set(node.id, node);
    return node;
  }

  edge(r: Neo4jRelationship): GraphEdge {
    const edge = {
      id: r.elementId,
      type: r.type,
      source: r.startNodeElementId,
      target: r.endNodeElementId,
      properties: plainProperties(r.properties),
    };
    this.edges.set(edge.id, edge);
    return edge;
  }

  /** A result value as plain JSON, collecting the graph objects inside it. */
  value(v: unknown): unknown {
    if (neo4j.isNode(v)) return this.node(v as Neo4jNode);
    if (neo4j.isRelationship(v)) return this.edge(v as Neo4jRelationship);
    if (neo4j.isPath(v)) {
      const path = v as Neo4jPath;
      const nodes = [this.node(path.start), ...path.segments.map((s) => this.node(s.end))];
      return { nodes, relationships: path.segments.map((s) => this.edge(s.relationship)) };
    }
    if (Array.isArray(v)) return v.map((item) => this.value(item));
    if (v !== null && typeof v === 'object' && !neo4j.isInt(v) && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, this.value(item)]));
    }
    return plainValue(v);
  }

  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const edge of this.edges.values()) {
      for (const id of [edge.source, edge.target]) if (!this.nodes.has(id)) missing.add(id);
    }
    return [...missing].slice(0, MAX_ENDPOINTS);
  }
}

/** The query with a leading EXPLAIN or PROFILE of the user's own taken off, for our EXPLAIN. */
function explainable(query: string): string {
  return query.replace(/^\s*(EXPLAIN|PROFILE)\s+/i, '');
}

async function readRows(
  tx: QueryRunner,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResponse> {
  const plan = await tx.run(`EXPLAIN ${explainable(query)}`, params);
  checkQueryType(plan.summary.queryType);
  const result = tx.run(query, params);
  const columns = (await result.keys()).map(String);
  const graph = new GraphCollector();
  const rows: unknown[][] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length >= options.maxRows) {
      truncated = true;
      break;
    }
    rows.push(record.keys.map((key) => graph.value(record.get(key))));
  }
  const missing = graph.missingEndpoints();
  if (missing.length > 0) {
    const found = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
    for (const record of found.records) graph.node(record.get('n') as Neo4jNode);
  }
  return { columns, rows, graph: { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }, truncated };
}

/** JSON numbers that are whole become Cypher integers, so `LIMIT $n` and `range(0, $n)` accept them. */
export function cypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherParams(v)]));
  }
  return value;
}

/** User queries running now, per runner: a few at most, so they never hold the pool that lookups need. */
const running = new WeakMap<Neo4jRunner, number>();
const DEFAULT_MAX_CONCURRENT = 4;

/**
 * Runs a user's read-only query; ForbiddenQueryError when it is not, ValidationError
 * when Neo4j refuses or stops it. It runs once (no managed retry: a query stopped
 * for its memory must not start again), with the server-side timeout, and at most
 * `maxConcurrent` at a time; one more answers StoreUnavailableError at once.
 */
export async function runReadOnlyCypher(
  runner: Neo4jRunner,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResponse> {
  checkReadOnlyText(query);
  const values = cypherParams(params) as Record<string, unknown>;
  const limit = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  const now = running.get(runner) ?? 0;
  if (now >= limit) {
    throw new StoreUnavailableError(`${limit} Cypher queries are running already; try again in a few seconds (each stops after ${options.timeoutMs / 1000} s at most).`);
  }
  running.set(runner, now + 1);
  try {
    return await runner.readOnce((tx) => readRows(tx, query, values, options), { timeoutMs: options.timeoutMs });
  } finally {
    running.set(runner, (running.get(runner) ?? 1) - 1);
  }
}
