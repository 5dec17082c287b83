/**
 * The console's answer as an HTML table: cells from cypher/table.ts, nodes as
 * chips in their type's colour (an entity's chip opens its panel),
 * relationships as chips with their type, qualifier and confidence (the rule
 * in the tooltip), paths as chains of chips.
 */
import type { Translate } from '../../i18n/index.ts';
import { cellText, type Cell, type ResultTable } from '../../cypher/table.ts';
import type { NodeView, RelationshipView } from '../../cypher/values.ts';
import { h, type Child } from '../dom.ts';
import { formatConfidence } from '../trust.ts';

/** Text longer than this gets a column wide enough to read it (an evidence sentence). */
const LONG_TEXT = 24;

function nodeChip(node: NodeView, t: Translate, open: (entityId: string) => void): HTMLElement {
  const content = [h('span', { class: 'dot', style: `background:${node.color}`, 'aria-hidden': 'true' }), h('span', { class: 'chip-name' }, node.name), h('span', { class: 'chip-label' }, node.typeLabel)];
  if (node.entityId === null) return h('span', { class: 'chip node-chip', title: node.typeLabel }, ...content);
  const entityId = node.entityId;
  return h(
    'button',
    { type: 'button', class: 'chip node-chip', 'data-entity': entityId, title: t('console.openEntity', { name: node.name }), on: { click: () => open(entityId) } },
    ...content,
  );
}

function relationshipChip(relationship: RelationshipView, t: Translate): HTMLElement {
  const confidence = relationship.confidence === null ? null : formatConfidence(relationship.confidence);
  const title = confidence === null || relationship.rule === null ? relationship.type : t('console.relationshipTrust', { type: relationship.type, confidence, rule: relationship.rule });
  return h(
    'span',
    { class: 'chip relationship-chip', style: `border-color:${relationship.color}`, title, 'data-type': relationship.type },
    h('span', { class: 'chip-type' }, `:${relationship.type}`),
    relationship.qualifier === null ? null : h('span', { class: 'chip-name' }, relationship.qualifier),
    confidence === null ? null : h('span', { class: 'chip-label' }, confidence),
  );
}

function joined(items: readonly Child[], separator: string): Child[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** One cell's content. */
export function cellElement(cell: Cell, t: Translate, open: (entityId: string) => void): HTMLElement {
  switch (cell.kind) {
    case 'null':
      return h('span', { class: 'cell-null' }, 'null');
    case 'text':
      return h('span', { class: cell.text.length > LONG_TEXT ? 'cell-text cell-long' : 'cell-text' }, cell.text);
    case 'number':
    case 'boolean':
      return h('span', { class: 'cell-number' }, cell.text);
    case 'node':
      return nodeChip(cell.node, t, open);
    case 'relationship':
      return relationshipChip(cell.relationship, t);
    case 'path':
      return h('span', { class: 'cell-path' }, ...joined(cell.steps.map((step) => cellElement(step, t, open)), '—'));
    case 'list':
      return h('span', { class: 'cell-list' }, '[', ...joined(cell.items.map((item) => cellElement(item, t, open)), ', '), ']');
    case 'map':
      return h('span', { class: 'cell-map', title: cellText(cell) }, '{', ...joined(cell.entries.map(([key, item]) => h('span', {}, h('span', { class: 'cell-key' }, `${key}: `), cellElement(item, t, open))), ', '), '}');
  }
}

/** The table of `table`'s rows under its columns. */
export function tableElement(table: ResultTable, t: Translate, open: (entityId: string) => void): HTMLElement {
  return h(
    'table',
    { class: 'result-table' },
    h('thead', {}, h('tr', {}, ...table.columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cellElement(cell, t, open)))))),
  );
}
