import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { parse as parseGraphml } from 'graphology-graphml/node';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { syncGraph } from '../graph/sync.ts';
import { emptyDataset, mergeSubgraph } from '../state/dataset.ts';
import { jiangjin, npc, subgraph, tang, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { JSON_EXPORT_FORMAT, writeJson } from './json.ts';
import { exportModel } from './model.ts';

const odd = { ...npc, name: '重庆市人大 <&"\'>' };
const dataset = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin, odd], [tangSecretary, tangDeputy]), { origin: 'overview' });
const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
syncGraph(graph, dataset, 1);
const visible = { nodes: dataset.nodes, edges: dataset.edges };

describe('export model', () => {
  it('carries evidence and source ids on every relation', () => {
    const model = exportModel(graph, visible);
    const edge = model.edges.find((e) => e.id === tangSecretary.key);
    expect(edge?.attributes['sources']).toBe('source:000_sample.txt');
    expect(JSON.parse(String(edge?.attributes['evidence']))[0]).toMatchObject({ text: tangSecretary.evidence[0]?.text, start: 0 });
  });
});

describe('GEXF and GraphML', () => {
  it('parse back with the same nodes, edges and attributes', () => {
    const model = exportModel(graph, visible);
    for (const text of [writeGexf(model), writeGraphml(model)]) {
      const parsed = text.includes('<gexf') ? parseGexf(MultiDirectedGraph, text) : parseGraphml(MultiDirectedGraph, text);
      expect(parsed.order).toBe(3);
      expect(parsed.size).toBe(2);
      expect(parsed.getNodeAttribute(odd.id, 'label')).toBe(odd.name);
      const edge = parsed.findEdge((_key, attributes) => attributes['relationType'] === 'HOLDS_POSITION' && attributes['title'] === '书记');
      expect(edge).toBeDefined();
      expect(parsed.getEdgeAttribute(edge ?? '', 'sources')).toBe('source:000_sample.txt');
      expect(String(parsed.getEdgeAttribute(edge ?? '', 'evidence'))).toContain('江津区委书记');
    }
  });
});

describe('JSON', () => {
  it('holds the visible entities with positions and the relations with evidence', () => {
    const parsed = JSON.parse(writeJson(graph, visible));
    expect(parsed.format).toBe(JSON_EXPORT_FORMAT);
    expect(parsed.nodes).toHaveLength(3);
    expect(parsed.nodes[0]).toHaveProperty('x');
    expect(parsed.edges[0].evidence[0].source).toBe('source:000_sample.txt');
  });
});
