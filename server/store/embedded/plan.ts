/**
 * Plans what an upsert or a delete does to the embedded store, without touching
 * it: for every entity and relation the source names (before or after), the
 * attributes it will have, recomputed from the source records that remain. The
 * store writes the snapshot first and applies the plan only when that succeeded.
 */
import type { Entity, StoredRelation } from '../../../schema/model.ts';
import { mergeEntity, mergeRelation, type SourceRecord } from './records.ts';
import type { Change, EdgeTransition, EmbeddedState, NodeAttributes, Transition } from './state.ts';

/** The change that makes `record` the current content of its source (new or replacing). */
export function planUpsert(state: EmbeddedState, record: SourceRecord): Change {
  return planSourceChange(state, record.doc.source.id, record);
}

/** The change that removes a source and whatever only it supported. */
export function planDelete(state: EmbeddedState, sourceId: string): Change {
  return planSourceChange(state, sourceId, undefined);
}

interface PlanContext {
  state: EmbeddedState;
  sourceId: string;
  previous: SourceRecord | undefined;
  next: SourceRecord | undefined;
}

function planSourceChange(state: EmbeddedState, sourceId: string, next: SourceRecord | undefined): Change {
  const previous = state.sources.get(sourceId);
  const context: PlanContext = { state, sourceId, previous, next };
  const entityIds = new Set([...(previous?.entities.keys() ?? []), ...(next?.entities.keys() ?? [])]);
  const relations = new Map([...(previous?.relations ?? []), ...(next?.relations ?? [])]);
  return {
    nodes: [...entityIds].map((id) => planNode(context, id)),
    edges: [...relations.values()].map((relation) => planEdge(context, relation)),
    source: { id: sourceId, before: previous, after: next },
  };
}

function recordOf(context: PlanContext, sourceId: string): SourceRecord | undefined {
  return sourceId === context.sourceId ? context.next : context.state.sources.get(sourceId);
}

function planNode(context: PlanContext, id: string): Transition<NodeAttributes> {
  const { graph } = context.state;
  const before = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
  const seen = context.next?.entities.get(id);
  const sources = nextSources(before?.sources, context.sourceId, seen !== undefined);
  if (sources.length === 0) return { id, before, after: undefined };
  // A source that did not name the entity before only adds to it; otherwise recompute from what remains.
  const entity =
    before && seen && !context.previous?.entities.has(id)
      ? mergeEntity(before.entity, seen, context.next?.mentions.get(id) ?? 0)
      : sources.reduce<Entity | undefined>((known, s) => {
          const record = recordOf(context, s);
          const sighting = record?.entities.get(id);
          return sighting ? mergeEntity(known, sighting, record?.mentions.get(id) ?? 0) : known;
        }, undefined);
  return { id, before, after: entity ? { entity, sources } : undefined };
}

/** `shape` is the relation as the previous or next record has it: it gives the key and endpoints. */
function planEdge(context: PlanContext, shape: StoredRelation): EdgeTransition {
  const { graph } = context.state;
  const { key } = shape;
  const before = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
  const seen = context.next?.relations.get(key);
  const sources = nextSources(before?.sources, context.sourceId, seen !== undefined);
  const ends = { id: key, from: shape.from, to: shape.to, before };
  if (sources.length === 0) return { ...ends, after: undefined };
  const relation =
    before && seen && !context.previous?.relations.has(key)
      ? mergeRelation(before.relation, seen)
      : sources.reduce<StoredRelation | undefined>((known, s) => {
          const sighting = recordOf(context, s)?.relations.get(key);
          return sighting ? mergeRelation(known, sighting) : known;
        }, undefined);
  return { ...ends, after: relation ? { relation, sources } : undefined };
}

/** The sources that will support a node or edge: the others it had, plus this one if it still names it. */
function nextSources(current: string[] | undefined, sourceId: string, named: boolean): string[] {
  const others = (current ?? []).filter((s) => s !== sourceId);
  return named ? [...others, sourceId] : others;
}
