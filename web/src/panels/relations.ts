/**
 * Pure helpers for the detail panel: relations grouped by type and direction,
 * the qualifier shown beside a relation, which file evidence comes from, and the
 * entity names to mark inside an evidence sentence.
 */
import type { Direction, RelationView } from '../../../schema/api.ts';
import type { Evidence, RelationType } from '../../../schema/model.ts';

export interface RelationGroup<R extends RelationView = RelationView> {
  readonly type: RelationType;
  readonly direction: Direction;
  readonly relations: readonly R[];
}

const RELATION_RANK: Readonly<Record<RelationType, number>> = {
  HOLDS_POSITION: 0,
  LEADS: 1,
  ATTENDED: 2,
  IMPLEMENTS: 3,
  HOSTS: 4,
  LOCATED_IN: 5,
  PART_OF: 6,
  COOPERATES_WITH: 7,
};

/** Groups relations by type and direction: types in a fixed order, outgoing before incoming, order kept within a group. */
export function groupRelations<R extends RelationView>(relations: readonly R[]): RelationGroup<R>[] {
  const groups = new Map<string, { type: RelationType; direction: Direction; relations: R[] }>();
  for (const relation of relations) {
    const id = `${relation.type}/${relation.direction}`;
    const group = groups.get(id) ?? { type: relation.type, direction: relation.direction, relations: [] };
    group.relations.push(relation);
    groups.set(id, group);
  }
  return [...groups.values()].sort(
    (a, b) => RELATION_RANK[a.type] - RELATION_RANK[b.type] || directionRank(a.direction) - directionRank(b.direction),
  );
}

function directionRank(direction: Direction): number {
  return direction === 'out' ? 0 : 1;
}

/** What qualifies a relation: the office (title), the part taken (role), or the subject (about). */
export function relationQualifier(relation: Pick<RelationView, 'title' | 'role' | 'about'>): string | undefined {
  return relation.title ?? relation.role ?? relation.about;
}

/** A readable name for an evidence's source: its file name (the date is shown with the rule, panels/trust.ts). */
export function sourceName(evidence: Pick<Evidence, 'source'>): string {
  return evidence.source.replace(/^source:/, '');
}

export interface TextSegment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits `text` into segments, marking every occurrence of the given terms
 * (longest first where they overlap), so the panel can highlight names in a sentence.
 */
export function markTerms(text: string, terms: readonly string[]): TextSegment[] {
  const wanted = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  const segments: TextSegment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const term = wanted.find((candidate) => text.startsWith(candidate, i));
    if (term === undefined) {
      plain += text.charAt(i);
      i += 1;
      continue;
    }
    if (plain !== '') segments.push({ text: plain, marked: false });
    plain = '';
    segments.push({ text: term, marked: true });
    i += term.length;
  }
  if (plain !== '') segments.push({ text: plain, marked: false });
  return segments;
}
