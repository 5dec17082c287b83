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
import { divisionsNamed } from './gazetteer/divisions.ts';

export interface ResolveContext {
  /** The city a bare 市 refers to (重庆). */
  city?: string;
  /** The full name of the province a bare 省 refers to (四川省), where the text is about a province. */
  province?: string;
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

const comparableCache = new Map<string, string>();

/** Width-folded, simplified, quote- and space-free form used to compare names (memoised). */
export function comparableName(name: string): string {
  let key = comparableCache.get(name);
  if (key === undefined) {
    key = toSimplified(name.normalize('NFKC')).replace(QUOTES, '');
    if (comparableCache.size > 200_000) comparableCache.clear();
    comparableCache.set(name, key);
  }
  return key;
}

const simplifiedCache = new Map<string, string>();

function simplified(name: string): string {
  let out = simplifiedCache.get(name);
  if (out === undefined) {
    out = toSimplified(name.normalize('NFKC'));
    if (simplifiedCache.size > 200_000) simplifiedCache.clear();
    simplifiedCache.set(name, out);
  }
  return out;
}

/**
 * The canonical name of an entity: what the rule chose, widths folded and
 * simplified; organisations lose a leading 中共 and a bare 市 takes the city
 * (市发展改革委 → 重庆市发展改革委).
 */
export function canonicalName(type: EntityType, name: string, ctx: ResolveContext): string {
  let canonical = simplified(name).replace(/\s+/gu, '');
  if (type === 'Document') canonical = canonical.replace(/^《(.*)》$/u, '$1');
  // National party sessions: 党的二十届四中全会 = 中共二十届四中全会 = 二十届四中全会.
  if (type === 'Event') canonical = canonical.replace(/^(?:党的|中共)(?=第?[一二三四五六七八九十]+届)/u, '');
  if (type !== 'Organization' && type !== 'Event' && type !== 'Document') return canonical;
  canonical = canonical.replace(/^中共(?=\p{Script=Han}{1,6}?(?:省|市|区|县)委)/u, '');
  if (ctx.city && canonical.startsWith('市') && canonical.length > 1) canonical = `${ctx.city}${canonical}`;
  // 省委, 省政府 in a text about 四川 are 四川省委, 四川省政府 (a municipality has no 省).
  else if (ctx.province && /^省(?!市)\p{Script=Han}/u.test(canonical)) canonical = `${ctx.province}${canonical.slice(1)}`;
  // A province's or autonomous region's government is written 省政府 but named 人民政府 (四川省人民政府).
  return canonical.endsWith('政府') ? canonical.replace(/^(\p{Script=Han}{2,12}(?:省|自治区))政府$/u, '$1人民政府') : canonical;
}

interface Draft {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  attributes?: Record<string, string | number | boolean> | undefined;
  mentions: number;
}

/** Resolves mentions (and relation endpoints) into entities. */
export function resolveEntities(mentions: readonly LocatedMention[], refs: readonly EntityRef[], ctx: ResolveContext): Resolution {
  const drafts = new Map<string, Draft>();
  const counts = new Map<string, Map<number, number>>();
  // A document names the same thing many times: each written form is made canonical once.
  const known = new Map<string, { canonical: string; id: string }>();
  const resolved = (type: EntityType, name: string) => {
    const key = `${type}|${name}`;
    let found = known.get(key);
    if (!found) {
      const canonical = canonicalName(type, name, ctx);
      found = { canonical, id: entityId(type, canonical) };
      known.set(key, found);
    }
    return found;
  };
  const draftFor = (type: EntityType, name: string): [string, Draft] => {
    const { canonical, id } = resolved(type, name);
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
  const redirect = mergeVariants(drafts, counts);
  const entities = [...drafts.entries()].map(([id, d]) => toEntity(id, d));
  const idOf = (ref: EntityRef) => {
    const { id } = resolved(ref.type, ref.name);
    return redirect.get(id) ?? id;
  };
  return { entities, counts, idOf };
}

/** Types whose short forms are the end of the full name (双城经济圈 ⊂ 成渝地区双城经济圈). */
const SUFFIX_SHORTENED = new Set<EntityType>(['Initiative', 'Platform', 'Corridor', 'Event', 'Document', 'Organization']);

/** The ids in `set` other than `id` that are still drafts. */
function others(set: Set<string> | undefined, id: string, drafts: Map<string, Draft>): string[] {
  return [...(set ?? [])].filter((other) => other !== id && drafts.has(other));
}

/**
 * Merges entities that are written forms of one another within the document:
 * a name another entity declared as its alias (以下简称《建议》), and a name
 * that is the end of exactly one longer name of the same type (江北国际机场,
 * 重庆江北国际机场). Returns old id → surviving id.
 */
function mergeVariants(drafts: Map<string, Draft>, counts: Map<string, Map<number, number>>): Map<string, string> {
  const redirect = new Map<string, string>();
  const index = variantIndex(drafts);
  const ids = [...drafts.keys()].sort((a, b) => (drafts.get(a) as Draft).name.length - (drafts.get(b) as Draft).name.length);
  for (const id of ids) {
    const d = drafts.get(id) as Draft;
    const key = `${d.type}|${comparableName(d.name)}`;
    const declared = others(index.aliases.get(key), id, drafts);
    const longer = SUFFIX_SHORTENED.has(d.type) && key.length - d.type.length - 1 >= 4 ? others(index.endings.get(key.slice(-4)), id, drafts).filter((o) => endsLonger(drafts.get(o) as Draft, d, key)) : [];
    const targetId = declared.length === 1 ? declared[0] : longer.length === 1 ? longer[0] : undefined;
    if (targetId === undefined) continue;
    const t = drafts.get(targetId) as Draft;
    for (const alias of [d.name, ...d.aliases]) {
      t.aliases.add(alias);
      index.addAlias(targetId, t.type, alias);
    }
    t.mentions += d.mentions;
    t.attributes = d.attributes || t.attributes ? { ...d.attributes, ...t.attributes } : undefined;
    moveCounts(counts, id, targetId);
    drafts.delete(id);
    redirect.set(id, targetId);
    for (const [old, to] of redirect) if (to === id) redirect.set(old, targetId);
  }
  return redirect;
}

/** Whether `other`'s name is longer than `d`'s and ends with it (compared as `key`, type-prefixed). */
function endsLonger(other: Draft, d: Draft, key: string): boolean {
  return other.type === d.type && other.name.length > d.name.length && comparableName(other.name).endsWith(key.slice(d.type.length + 1));
}

/**
 * Look-ups for mergeVariants: drafts by each comparable alias (type-keyed), and
 * by the last four characters of their comparable names (the shortest ending
 * that can merge), confirmed with endsWith.
 */
function variantIndex(drafts: Map<string, Draft>) {
  const aliases = new Map<string, Set<string>>();
  const endings = new Map<string, Set<string>>();
  const put = (map: Map<string, Set<string>>, key: string, id: string) => {
    const set = map.get(key);
    if (set) set.add(id);
    else map.set(key, new Set([id]));
  };
  const addAlias = (id: string, type: EntityType, alias: string) => put(aliases, `${type}|${comparableName(alias)}`, id);
  for (const [id, d] of drafts) {
    for (const alias of d.aliases) addAlias(id, d.type, alias);
    const name = comparableName(d.name);
    if (name.length >= 4) put(endings, name.slice(-4), id);
  }
  return { aliases, endings, addAlias };
}

function moveCounts(counts: Map<string, Map<number, number>>, from: string, to: string): void {
  const moved = counts.get(from);
  if (!moved) return;
  const into = counts.get(to) ?? new Map<number, number>();
  for (const [article, n] of moved) into.set(article, (into.get(article) ?? 0) + n);
  counts.set(to, into);
  counts.delete(from);
}

/** A division's short form (四川省 → 四川) is how texts mostly write it: always an alias. */
function divisionShortName(d: Draft): string | undefined {
  if (d.type !== 'Place') return undefined;
  const division = divisionsNamed(d.name).find((x) => x.name === d.name);
  return division && division.short !== d.name ? division.short : undefined;
}

function toEntity(id: string, d: Draft): Entity {
  const short = divisionShortName(d);
  if (short) d.aliases.add(short);
  const entity: Entity = { id, type: d.type, name: d.name, aliases: [...d.aliases].filter((a) => a !== d.name).sort(), mentions: d.mentions };
  if (d.attributes) entity.attributes = d.attributes;
  return entity;
}
