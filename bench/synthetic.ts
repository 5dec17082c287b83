/**
 * A synthetic corpus for store benchmarks: `documents` IngestDocuments of
 * `relationsPerDocument` distinct relations each (all eight relation types, with
 * titles, roles and one evidence sentence per relation), over entity pools
 * large enough that documents share entities the way news articles do. Pure and
 * deterministic: the same arguments give the same documents.
 */
import { createHash } from 'node:crypto';
import { articleId, entityId, relationKey, sourceId } from '../schema/ids.ts';
import type { Entity, EntityType, ExtractedRelation, IngestDocument, RelationType } from '../schema/model.ts';

interface Shape {
  type: RelationType;
  from: EntityType;
  to: EntityType;
  title?: string;
  role?: string;
}

const SHAPES: Shape[] = [
  { type: 'HOLDS_POSITION', from: 'Person', to: 'Organization', title: '书记' },
  { type: 'HOLDS_POSITION', from: 'Person', to: 'Organization', title: '主任' },
  { type: 'ATTENDED', from: 'Person', to: 'Event', role: '嘉宾' },
  { type: 'LEADS', from: 'Person', to: 'Initiative' },
  { type: 'IMPLEMENTS', from: 'Place', to: 'Initiative' },
  { type: 'HOSTS', from: 'Place', to: 'Platform' },
  { type: 'LOCATED_IN', from: 'Organization', to: 'Place' },
  { type: 'PART_OF', from: 'Initiative', to: 'Place' },
  { type: 'COOPERATES_WITH', from: 'Organization', to: 'Organization' },
];

/** Entities per type: persons and organisations many, places few (so places become hubs). */
export const POOL: Record<EntityType, number> = {
  Person: 60_000,
  Organization: 20_000,
  Place: 3_000,
  Corridor: 500,
  Platform: 5_000,
  Initiative: 15_000,
  Event: 8_000,
  Document: 1_000,
};

const DIGITS = '零一二三四五六七八九';

/** A Chinese-looking name, unique per (type, n). */
function nameOf(type: EntityType, n: number): string {
  const digits = String(n)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('');
  const suffix: Record<EntityType, string> = {
    Person: '某',
    Organization: '委员会',
    Place: '区',
    Corridor: '通道',
    Platform: '平台',
    Initiative: '行动计划',
    Event: '大会',
    Document: '纲要',
  };
  return `${type === 'Person' ? '张' : '第'}${digits}${suffix[type]}`;
}

/** Entity `n` of `type`'s pool. */
export function entity(type: EntityType, n: number): Entity {
  const name = nameOf(type, n);
  return { id: entityId(type, name), type, name, aliases: [] };
}

/**
 * The g-th relation of the whole corpus: its shape cycles, and its two ends are
 * chosen so that (shape, from, to) never repeats for g below the pools' product.
 */
function relationEnds(g: number): { shape: Shape; from: Entity; to: Entity } {
  const shape = SHAPES[g % SHAPES.length]!;
  const k = Math.floor(g / SHAPES.length);
  const fromIndex = k % POOL[shape.from];
  const spread = Math.floor(k / POOL[shape.from]) + k * 7919;
  // An entity never relates to itself: within one type, the other end skips the start.
  const toIndex =
    shape.from === shape.to ? (fromIndex + 1 + (spread % (POOL[shape.to] - 1))) % POOL[shape.to] : spread % POOL[shape.to];
  return { shape, from: entity(shape.from, fromIndex), to: entity(shape.to, toIndex) };
}

/**
 * Document `d` of a corpus whose documents hold `size` relations each. `prefix`
 * names its files; `offset` (in relations) moves it to relations no other corpus
 * of the run has.
 */
export function syntheticDocument(d: number, size: number, prefix = 'synthetic', offset = 0): IngestDocument {
  const file = `${prefix}_${String(d).padStart(5, '0')}.txt`;
  const source = sourceId(file);
  const article = articleId(file, 0);
  const entities = new Map<string, Entity>();
  const relations: ExtractedRelation[] = [];
  let text = '';
  for (let j = 0; j < size; j++) {
    const { shape, from, to } = relationEnds(offset + d * size + j);
    entities.set(from.id, from);
    entities.set(to.id, to);
    const sentence = `${from.name}与${to.name}：第${j}条。`;
    const start = text.length;
    text += sentence;
    relations.push({
      type: shape.type,
      from: from.id,
      to: to.id,
      ...(shape.title ? { title: shape.title } : {}),
      ...(shape.role ? { role: shape.role } : {}),
      confidence: 0.8,
      rule: 'synthetic',
      evidence: { text: sentence, source, start, end: start + sentence.length, article },
    });
  }
  return {
    source: {
      id: source,
      path: `synthetic/${file}`,
      name: file,
      sha256: createHash('sha256').update(text).digest('hex'),
      title: file,
      encoding: 'utf-8',
      chars: text.length,
      ingestedAt: '2025-01-20T08:00:00.000Z',
    },
    text,
    articles: [{ id: article, source, index: 0, title: file, start: 0, end: text.length }],
    entities: [...entities.values()],
    relations,
    mentions: [...entities.keys()].map((id) => ({ entity: id, article, count: 1 })),
  };
}

/** The keys of a document's relations (to check the corpus has no repeats). */
export function relationKeys(doc: IngestDocument): string[] {
  return doc.relations.map((r) => relationKey(r.type, r.from, r.to, r.title));
}
