/**
 * A Cypher script that rebuilds the graph in any Neo4j 5: parameter-free (every
 * value a properly escaped literal), idempotent (constraints IF NOT EXISTS, MERGE
 * on ids and relation keys, SET of whole values), with the labels, types and
 * properties the Neo4j store writes. Rows go in batches of UNWIND literals, one
 * statement per line group ending in `;`, so `cypher-shell -f graph.cypher` runs it.
 */
import type { Subgraph } from '../../schema/api.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type StoredRelation } from '../../schema/model.ts';
import { entityProperties, FLOAT_PROPERTIES, relationProperties, type PropertyValue } from './fields.ts';
import type { Exporter } from './registry.ts';

const BATCH = 200;

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Cypher string literal: quotes, backslashes and control characters escaped, lone surrogates replaced. */
export function cypherString(text: string): string {
  const body = text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd')
    .replace(/[\\'\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** A property name, backquoted when it is not a plain identifier. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

function numberLiteral(value: number, float: boolean): string {
  if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a Cypher number`);
  const text = String(value);
  return float && Number.isInteger(value) ? `${text}.0` : text;
}

/** A literal for a property value; `float` writes whole numbers as floats (0.0, 1.0). */
export function cypherValue(value: PropertyValue | PropertyValue[], float = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => cypherValue(v, float)).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  return numberLiteral(value, float);
}

function mapLiteral(entries: [string, string][]): string {
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${v}`).join(', ')}}`;
}

function entityRow(entity: Entity): string {
  const extra = Object.entries(entityProperties(entity)).map(([k, v]): [string, string] => [k, cypherValue(v)]);
  return mapLiteral([
    ['id', cypherString(entity.id)],
    ['name', cypherString(entity.name)],
    ['aliases', cypherValue(entity.aliases)],
    ['mentions', numberLiteral(entity.mentions ?? 0, false)],
    ['props', mapLiteral(extra)],
  ]);
}

function relationRow(relation: StoredRelation): string {
  const props = Object.entries(relationProperties(relation)).map(([k, v]): [string, string] => [
    k,
    cypherValue(v, FLOAT_PROPERTIES.has(k)),
  ]);
  return mapLiteral([
    ['from', cypherString(relation.from)],
    ['to', cypherString(relation.to)],
    ['key', cypherString(relation.key)],
    ['props', mapLiteral(props)],
  ]);
}

function* batched(rows: string[], statement: (list: string) => string): Iterable<string> {
  for (let i = 0; i < rows.length; i += BATCH) yield statement(`[\n  ${rows.slice(i, i + BATCH).join(',\n  ')}\n]`);
}

const SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n',
  ...RELATION_TYPES.map(
    (type) =>
      `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE;\n`,
  ),
];

function* chunks(graph: Subgraph): Iterable<string> {
  yield `// PolicyGraph graph: ${graph.nodes.length} entities, ${graph.edges.length} relations.\n`;
  yield '// Parameter-free and idempotent: run it again and nothing changes. cypher-shell -f graph.cypher\n';
  yield* SCHEMA;
  for (const type of ENTITY_TYPES) {
    const rows = graph.nodes.filter((e) => e.type === type).map(entityRow);
    yield* batched(rows, (list) =>
      `UNWIND ${list} AS row\nMERGE (e:Entity {id: row.id})\n` +
        `SET e:${type}, e.name = row.name, e.aliases = row.aliases, e.mentions = row.mentions, e += row.props;\n`,
    );
  }
  for (const type of RELATION_TYPES) {
    const rows = graph.edges.filter((r) => r.type === type).map(relationRow);
    yield* batched(rows, (list) =>
      `UNWIND ${list} AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\n` +
        `MERGE (a)-[r:${type} {key: row.key}]->(b)\nSET r = row.props;\n`,
    );
  }
}

export const cypherExporter: Exporter = {
  id: 'cypher',
  description: 'A parameter-free, idempotent Cypher script (MERGE) that rebuilds the graph in Neo4j 5',
  fileNames: ['graph.cypher'],
  mediaType: 'text/plain',
  files: (graph) => [{ name: 'graph.cypher', mediaType: 'text/plain', chunks: chunks(graph) }],
};
