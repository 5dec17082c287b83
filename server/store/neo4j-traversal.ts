/**
 * Traversals on Neo4j with the embedded store's rules, so both stores answer
 * alike: neighbourhoods breadth-first, level by level, the most connected first
 * within a level (ties by id); all shortest paths with Neo4j's allShortestPaths
 * bounded by maxLength, one relation per hop (the smallest key); the overview as
 * the most connected entities and the relations among them.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { PathsResponse, Subgraph } from '../../schema/api.ts';
import type { StoredRelation } from '../../schema/model.ts';
import { NotFoundError } from '../../schema/errors.ts';
import { ENTITY_EXISTS, HOP_KEYS, NEIGHBOR_STEPS, ONE_HOP, RANK_BY_DEGREE, RELATIONS_AMONG, SHORTEST_PATHS } from './neo4j-read-queries.ts';
import { readSubgraph, relationOf } from './neo4j-reads.ts';
import { plainValue, toEntity, toRelation } from './neo4j-values.ts';
import { compareStrings } from './string-order.ts';
import type { NeighborOptions, PathOptions } from './types.ts';

interface Step {
  key: string;
  other: string;
  degree: number;
}

/** Throws NotFoundError unless the entity exists. */
export async function assertEntity(tx: ManagedTransaction, id: string): Promise<void> {
  if ((await tx.run(ENTITY_EXISTS, { id })).records.length === 0) {
    throw new NotFoundError(`No entity ${id}; search for it with GET /api/search?q=NAME`);
  }
}

function byDegreeThenId(a: Step, b: Step): number {
  return b.degree - a.degree || compareStrings(a.other, b.other);
}

async function stepsFrom(tx: ManagedTransaction, frontier: string[], options: NeighborOptions): Promise<Step[]> {
  const types = options.relationTypes?.length ? options.relationTypes : null;
  const result = await tx.run(NEIGHBOR_STEPS[options.direction ?? 'both'], { frontier, types });
  return result.records.map((r) => ({
    key: String(r.get('key')),
    other: String(r.get('other')),
    degree: Number(plainValue(r.get('degree'))),
  }));
}

interface RawRelation {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  batches: Record<string, unknown>[];
}

/** Depth 1 in one round trip (the explorer's "expand"), with the same answer as the walk below. */
async function readOneHop(tx: ManagedTransaction, start: string, options: NeighborOptions): Promise<Subgraph> {
  const types = options.relationTypes?.length ? options.relationTypes : null;
  const query = ONE_HOP[options.direction ?? 'both'];
  const record = (await tx.run(query, { id: start, types, limit: neo4j.int(options.limit) })).records[0];
  if (!record) throw new NotFoundError(`No entity ${start}; search for it with GET /api/search?q=NAME`);
  const others = (record.get('nodes') as { labels: string[]; props: Record<string, unknown> }[]).map((n) => toEntity(n.labels, n.props));
  const edges = new Map<string, StoredRelation>();
  for (const raw of record.get('edges') as RawRelation[]) {
    const relation = toRelation(raw.type, raw.from, raw.to, raw.props, raw.batches);
    edges.set(relation.key, relation);
  }
  return {
    nodes: [toEntity(record.get('labels') as string[], record.get('props') as Record<string, unknown>), ...others],
    edges: [...edges.values()],
    truncated: record.get('truncated') === true,
  };
}

/** The start entity and up to `limit` others within `depth` hops, with the relations walked to reach them. */
export async function readNeighborhood(tx: ManagedTransaction, start: string, options: NeighborOptions): Promise<Subgraph> {
  if (options.depth === 1) return readOneHop(tx, start, options);
  // The existence check and the first step go out together (pipelined in one round trip).
  const [, first] = await Promise.all([assertEntity(tx, start), stepsFrom(tx, [start], options)]);
  const kept = new Set([start]);
  const walked: Step[] = [];
  let frontier = [start];
  let truncated = false;
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    const steps = level === 0 ? first : await stepsFrom(tx, frontier, options);
    walked.push(...steps);
    const fresh = new Map<string, Step>();
    for (const step of steps) if (!kept.has(step.other) && !fresh.has(step.other)) fresh.set(step.other, step);
    const ranked = [...fresh.values()].sort(byDegreeThenId);
    const room = options.limit - (kept.size - 1);
    if (ranked.length > room) truncated = true;
    frontier = ranked.slice(0, Math.max(room, 0)).map((s) => s.other);
    for (const node of frontier) kept.add(node);
  }
  const keys = [...new Set(walked.filter((s) => kept.has(s.other)).map((s) => s.key))];
  return readSubgraph(tx, [...kept], keys, truncated);
}

/** For each hop of the paths, the smallest key among the relations between its two entities. */
async function hopKeys(tx: ManagedTransaction, paths: string[][]): Promise<Map<string, string>> {
  const pairs = new Map<string, [string, string]>();
  for (const nodes of paths) {
    for (let i = 0; i + 1 < nodes.length; i++) pairs.set(`${nodes[i]}\u0000${nodes[i + 1]}`, [nodes[i]!, nodes[i + 1]!]);
  }
  const result = await tx.run(HOP_KEYS, { pairs: [...pairs.values()] });
  const keys = new Map<string, string>();
  for (const record of result.records) {
    const sorted = (record.get('keys') as string[]).map(String).sort();
    if (sorted[0]) keys.set(`${record.get('a')}\u0000${record.get('b')}`, sorted[0]);
  }
  return keys;
}

/** Up to `limit` shortest paths of at most `maxLength` (1…MAX_PATH_LENGTH) relations; `graph.truncated` when more exist. */
export async function readShortestPaths(tx: ManagedTransaction, from: string, to: string, options: PathOptions): Promise<PathsResponse> {
  await assertEntity(tx, from);
  await assertEntity(tx, to);
  const sequences =
    from === to
      ? [[from]]
      : (await tx.run(SHORTEST_PATHS[options.maxLength]!, { from, to, cap: neo4j.int(options.limit + 1) })).records.map((r) =>
          (r.get('ids') as string[]).map(String),
        );
  if (sequences.length === 0) return { paths: [], graph: { nodes: [], edges: [], truncated: false } };
  const kept = sequences.slice(0, options.limit);
  const hops = await hopKeys(tx, kept);
  const paths = kept.map((nodes) => ({
    nodes,
    edges: nodes.slice(1).map((node, i) => hops.get(`${nodes[i]}\u0000${node}`) ?? ''),
  }));
  const nodes = [...new Set(paths.flatMap((p) => p.nodes))];
  const edges = [...new Set(paths.flatMap((p) => p.edges))];
  return { paths, graph: await readSubgraph(tx, nodes, edges, sequences.length > options.limit) };
}

/** The `count` most connected entities, most connected first (ties by id). Reads every entity's degree. */
export async function readRanking(tx: ManagedTransaction, count: number): Promise<string[]> {
  return (await tx.run(RANK_BY_DEGREE, { limit: neo4j.int(count) })).records.map((r) => String(r.get('id')));
}

/** The `limit` most connected entities (ties by id) and the relations among them; `ranking` when known already. */
export async function readOverview(tx: ManagedTransaction, limit: number, ranking?: readonly string[]): Promise<Subgraph> {
  const ranked = ranking ?? (await readRanking(tx, limit + 1));
  const top = ranked.slice(0, limit);
  const edges = (await tx.run(RELATIONS_AMONG, { ids: top })).records.map(relationOf);
  const graph = await readSubgraph(tx, top, [], ranked.length > limit);
  return { ...graph, edges };
}
