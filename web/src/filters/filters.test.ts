import { describe, expect, it } from 'vitest';
import type { StoredRelation } from '../../../schema/model.ts';
import { emptyDataset, mergeSubgraph } from '../state/dataset.ts';
import { setDateRange, setEntityTypeHidden, setMinConfidence, setRelationTypeHidden, setSourceHidden } from '../state/filters.ts';
import { initialState } from '../state/initial.ts';
import type { FiltersState } from '../state/types.ts';
import { gao, gaoDirector, jiangjin, ndrc, npc, subgraph, tang, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { evidencePasses, filterDataset, noFilters } from './apply.ts';
import { filterCounts } from './counts.ts';

const attended: StoredRelation = {
  ...tangDeputy,
  key: 'ATTENDED|gao|npc',
  type: 'ATTENDED',
  from: gao.id,
  to: npc.id,
  confidence: 0.6,
  evidence: [
    { text: 'a', source: 'source:001_b.txt', start: 0, end: 1, date: '2024-12-23' },
    { text: 'b', source: 'source:000_sample.txt', start: 5, end: 6 },
  ],
};
const dataset = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin, npc, gao, ndrc], [tangSecretary, tangDeputy, gaoDirector, attended]), { origin: 'overview' });
const filters = (patch: Partial<FiltersState>): FiltersState => ({ ...noFilters(), ...patch });

describe('filterDataset', () => {
  it('returns the dataset itself when nothing is filtered', () => {
    const visible = filterDataset(dataset, noFilters());
    expect(visible.nodes).toBe(dataset.nodes);
    expect(visible.edges).toBe(dataset.edges);
  });

  it('hides entities of a hidden type with their relations', () => {
    const visible = filterDataset(dataset, filters({ hiddenEntityTypes: new Set(['Person']) }));
    expect([...visible.nodes.keys()].sort()).toEqual([jiangjin.id, ndrc.id, npc.id].sort());
    expect(visible.edges.size).toBe(0);
  });

  it('hides relations of a hidden type or below the confidence, and entities left without a relation', () => {
    const byType = filterDataset(dataset, filters({ hiddenRelationTypes: new Set(['HOLDS_POSITION']) }));
    expect([...byType.edges.keys()]).toEqual([attended.key]);
    expect([...byType.nodes.keys()].sort()).toEqual([gao.id, npc.id].sort());
    const byConfidence = filterDataset(dataset, filters({ minConfidence: 0.7 }));
    expect(byConfidence.edges.has(attended.key)).toBe(false);
    expect(byConfidence.edges.size).toBe(3);
  });

  it('keeps pinned entities even when no relation is left to them', () => {
    const visible = filterDataset(dataset, filters({ minConfidence: 1 }), new Set([tang.id]));
    expect([...visible.nodes.keys()]).toEqual([tang.id]);
  });

  it('keeps only the evidence of shown sources and dates, and drops relations left without evidence', () => {
    const bySource = filterDataset(dataset, filters({ hiddenSources: new Set(['source:000_sample.txt']) }));
    expect([...bySource.edges.keys()]).toEqual([attended.key]);
    expect(bySource.edges.get(attended.key)?.evidence.map((e) => e.source)).toEqual(['source:001_b.txt']);
    const byDate = filterDataset(dataset, filters({ dateFrom: '2025-01-01', dateTo: '2025-12-31' }));
    expect([...byDate.edges.keys()].sort()).toEqual([tangSecretary.key, tangDeputy.key, gaoDirector.key].sort());
  });
});

describe('evidencePasses', () => {
  it('fails undated evidence only when a date bound is set', () => {
    const undated = { text: 'x', source: 's', start: 0, end: 1 };
    expect(evidencePasses(undated, noFilters())).toBe(true);
    expect(evidencePasses(undated, filters({ dateTo: '2030-01-01' }))).toBe(false);
    expect(evidencePasses({ ...undated, date: '2025-01-20' }, filters({ dateFrom: '2025-01-20', dateTo: '2025-01-20' }))).toBe(true);
  });
});

describe('filterCounts', () => {
  it('counts loaded and visible items per option', () => {
    const visible = filterDataset(dataset, filters({ hiddenRelationTypes: new Set(['ATTENDED']) }));
    const counts = filterCounts(dataset, visible);
    expect(counts.entityTypes.get('Person')).toEqual({ total: 2, visible: 2 });
    expect(counts.relationTypes.get('ATTENDED')).toEqual({ total: 1, visible: 0 });
    expect(counts.relationTypes.get('HOLDS_POSITION')).toEqual({ total: 3, visible: 3 });
    expect(counts.sources.get('source:000_sample.txt')).toEqual({ total: 4, visible: 3 });
    expect([...counts.dates.keys()]).toEqual(['2024-12-23', '2025-01-20']);
    expect(counts.relations).toEqual({ total: 4, visible: 3 });
  });
});

describe('filter producers', () => {
  const start = initialState('en');

  it('toggle types and sources, returning the same state when nothing changes', () => {
    const hidden = setEntityTypeHidden('Person', true)(start);
    expect([...hidden.filters.hiddenEntityTypes]).toEqual(['Person']);
    expect(setEntityTypeHidden('Person', true)(hidden)).toBe(hidden);
    expect(setEntityTypeHidden('Person', false)(hidden).filters.hiddenEntityTypes.size).toBe(0);
    expect([...setRelationTypeHidden('LEADS', true)(start).filters.hiddenRelationTypes]).toEqual(['LEADS']);
    expect([...setSourceHidden('source:x', true)(start).filters.hiddenSources]).toEqual(['source:x']);
  });

  it('clamp the confidence and accept only ISO dates', () => {
    expect(setMinConfidence(3)(start).filters.minConfidence).toBe(1);
    expect(setMinConfidence(Number.NaN)(start)).toBe(start);
    expect(setDateRange('2025-01-01', 'soon')(start).filters).toMatchObject({ dateFrom: '2025-01-01', dateTo: null });
  });
});
