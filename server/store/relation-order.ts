/**
 * The order of an entity's relations (GET /api/entities/{id} pages are cut
 * from it by offset), the same from both stores: outgoing before incoming, then
 * by type, other end and title, compared by code point (string-order.ts, the
 * order Neo4j sorts in). Locale collation is several times slower on a hub's
 * thousands of relations and gives no order a reader relies on.
 */
import type { RelationView } from '../../schema/api.ts';
import { compareStrings } from './string-order.ts';

/** What the order looks at: a whole relation view, or the shape the Neo4j store reads before the page. */
export type OrderedRelation = Pick<RelationView, 'direction' | 'type' | 'title'> & { other: { id: string } };

export function compareRelationViews(a: OrderedRelation, b: OrderedRelation): number {
  return (
    compareStrings(b.direction, a.direction) ||
    compareStrings(a.type, b.type) ||
    compareStrings(a.other.id, b.other.id) ||
    compareStrings(a.title ?? '', b.title ?? '')
  );
}
