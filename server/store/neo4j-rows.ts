/**
 * What one document writes to Neo4j, as parameter rows for `UNWIND $rows` queries:
 * the Source and Article nodes, MENTIONED_IN links, and relations grouped by
 * relationship type with their evidence as parallel lists (entity rows depend on
 * what the store holds: neo4j-entities.ts). Pure: built from the validated, deduplicated SourceRecord that
 * the embedded store uses too, so both stores read a document the same way.
 */
import type { Attributes, Entity, RelationType } from '../../schema/model.ts';
import { evidenceCount, type SourceRecord } from './embedded/records.ts';
import { storableAttributes } from './neo4j-entities.ts';
import { EVIDENCE_LISTS } from './neo4j-values.ts';

/** One MENTIONED_IN link: `target` is an Article id, or the Source id when no article applies. */
export interface MentionRow {
  entity: string;
  target: string;
  count: number;
  /** The surface forms this source used for the entity; entity aliases are recomputed from them. */
  aliases: string[];
  /** The attributes this source gave the entity (kept on the link for the same reason). */
  attributes: Attributes;
}

export type RelationRow = Record<string, string | number | null | string[] | number[]>;

export interface DocumentRows {
  source: Record<string, string | number>;
  articles: Record<string, string | number | null>[];
  articleMentions: MentionRow[];
  sourceMentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function aliasesOf(entity: Entity): string[] {
  return unique(entity.aliases.filter((alias) => alias !== entity.name));
}

function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** MENTIONED_IN rows: per entity and article, or one row to the source for an entity without mentions. */
function mentionRows(record: SourceRecord): { articleMentions: MentionRow[]; sourceMentions: MentionRow[] } {
  const { doc } = record;
  const articleIds = new Set(doc.articles.map((a) => a.id));
  const counts = new Map<string, MentionRow>();
  for (const mention of doc.mentions) {
    const target = articleIds.has(mention.article) ? mention.article : doc.source.id;
    const key = `${mention.entity}\u0000${target}`;
    const row = counts.get(key);
    if (row) row.count += mention.count;
    else {
      const entity = record.entities.get(mention.entity);
      counts.set(key, {
        entity: mention.entity,
        target,
        count: mention.count,
        aliases: entity ? aliasesOf(entity) : [],
        attributes: storableAttributes(entity?.attributes),
      });
    }
  }
  const named = new Set([...counts.values()].map((row) => row.entity));
  for (const entity of record.entities.values()) {
    if (named.has(entity.id)) continue;
    const count = record.mentions.get(entity.id) ?? 0;
    counts.set(`${entity.id}\u0000${doc.source.id}`, {
      entity: entity.id,
      target: doc.source.id,
      count,
      aliases: aliasesOf(entity),
      attributes: storableAttributes(entity.attributes),
    });
  }
  const rows = [...counts.values()];
  return {
    articleMentions: rows.filter((row) => row.target !== doc.source.id),
    sourceMentions: rows.filter((row) => row.target === doc.source.id),
  };
}

function relationRows(record: SourceRecord): Map<RelationType, RelationRow[]> {
  const rows = [...record.relations.values()].map((relation) => {
    const evidence = relation.evidence;
    return {
      type: relation.type,
      row: {
        key: relation.key,
        from: relation.from,
        to: relation.to,
        title: relation.title ?? null,
        role: relation.role ?? null,
        about: relation.about ?? null,
        confidence: relation.confidence,
        rule: relation.rule,
        [EVIDENCE_LISTS.text]: evidence.map((e) => e.text),
        [EVIDENCE_LISTS.source]: evidence.map((e) => e.source),
        [EVIDENCE_LISTS.start]: evidence.map((e) => e.start),
        [EVIDENCE_LISTS.end]: evidence.map((e) => e.end),
        [EVIDENCE_LISTS.article]: evidence.map((e) => e.article ?? ''),
        [EVIDENCE_LISTS.date]: evidence.map((e) => e.date ?? ''),
        [EVIDENCE_LISTS.rule]: evidence.map((e) => e.rule ?? relation.rule),
        [EVIDENCE_LISTS.confidence]: evidence.map((e) => e.confidence ?? relation.confidence),
      } satisfies RelationRow,
    };
  });
  const grouped = groupBy(rows, (r) => r.type);
  return new Map([...grouped].map(([type, list]) => [type, list.map((r) => r.row)]));
}

/** Every row one document writes. */
export function documentRows(record: SourceRecord): DocumentRows {
  const { source, text, articles } = record.doc;
  return {
    source: {
      id: source.id,
      path: source.path,
      name: source.name,
      sha256: source.sha256,
      title: source.title,
      encoding: source.encoding,
      chars: source.chars,
      ingested_at: source.ingestedAt,
      /** Evidence entries this source gives (stats add them up). */
      evidence: evidenceCount(record),
      text,
    },
    articles: articles.map((a) => ({
      id: a.id,
      source: a.source,
      index: a.index,
      title: a.title,
      byline: a.byline ?? null,
      date: a.date ?? null,
      start: a.start,
      end: a.end,
    })),
    ...mentionRows(record),
    relations: relationRows(record),
  };
}

/** Splits rows into batches of at most `size` for separate UNWIND statements. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
