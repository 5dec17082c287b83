/**
 * The exporters on the sample corpus and on a graph of awkward values: GEXF and
 * GraphML validate against their XML Schemas and parse back (graphology's
 * parsers) to the same nodes, edges, evidence and source ids; the CSV files
 * parse back to the same entities and relations with neo4j-admin's header
 * format; the Cypher script's literals are escaped. Loading the CSV with the
 * real neo4j-admin and running the script in Neo4j: tests/export.neo4j.test.ts.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subgraph } from '../schema/api.ts';
import type { Entity, Evidence, StoredRelation } from '../schema/model.ts';
import { chooseArrayDelimiter, csvField } from '../server/export/csv.ts';
import { cypherString, cypherValue } from '../server/export/cypher.ts';
import { flatEdge, flatNode, xmlSafe } from '../server/export/fields.ts';
import { findExporter } from '../server/export/registry.ts';
import { fileText } from '../server/export/run.ts';
import { AWKWARD, sampleGraph } from './export/graphs.ts';
import { loadGraphSchemas, validateAgainst } from './export/schemas.ts';

let samples: Subgraph;
let schemas: Map<string, string>;

beforeAll(async () => {
  [samples, schemas] = await Promise.all([sampleGraph(), loadGraphSchemas()]);
}, 300_000);

function write(format: string, graph: Subgraph): Map<string, string> {
  const exporter = findExporter(format);
  if (!exporter) throw new Error(`no exporter ${format}`);
  return new Map(exporter.files(graph).map((file) => [file.name, fileText(file)]));
}

/** Values as they survive XML: characters XML cannot carry become U+FFFD. */
function xmlSafeValues(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v]));
}

const graphs = (): [string, Subgraph][] => [
  ['samples', samples],
  ['awkward values', AWKWARD],
];

describe('GEXF', () => {
  it('validates against the GEXF 1.2 schema, and a broken file does not', async () => {
    for (const [name, graph] of graphs()) {
      const gexf = write('gexf', graph).get('graph.gexf')!;
      expect(await validateAgainst(schemas, 'gexf.xsd', gexf), name).toEqual({ valid: true, errors: [] });
    }
    const broken = write('gexf', AWKWARD).get('graph.gexf')!.replace(/ source="[^"]*"/, '');
    expect((await validateAgainst(schemas, 'gexf.xsd', broken)).valid).toBe(false);
  });

  it('parses back to the same nodes and edges, with evidence and source ids on every edge', () => {
    for (const [name, graph] of graphs()) {
      const parsed = parseGexf(Graph, write('gexf', graph).get('graph.gexf')!);
      expect([parsed.order, parsed.size], name).toEqual([graph.nodes.length, graph.edges.length]);
      for (const entity of graph.nodes) {
        const { label, ...attributes } = xmlSafeValues(flatNode(entity));
        expect(parsed.getNodeAttributes(xmlSafe(entity.id))).toEqual({ label, ...attributes });
      }
      for (const relation of graph.edges) {
        const attributes = parsed.getEdgeAttributes(xmlSafe(relation.key));
        expect(attributes).toEqual({ label: relation.type, ...xmlSafeValues(flatEdge(relation)) });
        expect(JSON.parse(String(attributes.evidence))).toHaveLength(relation.evidence.length);
        expect(JSON.parse(String(attributes.sources))).toEqual([...new Set(relation.evidence.map((e) => e.source))]);
      }
    }
  });
});

describe('GraphML', () => {
  it('validates against the GraphML 1.0 schema, and a broken file does not', async () => {
    for (const [name, graph] of graphs()) {
      const graphml = write('graphml', graph).get('graph.graphml')!;
      expect(await validateAgainst(schemas, 'graphml.xsd', graphml), name).toEqual({ valid: true, errors: [] });
    }
    const broken = write('graphml', AWKWARD).get('graph.graphml')!.replace('<node id="n0">', '<node>');
    expect((await validateAgainst(schemas, 'graphml.xsd', broken)).valid).toBe(false);
  });

  it('parses back to the same nodes and edges, with evidence and source ids on every edge', () => {
    for (const [name, graph] of graphs()) {
      const parsed = parseGraphml(Graph, write('graphml', graph).get('graph.graphml')!);
      expect([parsed.order, parsed.size], name).toEqual([graph.nodes.length, graph.edges.length]);
      const nodes = new Map(parsed.mapNodes((key, attributes) => [String(attributes.id), key] as const));
      for (const entity of graph.nodes) {
        expect(parsed.getNodeAttributes(nodes.get(xmlSafe(entity.id))!)).toEqual({ id: xmlSafe(entity.id), ...xmlSafeValues(flatNode(entity)) });
      }
      const edges = new Map(parsed.mapEdges((key, attributes) => [String(attributes.key), key] as const));
      for (const relation of graph.edges) {
        const key = edges.get(xmlSafe(relation.key))!;
        expect(parsed.getEdgeAttributes(key)).toEqual(xmlSafeValues(flatEdge(relation)));
        expect(parsed.source(key)).toBe(nodes.get(xmlSafe(relation.from)));
        expect(parsed.target(key)).toBe(nodes.get(xmlSafe(relation.to)));
      }
    }
  });
});

type Row = Record<string, string>;

function split(value: string | undefined, delimiter: string): string[] {
  return value ? value.split(delimiter) : [];
}

function entityFromRow(row: Row, delimiter: string): Entity {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [header, value] of Object.entries(row)) {
    const [name, type] = header.split(':');
    if (!type || ['ID', 'LABEL', 'string[]', 'long'].includes(type) || value === '') continue;
    attributes[name!] = type === 'double' ? Number(value) : type === 'boolean' ? value === 'true' : value;
  }
  return {
    id: row['id:ID']!,
    type: split(row[':LABEL'], delimiter)[1] as Entity['type'],
    name: row.name!,
    aliases: split(row['aliases:string[]'], delimiter),
    mentions: Number(row['mentions:long']),
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

function relationFromRow(row: Row, delimiter: string): StoredRelation {
  const list = (name: string) => split(row[name], delimiter);
  const texts = list('evidence_text:string[]');
  const evidence: Evidence[] = texts.map((text, i) => ({
    text,
    source: list('evidence_source:string[]')[i]!,
    start: Number(list('evidence_start:long[]')[i]),
    end: Number(list('evidence_end:long[]')[i]),
    ...(list('evidence_article:string[]')[i] ? { article: list('evidence_article:string[]')[i]! } : {}),
    ...(list('evidence_date:string[]')[i] ? { date: list('evidence_date:string[]')[i]! } : {}),
    rule: list('evidence_rule:string[]')[i]!,
    confidence: Number(list('evidence_confidence:double[]')[i]),
  }));
  const optional = (name: 'title' | 'role' | 'about') => (row[`${name}:string`] ? { [name]: row[`${name}:string`]! } : {});
  return {
    type: row[':TYPE'] as StoredRelation['type'],
    from: row[':START_ID']!,
    to: row[':END_ID']!,
    ...optional('title'),
    ...optional('role'),
    ...optional('about'),
    confidence: Number(row['confidence:double']),
    rule: row['rule:string']!,
    key: row['key:string']!,
    evidence,
  };
}

describe('CSV for neo4j-admin database import', () => {
  it('writes the import header format and parses back to the same entities and relations', () => {
    for (const [name, graph] of graphs()) {
      const files = write('csv', graph);
      const delimiter = chooseArrayDelimiter(graph);
      expect(files.get('import.txt')).toContain(`--array-delimiter='${delimiter}'`);
      const nodes = parseCsv(files.get('nodes.csv')!, { columns: true, relax_quotes: false }) as Row[];
      const relationships = parseCsv(files.get('relationships.csv')!, { columns: true }) as Row[];
      expect(Object.keys(nodes[0]!).slice(0, 5)).toEqual(['id:ID', ':LABEL', 'name', 'aliases:string[]', 'mentions:long']);
      expect(Object.keys(relationships[0]!).slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
      const label = (row: Row) => split(row[':LABEL'], delimiter)[0];
      expect(nodes.every((row) => label(row) === 'Entity'), name).toBe(true);
      expect(nodes.map((row) => entityFromRow(row, delimiter)), name).toEqual(graph.nodes);
      expect(relationships.map((row) => relationFromRow(row, delimiter)), name).toEqual(graph.edges);
    }
    expect(chooseArrayDelimiter(AWKWARD)).toBe('¦');
  });

  it('quotes fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('Cypher script', () => {
  it('escapes string literals and writes floats as floats', () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString('back\\slash')).toBe("'back\\\\slash'");
    expect(cypherString('a\nb\tc\r')).toBe("'a\\nb\\tc\\r'");
    expect(cypherString('\u0001')).toBe("'\\u0001'");
    expect(cypherString('\ud800x')).toBe("'\ufffdx'");
    expect(cypherString('🚄')).toBe("'🚄'");
    expect(cypherValue([1, 0.5], true)).toBe('[1.0, 0.5]');
    expect(cypherValue([1, 2])).toBe('[1, 2]');
    expect(cypherValue(true)).toBe('true');
  });

  it('is parameter-free, idempotent by construction, and one statement per entity type or relation type batch', () => {
    const script = write('cypher', samples).get('graph.cypher')!;
    const statements = script.split(';\n').map((s) => s.trim()).filter(Boolean);
    expect(statements.every((s) => !/\bCREATE\s*\(/.test(s) && !/\$\w/.test(s))).toBe(true);
    const merges = statements.filter((s) => s.includes('MERGE'));
    expect(merges.every((s) => s.startsWith('UNWIND [') || s.startsWith('//'))).toBe(true);
    const entityRows = merges.filter((s) => s.includes('MERGE (e:Entity')).join('\n').match(/^ {2}\{id: /gm) ?? [];
    expect(entityRows).toHaveLength(samples.nodes.length);
    const relationRows = merges.filter((s) => s.includes('MERGE (a)-[r:')).join('\n').match(/^ {2}\{from: /gm) ?? [];
    expect(relationRows).toHaveLength(samples.edges.length);
  });
});
