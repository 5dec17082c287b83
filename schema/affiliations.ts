/**
 * Affiliations of a person and the homonym flag. Ingest sees one document, so
 * it writes what it knows of each person there: the organisations they hold a
 * position in (`affiliations`, entity ids) and the province-level places those
 * bodies belong to (`jurisdictions`, entity ids). A store merges the sightings
 * of one person id from several sources and groups them: two sightings belong
 * together when they share an organisation or a jurisdiction. More than one
 * group means the same name in unrelated bodies — `possible_homonym: true`,
 * with the groups in `homonym_groups`. The node stays one (ids stay stable and
 * the evidence stays together); the flag tells a reader to check. Pure, shared
 * by ingest and both stores so they agree.
 */
import type { Attributes } from './model.ts';

export const AFFILIATIONS = 'affiliations';
export const JURISDICTIONS = 'jurisdictions';
export const POSSIBLE_HOMONYM = 'possible_homonym';
export const HOMONYM_GROUPS = 'homonym_groups';

/** Members of a list attribute (ids never contain it). */
const MEMBER_SEPARATOR = '|';
/** Groups in `homonym_groups`. */
const GROUP_SEPARATOR = ' ; ';

/** The attributes ingest gives a person: its organisations and their jurisdictions in one document. */
export function affiliationAttributes(organizations: Iterable<string>, jurisdictions: Iterable<string>): Attributes {
  const attributes: Attributes = {};
  const orgs = sortedUnique(organizations);
  const places = sortedUnique(jurisdictions);
  if (orgs.length > 0) attributes[AFFILIATIONS] = orgs.join(MEMBER_SEPARATOR);
  if (places.length > 0) attributes[JURISDICTIONS] = places.join(MEMBER_SEPARATOR);
  return attributes;
}

/** The members of a list attribute. */
export function listAttribute(attributes: Attributes | undefined, name: string): string[] {
  const value = attributes?.[name];
  return typeof value === 'string' && value !== '' ? value.split(MEMBER_SEPARATOR) : [];
}

/** The groups a merged person already has: the stored groups, or everything it has as one group. */
function groupsOf(attributes: Attributes | undefined): string[][] {
  const stored = attributes?.[HOMONYM_GROUPS];
  if (typeof stored === 'string' && stored !== '') return stored.split(GROUP_SEPARATOR).map((g) => g.split(MEMBER_SEPARATOR));
  const all = [...listAttribute(attributes, AFFILIATIONS), ...listAttribute(attributes, JURISDICTIONS)];
  return all.length > 0 ? [all] : [];
}

/**
 * Groups of sightings linked by a shared organisation or jurisdiction (the
 * connected components), each sorted, in a fixed order whatever the order of
 * the sightings.
 */
export function affiliationGroups(sightings: readonly (Attributes | undefined)[]): string[][] {
  let groups: string[][] = [];
  for (const sighting of sightings) {
    for (const group of groupsOf(sighting)) {
      const members = new Set(group);
      const linked = groups.filter((g) => g.some((m) => members.has(m)));
      for (const g of linked) for (const m of g) members.add(m);
      groups = [...groups.filter((g) => !linked.includes(g)), [...members]];
    }
  }
  return groups.map((g) => sortedUnique(g)).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/**
 * The attributes of a person after one more sighting: other attributes as the
 * later sighting has them, affiliations and jurisdictions united, and the
 * homonym flag with its groups when the sightings fall into more than one group.
 */
export function mergeAffiliations(known: Attributes | undefined, seen: Attributes | undefined): Attributes {
  const merged: Attributes = { ...known, ...seen };
  Object.assign(
    merged,
    affiliationAttributes(
      [...listAttribute(known, AFFILIATIONS), ...listAttribute(seen, AFFILIATIONS)],
      [...listAttribute(known, JURISDICTIONS), ...listAttribute(seen, JURISDICTIONS)],
    ),
  );
  return withHomonymFlag(merged, affiliationGroups([known, seen]));
}

/** `attributes` with possible_homonym and homonym_groups set from `groups` (removed for one group or none). */
export function withHomonymFlag(attributes: Attributes, groups: readonly string[][]): Attributes {
  const out: Attributes = { ...attributes };
  delete out[POSSIBLE_HOMONYM];
  delete out[HOMONYM_GROUPS];
  if (groups.length > 1) {
    out[POSSIBLE_HOMONYM] = true;
    out[HOMONYM_GROUPS] = groups.map((g) => g.join(MEMBER_SEPARATOR)).join(GROUP_SEPARATOR);
  }
  return out;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort();
}
