/**
 * Rows of the bulk write (neo4j-bulk.ts), pure: a group's relations merged by
 * key in document order, and the MENTIONED_IN and relation rows addressed by the
 * element ids of nodes the transaction has locked or made.
 */
import type { RelationType } from '../../schema/model.ts';
import type { DocumentRows, MentionRow, RelationRow } from './neo4j-rows.ts';
import { EVIDENCE_ON_RELATION } from './neo4j-evidence.ts';
import { EVIDENCE_LIST_NAMES, EVIDENCE_LISTS } from './neo4j-values.ts';

/** One relation of the group: its ends and the properties it is created with (or whose evidence is appended). */
export interface RelationWrite {
  key: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Element ids of the nodes a transaction has locked or made, by their ids. */
export type Elements = ReadonlyMap<string, string>;

/**
 * The group's relations, one per key: the first document's row, with the
 * evidence of later documents appended in order, the first role and about
 * given, and the highest confidence — what writing the documents one after
 * another leaves.
 */
export function groupRelations(rows: readonly DocumentRows[]): Map<RelationType, RelationWrite[]> {
  const byKey = new Map<string, { type: RelationType; write: RelationWrite }>();
  for (const doc of rows) {
    for (const [type, list] of doc.relations) {
      for (const row of list) {
        const key = String(row.key);
        const seen = byKey.get(key);
        if (seen) appendRow(seen.write.props, row);
        else byKey.set(key, { type, write: { key, from: String(row.from), to: String(row.to), props: withoutNulls(row) } });
      }
    }
  }
  const grouped = new Map<RelationType, RelationWrite[]>();
  for (const { type, write } of byKey.values()) {
    const list = grouped.get(type);
    if (list) list.push(write);
    else grouped.set(type, [write]);
  }
  return grouped;
}

function withoutNulls(row: RelationRow): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (value === null || name === 'from' || name === 'to') continue;
    props[name] = Array.isArray(value) ? [...value] : value;
  }
  return props;
}

function appendRow(props: Record<string, unknown>, row: RelationRow): void {
  if (props.role === undefined && row.role !== null) props.role = row.role;
  if (props.about === undefined && row.about !== null) props.about = row.about;
  if (Number(row.confidence) > Number(props.confidence)) props.confidence = row.confidence;
  for (const list of EVIDENCE_LIST_NAMES) (props[list] as unknown[]).push(...(row[list] as unknown[]));
}

function elementOf(elements: Elements, id: string): string {
  const element = elements.get(id);
  if (element === undefined) throw new Error(`bulk write: no node ${id} was locked or made in this transaction`);
  return element;
}

export interface NewRelation {
  link: { from: string; to: string; props: Record<string, unknown> };
  /** The entries beyond what the relationship keeps, when there are any (neo4j-evidence.ts). */
  batch?: Record<string, unknown>;
}

/**
 * A new relation between the element ids of its ends: its first
 * EVIDENCE_ON_RELATION entries and the count of all on the relationship, the
 * rest as a batch.
 */
export function newRelation(write: RelationWrite, elements: Elements): NewRelation {
  const count = (write.props[EVIDENCE_LISTS.source] as unknown[]).length;
  const props: Record<string, unknown> = { ...write.props, evidence_count: count };
  const link = { from: elementOf(elements, write.from), to: elementOf(elements, write.to), props };
  if (count <= EVIDENCE_ON_RELATION) return { link };
  const batch: Record<string, unknown> = { relation: write.key, at: EVIDENCE_ON_RELATION };
  for (const list of EVIDENCE_LIST_NAMES) {
    const entries = write.props[list] as unknown[];
    props[list] = entries.slice(0, EVIDENCE_ON_RELATION);
    batch[list] = entries.slice(EVIDENCE_ON_RELATION);
  }
  return { link, batch };
}

/** A MENTIONED_IN link between element ids; attributes only when the source gave the entity some. */
export interface MentionLink {
  entity: string;
  target: string;
  count: number;
  source: string;
  /** Null when the source used no other form (no property is stored then; readers take it as none). */
  aliases: string[] | null;
  attributes?: MentionRow['attributes'];
}

/** Every MENTIONED_IN link of the group, between element ids, each naming its source. */
export function mentionLinks(rows: readonly DocumentRows[], elements: Elements): MentionLink[] {
  const links: MentionLink[] = [];
  const add = (source: string, m: MentionRow) => {
    const link: MentionLink = { entity: elementOf(elements, m.entity), target: elementOf(elements, m.target), count: m.count, source, aliases: m.aliases.length > 0 ? m.aliases : null };
    if (Object.keys(m.attributes).length > 0) link.attributes = m.attributes;
    links.push(link);
  };
  for (const doc of rows) {
    const source = String(doc.source.id);
    for (const m of doc.articleMentions) add(source, m);
    for (const m of doc.sourceMentions) add(source, m);
  }
  return links;
}
