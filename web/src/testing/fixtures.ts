/** Small entities, relations and details shared by the web unit tests. */
import type { EntityPage, Subgraph } from '../../../schema/api.ts';
import type { Entity, EntityType, StoredRelation } from '../../../schema/model.ts';

/** An entity of `type` named `name`, with the id scheme of schema/ids.ts. */
export function entity(type: EntityType, name: string, aliases: string[] = []): Entity {
  const prefix = { Person: 'person', Organization: 'org', Place: 'place' } as Partial<Record<EntityType, string>>;
  return { id: `${prefix[type] ?? type.toLowerCase()}:${name}`, type, name, aliases };
}

export const tang = entity('Person', '唐大军');
export const jiangjin = entity('Organization', '江津区委');
export const npc = entity('Organization', '重庆市人大', ['市人大']);
export const gao = entity('Person', '高健');
export const ndrc = entity('Organization', '重庆市发展改革委', ['市发展改革委']);

export const SENTENCE = '市人大代表、江津区委书记 唐大军';

/** A HOLDS_POSITION relation from `person` to `org` with one evidence sentence. */
export function holds(person: Entity, org: Entity, title: string, text = SENTENCE): StoredRelation {
  return {
    key: `HOLDS_POSITION|${person.id}|${org.id}|${title}`,
    type: 'HOLDS_POSITION',
    from: person.id,
    to: org.id,
    title,
    confidence: 0.9,
    rule: 'office-title',
    evidence: [{ text, source: 'source:000_sample.txt', start: 0, end: text.length, date: '2025-01-20' }],
  };
}

export const tangSecretary = holds(tang, jiangjin, '书记');
export const tangDeputy = holds(tang, npc, '代表');
export const gaoDirector = holds(gao, ndrc, '主任', '市发展改革委党组书记、主任高健');

/** A subgraph of the given nodes and edges. */
export function subgraph(nodes: Entity[], edges: StoredRelation[], truncated = false): Subgraph {
  return { nodes, edges, truncated };
}

/** 唐大军's detail as GET /api/entities/person:唐大军 returns it. */
export const tangDetail: EntityPage = {
  entity: tang,
  relations: [tangSecretary, tangDeputy].map((relation) => ({
    key: relation.key,
    type: relation.type,
    direction: 'out' as const,
    other: relation.to === jiangjin.id ? { id: jiangjin.id, type: jiangjin.type, name: jiangjin.name } : { id: npc.id, type: npc.type, name: npc.name },
    title: relation.title,
    confidence: relation.confidence,
    rule: relation.rule,
    evidence: relation.evidence,
    evidenceTotal: relation.evidence.length,
  })),
  relationsTotal: 2,
};
