/**
 * API contract cases for GET /api/export: every format over the whole graph
 * and a subgraph, read back (JSON parsed, GEXF and GraphML parsed by graphology's
 * parsers, the CSV zip unpacked) and compared with what the store holds.
 */
import { unzipSync, strFromU8 } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { SubgraphSchema, type Subgraph } from '../../schema/api.ts';
import type { ApiContext } from './contract.ts';
import { LOADED, TANG, TANG_SECRETARY } from './fixtures.ts';
import { call, enc, expectProblem } from './http.ts';

const ids = (graph: Subgraph) => graph.nodes.map((n) => n.id).sort();
const keys = (graph: Subgraph) => graph.edges.map((e) => e.key).sort();

/** Registers these cases inside the contract's describe block. */
export function describeExportCases(context: ApiContext): void {
  const get = (path: string) => call(context.api(), path);

  describe('export', () => {
    it('json: the whole graph, equal to what the store exports', async () => {
      const res = await get('/api/export');
      expect(res.headers.get('content-disposition')).toContain('policygraph.json');
      const body = SubgraphSchema.parse(res.body);
      const whole = await context.store().exportGraph();
      expect(ids(body)).toEqual(ids(whole));
      expect(keys(body)).toEqual(keys(whole));
      expect(body.edges.reduce((n, e) => n + e.evidence.length, 0)).toBe(LOADED.evidence);
    });

    it('json: the subgraph around a seed holds the seed, its neighbours and the relations among them', async () => {
      const body = SubgraphSchema.parse((await get(`/api/export?seed=${enc(TANG)}&depth=1`)).body);
      const detail = await context.store().getEntity(TANG);
      expect(ids(body)).toEqual([TANG, ...new Set(detail.relations.map((r) => r.other.id))].sort());
      const kept = new Set(ids(body));
      expect(body.edges.every((e) => kept.has(e.from) && kept.has(e.to))).toBe(true);
      expect(keys(body)).toContain(TANG_SECRETARY);
      const seedOnly = SubgraphSchema.parse((await get(`/api/export?seed=${enc(TANG)}&depth=0`)).body);
      expect(ids(seedOnly)).toEqual([TANG]);
      expectProblem(await get(`/api/export?seed=${enc('person:无此人')}`), 404);
    });

    it('gexf: parses back with the same nodes, edges and evidence', async () => {
      const res = await get('/api/export?format=gexf');
      expect(res.type).toMatch(/^application\/gexf\+xml/);
      const graph = parseGexf(Graph, String(res.body));
      expect(graph.order).toBe(LOADED.entities);
      expect(graph.size).toBe(LOADED.relations);
      const edge = graph.getEdgeAttributes(TANG_SECRETARY);
      expect(edge.label).toBe('HOLDS_POSITION');
      expect(JSON.parse(String(edge.sources)).length).toBe(2);
      expect(JSON.parse(String(edge.evidence))).toEqual((await context.store().getEntity(TANG)).relations.find((r) => r.key === TANG_SECRETARY)?.evidence);
    });

    it('graphml: parses back with the same nodes, edges and evidence', async () => {
      const res = await get('/api/export?format=graphml');
      expect(res.type).toMatch(/^application\/graphml\+xml/);
      const graph = parseGraphml(Graph, String(res.body));
      expect(graph.order).toBe(LOADED.entities);
      expect(graph.size).toBe(LOADED.relations);
      const secretary = graph.findEdge((_key, attributes) => attributes.key === TANG_SECRETARY);
      expect(secretary).toBeDefined();
      const evidence = JSON.parse(String(graph.getEdgeAttribute(secretary!, 'evidence'))) as { source: string }[];
      expect(evidence.map((e) => e.source).sort()).toEqual(JSON.parse(String(graph.getEdgeAttribute(secretary!, 'sources'))).sort());
      expect(graph.findNode((_key, attributes) => attributes.id === TANG)).toBeDefined();
    });

    it('csv: a zip of nodes.csv, relationships.csv and import.txt, or one file of them', async () => {
      const res = await get('/api/export?format=csv');
      expect(res.type).toBe('application/zip');
      const files = unzipSync(new Uint8Array(res.bytes));
      expect(Object.keys(files).sort()).toEqual(['import.txt', 'nodes.csv', 'relationships.csv']);
      const nodes = strFromU8(files['nodes.csv']!).trimEnd().split('\n');
      expect(nodes[0]).toMatch(/^id:ID,:LABEL,name,aliases:string\[\],mentions:long/);
      expect(nodes).toHaveLength(LOADED.entities + 1);
      const single = await get('/api/export?format=csv&file=relationships.csv');
      expect(single.type).toMatch(/^text\/csv/);
      expect(String(single.body).split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,key:string,/);
      expect(strFromU8(files['import.txt']!)).toContain('neo4j-admin database import full');
      expect(expectProblem(await get('/api/export?format=csv&file=edges.csv'), 400).parameter).toBe('file');
    });

    it('cypher: a MERGE script naming every entity', async () => {
      const res = await get('/api/export?format=cypher');
      const script = String(res.body);
      expect(script).toContain('MERGE (e:Entity {id: row.id})');
      expect(script).not.toMatch(/\$\w/);
      expect(script).toContain(`'${TANG}'`);
    });

    it('refuses an unknown format or a bad depth', async () => {
      expect(expectProblem(await get('/api/export?format=pdf'), 400).parameter).toBe('format');
      expect(expectProblem(await get(`/api/export?seed=${enc(TANG)}&depth=4`), 400).parameter).toBe('depth');
    });
  });
}
