/**
 * What one document says about whom a person works for, written onto the
 * entities for the store's homonym check (schema/affiliations.ts): each
 * organisation gets its jurisdiction (the province-level place its name
 * starts with, or the document's for a bare 市 body), each person the
 * organisations it holds a position in and their jurisdictions. Pure.
 */
import { affiliationAttributes } from '../schema/affiliations.ts';
import { entityId } from '../schema/ids.ts';
import type { Entity, ExtractedRelation } from '../schema/model.ts';
import { divisionByCode } from './gazetteer/divisions.ts';
import { lookupPlace, placePrefixLength } from './extract/places.ts';
import type { DocumentContext } from './extract/types.ts';

export const JURISDICTION = 'jurisdiction';

/** Bodies of the whole country: their names start with no place. */
const NATIONAL = /^(?:中共中央|党中央|中央|国务院|国家|全国|中国)/u;
const MAX_PLACE_PREFIX = 10;

/** The province-level place (or the country abroad) whose body `name` is, as an entity id. */
export function jurisdictionOf(name: string, doc: Pick<DocumentContext, 'province'>): string | undefined {
  const bare = name.replace(/^中共/u, '');
  if (NATIONAL.test(bare)) return undefined;
  const length = placePrefixLength(bare, doc, MAX_PLACE_PREFIX);
  const place = length > 0 ? lookupPlace(bare.slice(0, length), doc) : undefined;
  if (!place) return undefined;
  const code = place.attributes.code;
  if (place.attributes.kind !== 'division' || code === undefined) return entityId('Place', place.name);
  const province = divisionByCode(`${code.slice(0, 2)}0000`);
  return entityId('Place', province?.name ?? place.name);
}

/** `entities` with organisation jurisdictions and person affiliations from the document's HOLDS_POSITION relations. */
export function withAffiliations(entities: readonly Entity[], relations: readonly ExtractedRelation[], doc: Pick<DocumentContext, 'province'>): Entity[] {
  const jurisdictions = new Map<string, string>();
  for (const e of entities) {
    const place = e.type === 'Organization' ? jurisdictionOf(e.name, doc) : undefined;
    if (place) jurisdictions.set(e.id, place);
  }
  const held = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.type !== 'HOLDS_POSITION') continue;
    const orgs = held.get(r.from) ?? new Set<string>();
    orgs.add(r.to);
    held.set(r.from, orgs);
  }
  return entities.map((e) => {
    const place = jurisdictions.get(e.id);
    if (place) return { ...e, attributes: { ...e.attributes, [JURISDICTION]: place } };
    const orgs = e.type === 'Person' ? held.get(e.id) : undefined;
    if (!orgs) return e;
    const places = [...orgs].flatMap((org) => jurisdictions.get(org) ?? []);
    return { ...e, attributes: { ...e.attributes, ...affiliationAttributes(orgs, places) } };
  });
}
