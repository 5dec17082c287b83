/**
 * An entity's attributes in a readable form, pure: for places the kind,
 * level, division code and the enclosing division (named when it is loaded);
 * for persons the organisations and jurisdictions seen, and the homonym groups
 * when the name may stand for different people. Entity ids become named links.
 */
import type { Entity } from '../../../schema/model.ts';
import type { MessageKey } from '../i18n/index.ts';

/** An entity a fact points at: its id and the name to show. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
}

export type FactValue =
  | { readonly kind: 'text'; readonly text: string }
  /** A value with a translated name (a level, a kind), and the raw value beside it. */
  | { readonly kind: 'term'; readonly key: MessageKey; readonly raw: string }
  | { readonly kind: 'entities'; readonly entities: readonly EntityRef[] };

export interface Fact {
  /** A known attribute's translated label, or the raw name of one the explorer does not know. */
  readonly label: { readonly key: MessageKey } | { readonly raw: string };
  readonly value: FactValue;
}

/** What the panel knows about other entities: a name by id, a place by division code. */
export interface FactLookup {
  nameOf(id: string): string | undefined;
  placeByCode(code: string): EntityRef | undefined;
}

// The list formats of schema/affiliations.ts (web imports only types from schema/).
const MEMBER_SEPARATOR = '|';
const GROUP_SEPARATOR = ' ; ';

const HIDDEN = new Set(['possible_homonym', 'homonym_groups']);
const ORDER = ['kind', 'level', 'code', 'parent', 'iso', 'jurisdiction', 'affiliations', 'jurisdictions'];
const TERMS: Readonly<Record<string, readonly string[]>> = {
  kind: ['division', 'country', 'region', 'city'],
  level: ['province', 'city', 'district'],
};

/** The name to show for an entity id: the loaded entity's name, else the name part of the id. */
export function refOf(id: string, lookup: FactLookup): EntityRef {
  return { id, name: lookup.nameOf(id) ?? id.slice(id.indexOf(':') + 1) };
}

function valueOf(name: string, value: string | number | boolean, lookup: FactLookup): FactValue {
  const text = String(value);
  if (name in TERMS && TERMS[name]?.includes(text)) return { kind: 'term', key: `facts.${name}.${text}` as MessageKey, raw: text };
  if (name === 'parent') {
    const place = lookup.placeByCode(text);
    return place === undefined ? { kind: 'text', text } : { kind: 'entities', entities: [place] };
  }
  if (name === 'affiliations' || name === 'jurisdictions' || name === 'jurisdiction') {
    return { kind: 'entities', entities: text.split(MEMBER_SEPARATOR).filter((id) => id !== '').map((id) => refOf(id, lookup)) };
  }
  return { kind: 'text', text };
}

/** The entity's attributes as facts: known ones first in a fixed order, then any others by name. */
export function entityFacts(entity: Entity, lookup: FactLookup): Fact[] {
  const attributes = entity.attributes ?? {};
  const names = Object.keys(attributes).filter((name) => !HIDDEN.has(name));
  const rank = (name: string): number => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => ({
    label: ORDER.includes(name) ? { key: `facts.${name}` as MessageKey } : { raw: name },
    value: valueOf(name, attributes[name] as string | number | boolean, lookup),
  }));
}

/**
 * The groups of a person flagged `possible_homonym` (each group: the bodies and
 * jurisdictions seen together), or null when the entity carries no such flag.
 */
export function homonymGroups(entity: Entity, lookup: FactLookup): EntityRef[][] | null {
  const attributes = entity.attributes ?? {};
  const flagged = attributes['possible_homonym'] === true || attributes['possible_homonym'] === 'true';
  const stored = attributes['homonym_groups'];
  if (!flagged) return null;
  if (typeof stored !== 'string' || stored === '') return [];
  return stored.split(GROUP_SEPARATOR).map((group) => group.split(MEMBER_SEPARATOR).filter((id) => id !== '').map((id) => refOf(id, lookup)));
}
