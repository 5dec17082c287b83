import { describe, expect, it } from 'vitest';
import { answer, committeeNode, secretaryEdge, tangNode } from '../testing/cypherFixtures.ts';
import { cellText, resultToTable, toCell } from './table.ts';
import { indexResult } from './values.ts';

describe('resultToTable', () => {
  const table = resultToTable(answer);
  const row = table.rows[0] ?? [];

  it('keeps the columns, one cell per value, and the truncated flag', () => {
    expect(table.columns).toEqual(answer.columns);
    expect(table.rows).toHaveLength(1);
    expect(row).toHaveLength(answer.columns.length);
    expect(table.truncated).toBe(true);
  });

  it('turns nodes into chips named by their name and type label, with the entity id to open', () => {
    expect(row[0]).toEqual({
      kind: 'node',
      node: { id: tangNode.id, name: '唐大军', typeLabel: 'Person', color: '#d1343b', entityId: 'person:唐大军' },
    });
  });

  it('turns relationships into chips with type, title, confidence, rule and evidence dates', () => {
    expect(row[1]).toEqual({
      kind: 'relationship',
      relationship: { id: secretaryEdge.id, type: 'HOLDS_POSITION', color: '#1f77b4', qualifier: '书记', confidence: 0.9, rule: 'office-chain', dates: ['2025-01-20'] },
    });
  });

  it('keeps scalars, lists, maps and null readable: no [object Object]', () => {
    expect(row.slice(2, 7).map((cell) => (cell ? cellText(cell) : ''))).toEqual(['江津区委', '0.9', '[唐, 3]', '{who: (唐大军:Person), at: 2025}', 'null']);
    expect(row.map((cell) => (cell ? cellText(cell) : '')).join(' ')).not.toContain('[object');
  });

  it('turns a path into its chain of node and relationship chips', () => {
    expect(row[7]?.kind).toBe('path');
    expect(row[7] ? cellText(row[7]) : '').toBe('(唐大军:Person)-[:HOLDS_POSITION 书记]-(江津区委:Organization)');
  });

  it('treats a map shaped like a node whose id is not in the graph as a map', () => {
    expect(row[8]?.kind).toBe('map');
  });
});

describe('toCell', () => {
  it('names a node without a name by title, then id; a node without Entity has no entity id', () => {
    const index = indexResult({ graph: { nodes: [{ id: '4:x:1', labels: ['Source'], properties: { id: 'source:a.txt' } }], edges: [] } });
    expect(toCell({ id: '4:x:1', labels: ['Source'], properties: {} }, index)).toMatchObject({ kind: 'node', node: { name: 'source:a.txt', typeLabel: 'Source', entityId: null } });
  });

  it('shows a node of the graph as it is in the graph, even when the row repeats it', () => {
    const index = indexResult({ graph: { nodes: [committeeNode], edges: [] } });
    expect(toCell(committeeNode, index)).toMatchObject({ kind: 'node', node: { name: '江津区委', typeLabel: 'Organization' } });
  });
});
