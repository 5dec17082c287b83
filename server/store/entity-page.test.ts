/** Relation filters and pages of GraphStore.entityPage: type, direction, evidence dates, limit, offset, evidence per relation. */
import { describe, expect, it } from 'vitest';
import type { EntityDetail, RelationView } from '../../schema/api.ts';
import { choosePage, filterRelations, finishPage, type RelationFilter } from './entity-page.ts';

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

const shapes = detail.relations;
const window = { offset: 0, limit: 10, evidenceLimit: 10 };

describe('choosePage', () => {
  it('orders the relations that pass, outgoing first, and cuts the page', () => {
    const first = choosePage(shapes, { direction: 'both', offset: 0, limit: 2, evidenceLimit: 10 });
    expect(first.page.map((s) => s.key)).toEqual(['ATTENDED|out', 'HOLDS_POSITION|out']);
    expect(first.total).toBe(3);
    expect(choosePage(shapes, { direction: 'both', offset: 2, limit: 2, evidenceLimit: 10 }).page.map((s) => s.key)).toEqual(['HOSTS|in']);
    expect(choosePage(shapes, { direction: 'both', offset: 5, limit: 2, evidenceLimit: 10 })).toEqual({ page: [], total: 3 });
  });

  it('keeps the relations filterRelations keeps', () => {
    const filters: RelationFilter[] = [
      { direction: 'in' },
      { direction: 'both', types: ['HOSTS', 'ATTENDED'] },
      { direction: 'both', since: '2025-02-01' },
      { direction: 'both', until: '2025-01-02' },
      { direction: 'both', since: '2025-01-03', until: '2025-03-03' },
    ];
    for (const filter of filters) {
      const chosen = choosePage(shapes, { ...filter, ...window });
      expect(chosen.page.map((s) => s.key).sort(), JSON.stringify(filter)).toEqual(keys(filterRelations(detail, filter)).sort());
    }
  });
});

describe('finishPage', () => {
  it('keeps the first evidence entries of each relation, counts them all, and says where the next page starts', () => {
    const page = finishPage({ entity: detail.entity, relations: detail.relations.slice(0, 1) }, 3, { direction: 'both', offset: 0, limit: 1, evidenceLimit: 1 });
    expect(page.relations[0]?.evidence.map((e) => e.date)).toEqual(['2025-01-02']);
    expect(page.relations[0]?.evidenceTotal).toBe(2);
    expect(page).toMatchObject({ relationsTotal: 3, nextOffset: 1 });
    const last = finishPage({ entity: detail.entity, relations: detail.relations.slice(2) }, 3, { direction: 'both', offset: 2, limit: 2, evidenceLimit: 5 });
    expect(last.nextOffset).toBeUndefined();
  });
});
