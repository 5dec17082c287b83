/**
 * A seeded generator of explorer-shaped graphs for the web benchmark:
 * entities of every type with Chinese names, relations of every type with one
 * evidence sentence each. Edges attach preferentially to earlier nodes (a few
 * hubs, many leaves, as in news corpora). The same seed gives the same graph.
 */
import type { Subgraph } from '../../../schema/api.ts';
import type { Entity, EntityType, RelationType, StoredRelation } from '../../../schema/model.ts';
import { ENTITY_TYPE_ORDER, RELATION_TYPE_ORDER } from '../appearance/palette.ts';
import { mulberry32, type Random } from '../graph/random.ts';

export interface GraphSpec {
  readonly nodes: number;
  readonly edges: number;
  readonly seed: number;
}

const SYLLABLES = '重庆江津两江渝北沙坪坝九龙坡南岸北碚长寿綦江大足璧山铜梁潼南荣昌开州梁平武隆城口丰都垫江忠县云阳奉节巫山巫溪石柱秀山酉阳彭水唐高王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑谢宋';
const SOURCES = 20;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function entity(random: Random, index: number): Entity {
  const type: EntityType = pick(random, ENTITY_TYPE_ORDER);
  const length = 2 + Math.floor(random() * 5);
  let name = '';
  for (let i = 0; i < length; i += 1) name += pick(random, [...SYLLABLES]);
  name += index.toString(36);
  return { id: `${type.toLowerCase()}:${name}`, type, name, aliases: [] };
}

function relation(random: Random, from: string, to: string, index: number): StoredRelation {
  const type: RelationType = pick(random, RELATION_TYPE_ORDER);
  const source = `source:${String(Math.floor(random() * SOURCES)).padStart(3, '0')}_bench.txt`;
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const start = Math.floor(random() * 5000);
  return {
    key: `${type}|${from}|${to}|${index}`,
    type,
    from,
    to,
    confidence: Math.round((0.6 + random() * 0.35) * 100) / 100,
    rule: 'bench',
    evidence: [{ text: `${from} 与 ${to} 的关系句。`, source, start, end: start + 20, date: `2025-${month}-15` }],
  };
}

/** A graph of `spec.nodes` entities and `spec.edges` relations (no loops), chosen by `spec.seed`. */
export function generateGraph(spec: GraphSpec): Subgraph {
  const random = mulberry32(spec.seed);
  const nodes = Array.from({ length: spec.nodes }, (_, i) => entity(random, i));
  const edges: StoredRelation[] = [];
  for (let i = 0; edges.length < spec.edges; i += 1) {
    const from = Math.floor(random() * spec.nodes);
    // Squaring favours low indices: early nodes become hubs.
    const to = Math.floor(random() ** 2 * spec.nodes);
    if (from === to) continue;
    edges.push(relation(random, (nodes[from] as Entity).id, (nodes[to] as Entity).id, i));
  }
  return { nodes, edges, truncated: false };
}
