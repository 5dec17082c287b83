/**
 * CSV for `neo4j-admin database import full`: nodes.csv and relationships.csv
 * with typed headers (`id:ID`, `:LABEL`, `aliases:string[]`, `:START_ID`,
 * `:END_ID`, `:TYPE`, `evidence_start:long[]` …), the same labels, types and
 * properties the Neo4j store writes, and import.txt with the command to run.
 * Arrays are joined with a delimiter that occurs in no value (';' unless a value
 * holds one), which the command passes as --array-delimiter.
 */
import type { Subgraph } from '../../schema/api.ts';
import type { Entity, StoredRelation } from '../../schema/model.ts';
import { entityProperties, relationProperties, type PropertyValue } from './fields.ts';
import type { ExportFile, Exporter } from './registry.ts';

const DELIMITER_CANDIDATES = [';', '|', '¦', '§', '¶', '‖', '†', '‡'];

/** A CSV field: quoted (quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The first candidate delimiter that no array value or label contains. */
export function chooseArrayDelimiter(graph: Subgraph): string {
  const values: string[] = [];
  for (const entity of graph.nodes) values.push(...entity.aliases);
  for (const relation of graph.edges) {
    for (const e of relation.evidence) values.push(e.text, e.source, e.article ?? '', e.date ?? '', e.rule ?? '');
  }
  const found = DELIMITER_CANDIDATES.find((d) => values.every((v) => !v.includes(d)));
  if (!found) throw new Error('Every array delimiter candidate occurs in the data; the CSV export cannot separate array values');
  return found;
}

type ColumnType = 'string' | 'double' | 'long' | 'boolean';

/** The extra entity property columns, each typed by its values (string when they disagree). */
function attributeColumns(nodes: readonly Entity[]): [string, ColumnType][] {
  const types = new Map<string, ColumnType>();
  for (const entity of nodes) {
    for (const [name, value] of Object.entries(entityProperties(entity))) {
      const type: ColumnType = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : 'string');
    }
  }
  // A header name cannot carry the header syntax's own characters.
  return [...types].filter(([name]) => /^[^:,"\r\n]+$/.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function cell(value: PropertyValue | PropertyValue[] | undefined, delimiter: string): string {
  if (value === undefined) return '';
  return csvField(Array.isArray(value) ? value.map(String).join(delimiter) : String(value));
}

function* nodeRows(graph: Subgraph, delimiter: string): Iterable<string> {
  const columns = attributeColumns(graph.nodes);
  const header = ['id:ID', ':LABEL', 'name', 'aliases:string[]', 'mentions:long', ...columns.map(([n, t]) => `${n}:${t}`)];
  yield `${header.map(csvField).join(',')}\n`;
  for (const entity of graph.nodes) {
    const extra = entityProperties(entity);
    const fields = [
      csvField(entity.id),
      csvField(['Entity', entity.type].join(delimiter)),
      csvField(entity.name),
      cell(entity.aliases, delimiter),
      String(entity.mentions ?? 0),
      ...columns.map(([name]) => cell(extra[name], delimiter)),
    ];
    yield `${fields.join(',')}\n`;
  }
}

const RELATION_COLUMNS: [string, string][] = [
  ['key', 'string'],
  ['title', 'string'],
  ['role', 'string'],
  ['about', 'string'],
  ['confidence', 'double'],
  ['rule', 'string'],
  ['evidence_text', 'string[]'],
  ['evidence_source', 'string[]'],
  ['evidence_start', 'long[]'],
  ['evidence_end', 'long[]'],
  ['evidence_article', 'string[]'],
  ['evidence_date', 'string[]'],
  ['evidence_rule', 'string[]'],
  ['evidence_confidence', 'double[]'],
];

function* relationshipRows(graph: Subgraph, delimiter: string): Iterable<string> {
  yield `:START_ID,:END_ID,:TYPE,${RELATION_COLUMNS.map(([n, t]) => `${n}:${t}`).join(',')}\n`;
  for (const relation of graph.edges) yield `${relationshipRow(relation, delimiter)}\n`;
}

function relationshipRow(relation: StoredRelation, delimiter: string): string {
  const properties = relationProperties(relation);
  const ends = [csvField(relation.from), csvField(relation.to), relation.type];
  return [...ends, ...RELATION_COLUMNS.map(([name]) => cell(properties[name], delimiter))].join(',');
}

/** The import command for these files (Neo4j 5), run with the database stopped. */
export function importCommand(delimiter: string): string {
  const quoted = delimiter === ';' ? "';'" : `'${delimiter}'`;
  return [
    'neo4j-admin database import full neo4j \\',
    '  --nodes=nodes.csv --relationships=relationships.csv \\',
    `  --array-delimiter=${quoted} --multiline-fields=true --overwrite-destination=true`,
  ].join('\n');
}

function instructions(delimiter: string): string {
  return [
    'PolicyGraph export for neo4j-admin database import (Neo4j 5).',
    `Arrays (aliases, evidence lists) and labels are separated by "${delimiter}".`,
    'Stop the database, run from this folder:',
    '',
    importCommand(delimiter),
    '',
    'then start Neo4j and apply the schema: policygraph schema apply (with NEO4J_URI set).',
    '',
  ].join('\n');
}

function files(graph: Subgraph): ExportFile[] {
  const delimiter = chooseArrayDelimiter(graph);
  return [
    { name: 'nodes.csv', mediaType: 'text/csv', chunks: nodeRows(graph, delimiter) },
    { name: 'relationships.csv', mediaType: 'text/csv', chunks: relationshipRows(graph, delimiter) },
    { name: 'import.txt', mediaType: 'text/plain', chunks: [instructions(delimiter)] },
  ];
}

export const csvExporter: Exporter = {
  id: 'csv',
  description: 'CSV for neo4j-admin database import: nodes.csv, relationships.csv and import.txt with the command',
  fileNames: ['nodes.csv', 'relationships.csv', 'import.txt'],
  mediaType: 'application/zip',
  files,
};
