/**
 * Entity resolution: one node per thing. Canonical names (bare 市 bodies carry
 * the document's city, 中共 dropped, widths folded, traditional characters
 * simplified), aliases for every other written form, stable ids from
 * schema/ids.ts, and mention counts per article. Pure.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Entity, EntityType } from '../schema/model.ts';
import { entityId } from '../schema/ids.ts';
import type { EntityRef, MentionFinding } from './extract/types.ts';

export interface ResolveContext {
  /** The city a bare 市 refers to (重庆). */
  city?: string;
}

export interface LocatedMention extends MentionFinding {
  article: number;
}

export interface Resolution {
  entities: Entity[];
  /** Entity id for a relation endpoint. */
  idOf(ref: EntityRef): string;
  /** Mention counts: entity id → article index → count. */
  counts: Map<string, Map<number, number>>;
}

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const QUOTES = /[“”"'‘’《》〈〉「」『』\s]/gu;

/** Width-folded, simplified, quote- and space-free form used to compare names. */
export function comparableName(name: string): string {
  return toSimplified(name.normalize('NFKC')).replace(QUOTES, '');
}

/**
 * The canonical name of an entity: what the rule chose, widths folded and
 * simplified; organisations lose a leading 中共 and a bare 市 takes the city
 * (市发展改革委 → 重庆市发展改革委).
 */
export function canonicalName(type: EntityType, name: string, ctx: ResolveContext): string {
  let canonical = toSimplified(name.normalize('NFKC')).replace(/\s+/gu, '');
  if (type === 'Document') canonical = canonical.replace(/^《(.*)》$/u, '$1');
  if (type !== 'Organization') return canonical;
  canonical = canonical.replace(/^中共(?=.)/u, '');
  if (ctx.city && canonical.startsWith('市') && canonical.length > 1) canonical = `${ctx.city}${canonical}`;
  return canonical;
}

interface Draft {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  attributes?: Record<string, string | number | boolean>;
  mentions: number;
}

/** Resolves mentions (and relation endpoints) into entities. */
export function resolveEntities(mentions: readonly LocatedMention[], refs: readonly EntityRef[], ctx: ResolveContext): Resolution {
  const drafts = new Map<string, Draft>();
  const counts = new Map<string, Map<number, number>>();
  const draftFor = (type: EntityType, name: string): [string, Draft] => {
    const canonical = canonicalName(type, name, ctx);
    const id = entityId(type, canonical);
    let draft = drafts.get(id);
    if (!draft) {
      draft = { type, name: canonical, aliases: new Set(), mentions: 0 };
      drafts.set(id, draft);
    }
    if (name !== canonical) draft.aliases.add(name);
    return [id, draft];
  };
  for (const m of mentions) {
    const [id, draft] = draftFor(m.type, m.name);
    draft.mentions++;
    for (const alias of [m.surface, ...(m.aliases ?? [])]) if (alias !== draft.name) draft.aliases.add(alias);
    if (m.attributes) draft.attributes = { ...draft.attributes, ...m.attributes };
    const perArticle = counts.get(id) ?? new Map<number, number>();
    perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
    counts.set(id, perArticle);
  }
  for (const ref of refs) draftFor(ref.type, ref.name);
  const entities = [...drafts.entries()].map(([id, d]) => toEntity(id, d));
  return { entities, counts, idOf: (ref) => entityId(ref.type, canonicalName(ref.type, ref.name, ctx)) };
}

function toEntity(id: string, d: Draft): Entity {
  const entity: Entity = { id, type: d.type, name: d.name, aliases: [...d.aliases].filter((a) => a !== d.name).sort(), mentions: d.mentions };
  if (d.attributes) entity.attributes = d.attributes;
  return entity;
}
