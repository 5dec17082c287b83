/** A Cypher answer shaped like the Neo4j store's (element ids, parallel evidence lists), for the console's unit tests. */
import type { CypherResponse } from '../../../schema/api.ts';

type GraphNode = CypherResponse['graph']['nodes'][number];
type GraphEdge = CypherResponse['graph']['edges'][number];

export const tangNode: GraphNode = {
  id: '4:db:66',
  labels: ['Entity', 'Person'],
  properties: { id: 'person:唐大军', name: '唐大军', aliases: [], mentions: 5 },
};
export const committeeNode: GraphNode = {
  id: '4:db:76',
  labels: ['Entity', 'Organization'],
  properties: { id: 'org:江津区委', name: '江津区委', aliases: [], mentions: 1 },
};
export const articleNode: GraphNode = {
  id: '4:db:900',
  labels: ['Article'],
  properties: { id: 'article:000_x.txt#0', title: '江津：打造西部陆海新通道重庆主枢纽' },
};
export const secretaryEdge: GraphEdge = {
  id: '5:db:131',
  type: 'HOLDS_POSITION',
  source: tangNode.id,
  target: committeeNode.id,
  properties: {
    key: 'HOLDS_POSITION|person:唐大军|org:江津区委|书记',
    title: '书记',
    confidence: 0.9,
    rule: 'office-chain',
    evidence_text: ['市人大代表、江津区委书记 唐大军', '江津区委书记唐大军说'],
    evidence_date: ['2025-01-20', ''],
  },
};
export const mentionEdge: GraphEdge = {
  id: '5:db:700',
  type: 'MENTIONED_IN',
  source: tangNode.id,
  target: articleNode.id,
  properties: { count: 2 },
};
/** A relationship whose end node the answer does not carry. */
export const danglingEdge: GraphEdge = {
  id: '5:db:701',
  type: 'LEADS',
  source: tangNode.id,
  target: '4:db:404',
  properties: {},
};

/** MATCH (p)-[r]->(o) RETURN p, r, o.name, r.confidence, p.aliases, {who: p}, null, path */
export const answer: CypherResponse = {
  columns: ['p', 'r', 'name', 'confidence', 'aliases', 'map', 'nothing', 'path', 'fake'],
  rows: [
    [
      tangNode,
      secretaryEdge,
      '江津区委',
      0.9,
      ['唐', 3],
      { who: tangNode, at: 2025 },
      null,
      { nodes: [tangNode, committeeNode], relationships: [secretaryEdge] },
      // A user map that merely looks like a node: its id is not in the graph.
      { id: '4:db:999', labels: ['Person'], properties: {} },
    ],
  ],
  graph: { nodes: [tangNode, committeeNode, articleNode], edges: [secretaryEdge, mentionEdge, danglingEdge] },
  truncated: true,
};
