/** Relation filters and pages of GraphStore.entityPage: type, direction, evidence dates, limit, offset, evidence per relation. */
import { describe, expect, it } from 'vitest';
import type { EntityDetail, RelationView } from '../../schema/api.ts';
import { filterRelations, pageRelations } from './entity-page.ts';

const evidence = (date?: string) => ({ text: 's', source: 'source:a.txt', start: 0, end: 1, ...(date ? { date } : {}) });

function relation(type: RelationView['type'], direction: RelationView['direction'], dates: (string | undefined)[]): RelationView {
  return {
    key: `${type}|${direction}`,
    type,
    direction,
    other: { id: 'org:x', type: 'Organization', name: 'x' },
    confidence: 1,
    rule: 'r',
    evidence: dates.map(evidence),
  };
}

const detail: EntityDetail = {
  entity: { id: 'person:a', type: 'Person', name: 'a', aliases: [] },
  relations: [
    relation('HOLDS_POSITION', 'out', ['2025-01-02', '2025-03-04']),
    relation('ATTENDED', 'out', [undefined]),
    relation('HOSTS', 'in', ['2024-12-31']),
  ],
};

const keys = (d: EntityDetail) => d.relations.map((r) => r.key);

describe('filterRelations', () => {
  it('keeps everything without a filter', () => {
    expect(filterRelations(detail, { direction: 'both' })).toEqual(detail);
  });

  it('filters by type and direction', () => {
    expect(keys(filterRelations(detail, { direction: 'both', types: ['HOSTS', 'ATTENDED'] }))).toEqual(['ATTENDED|out', 'HOSTS|in']);
    expect(keys(filterRelations(detail, { direction: 'in' }))).toEqual(['HOSTS|in']);
  });

  it('keeps only evidence inside the date range, and relations that still have some', () => {
    const march = filterRelations(detail, { direction: 'both', since: '2025-02-01' });
    expect(keys(march)).toEqual(['HOLDS_POSITION|out']);
    expect(march.relations[0]?.evidence.map((e) => e.date)).toEqual(['2025-03-04']);
    expect(keys(filterRelations(detail, { direction: 'both', until: '2025-01-02' }))).toEqual(['HOLDS_POSITION|out', 'HOSTS|in']);
    expect(keys(filterRelations(detail, { direction: 'both', since: '2025-01-03', until: '2025-03-03' }))).toEqual([]);
  });
});

describe('pageRelations', () => {
  it('cuts a page of relations and says where the next one starts', () => {
    const first = pageRelations(detail, { offset: 0, limit: 2, evidenceLimit: 10 });
    expect(first.relations.map((r) => r.key)).toEqual(['HOLDS_POSITION|out', 'ATTENDED|out']);
    expect(first).toMatchObject({ relationsTotal: 3, nextOffset: 2 });
    const last = pageRelations(detail, { offset: 2, limit: 2, evidenceLimit: 10 });
    expect(last.relations.map((r) => r.key)).toEqual(['HOSTS|in']);
    expect(last.nextOffset).toBeUndefined();
    expect(pageRelations(detail, { offset: 5, limit: 2, evidenceLimit: 10 })).toMatchObject({ relations: [], relationsTotal: 3 });
  });

  it('keeps the first evidence entries of each relation and counts them all', () => {
    const page = pageRelations(detail, { offset: 0, limit: 1, evidenceLimit: 1 });
    expect(page.relations[0]?.evidence.map((e) => e.date)).toEqual(['2025-01-02']);
    expect(page.relations[0]?.evidenceTotal).toBe(2);
  });
});
