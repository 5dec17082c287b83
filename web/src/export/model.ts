/**
 * What the file exports hold, pure: the visible graph, each node with its
 * entity fields, position and look, each relation with its qualifiers, its
 * evidence (as JSON) and the ids of the sources that support it.
 */
import type { Entity, StoredRelation } from '../../../schema/model.ts';
import type { Visible } from '../filters/apply.ts';
import type { ExplorerGraph } from '../graph/types.ts';

export type AttributeValue = string | number;

export interface ExportNode {
  readonly id: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface ExportModel {
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

/** The ids of the sources a relation's evidence comes from, sorted, joined by `|`. */
export function sourceIds(relation: StoredRelation): string {
  return [...new Set(relation.evidence.map((entry) => entry.source))].sort().join('|');
}

function nodeAttributes(entity: Entity, graph: ExplorerGraph): Record<string, AttributeValue> {
  const drawn = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : null;
  return {
    label: entity.name,
    entityType: entity.type,
    aliases: entity.aliases.join('|'),
    mentions: entity.mentions ?? 0,
    x: drawn?.x ?? 0,
    y: drawn?.y ?? 0,
    size: drawn?.size ?? 1,
    color: drawn?.color ?? '#999999',
  };
}

function edgeAttributes(relation: StoredRelation): Record<string, AttributeValue> {
  const evidence = relation.evidence.map(({ text, source, start, end, article, date }) => ({ text, source, start, end, article, date }));
  return {
    relationType: relation.type,
    title: relation.title ?? '',
    role: relation.role ?? '',
    about: relation.about ?? '',
    confidence: relation.confidence,
    rule: relation.rule,
    evidenceCount: relation.evidence.length,
    evidence: JSON.stringify(evidence),
    sources: sourceIds(relation),
  };
}

/** The visible graph as exported: nodes and relations the filters let through, in the graph's order. */
export function exportModel(graph: ExplorerGraph, visible: Visible): ExportModel {
  const nodes = [...visible.nodes.values()].filter((entity) => graph.hasNode(entity.id)).map((entity) => ({
    id: entity.id,
    attributes: nodeAttributes(entity, graph),
  }));
  const edges = [...visible.edges.values()].filter((relation) => graph.hasEdge(relation.key)).map((relation) => ({
    id: relation.key,
    source: relation.from,
    target: relation.to,
    attributes: edgeAttributes(relation),
  }));
  return { nodes, edges };
}
