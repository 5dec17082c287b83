/**
 * A Cypher answer as a table, pure: each value becomes a cell the console
 * renders — nodes and relationships as chips (never `[object Object]`), paths
 * as chains of chips, lists and maps with their items, scalars as text.
 */
import type { CypherResponse } from '../../../schema/api.ts';
import { asNode, asPath, asRelationship, indexResult, nodeView, relationshipView, type NodeView, type RelationshipView, type ResultIndex } from './values.ts';

export type Cell =
  | { readonly kind: 'null' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly text: string }
  | { readonly kind: 'node'; readonly node: NodeView }
  | { readonly kind: 'relationship'; readonly relationship: RelationshipView }
  | { readonly kind: 'path'; readonly steps: readonly Cell[] }
  | { readonly kind: 'list'; readonly items: readonly Cell[] }
  | { readonly kind: 'map'; readonly entries: ReadonlyArray<readonly [string, Cell]> };

export interface ResultTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
  readonly truncated: boolean;
}

/** One value of a row as a cell. */
export function toCell(value: unknown, index: ResultIndex): Cell {
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((item) => toCell(item, index)) };
  if (typeof value !== 'object') return { kind: 'text', text: String(value) };
  const node = asNode(value, index);
  if (node !== undefined) return { kind: 'node', node: nodeView(node) };
  const relationship = asRelationship(value, index);
  if (relationship !== undefined) return { kind: 'relationship', relationship: relationshipView(relationship) };
  const path = asPath(value, index);
  if (path !== undefined) {
    const steps: Cell[] = [];
    path.nodes.forEach((pathNode, i) => {
      steps.push({ kind: 'node', node: nodeView(pathNode) });
      const step = path.relationships[i];
      if (step !== undefined) steps.push({ kind: 'relationship', relationship: relationshipView(step) });
    });
    return { kind: 'path', steps };
  }
  return { kind: 'map', entries: Object.entries(value).map(([key, item]) => [key, toCell(item, index)] as const) };
}

/** The answer's rows as cells under its columns. */
export function resultToTable(response: CypherResponse): ResultTable {
  const index = indexResult(response);
  return {
    columns: response.columns,
    rows: response.rows.map((row) => row.map((value) => toCell(value, index))),
    truncated: response.truncated,
  };
}

/** A cell as plain text (for copying, titles and tests). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'null':
      return 'null';
    case 'text':
    case 'number':
    case 'boolean':
      return cell.text;
    case 'node':
      return `(${cell.node.name}:${cell.node.typeLabel})`;
    case 'relationship':
      return `[:${cell.relationship.type}${cell.relationship.qualifier === null ? '' : ` ${cell.relationship.qualifier}`}]`;
    case 'path':
      return cell.steps.map(cellText).join('-');
    case 'list':
      return `[${cell.items.map(cellText).join(', ')}]`;
    case 'map':
      return `{${cell.entries.map(([key, item]) => `${key}: ${cellText(item)}`).join(', ')}}`;
  }
}
