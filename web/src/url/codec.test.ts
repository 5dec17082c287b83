import { describe, expect, it } from 'vitest';
import { noFilters } from '../filters/apply.ts';
import { decodeUrlState, DEFAULT_APPEARANCE, encodeUrlState, type UrlState } from './codec.ts';

const view: UrlState = {
  locale: 'en',
  selected: 'person:唐大军',
  focused: ['org:江津区委'],
  expansions: [
    ['person:唐大军', { type: null, direction: 'both', limit: 50 }],
    ['org:a~b,c', { type: 'HOLDS_POSITION', direction: 'in', limit: 100 }],
  ],
  filters: {
    ...noFilters(),
    hiddenEntityTypes: new Set(['Initiative']),
    hiddenRelationTypes: new Set(['IMPLEMENTS', 'HOSTS']),
    hiddenSources: new Set(['source:001, odd name.txt']),
    minConfidence: 0.75,
    dateFrom: '2025-01-01',
    dateTo: null,
  },
  appearance: { color: 'community', size: 'pagerank' },
  pathFrom: 'person:唐大军',
  pathTo: 'org:重庆市人大',
  view: { x: 0.5123, y: 0.25, ratio: 0.3 },
};

describe('URL codec', () => {
  it('round-trips a whole view, ids with separators included', () => {
    const decoded = decodeUrlState(encodeUrlState(view));
    expect(decoded).toEqual(view);
  });

  it('keeps parameters it does not own and leaves out defaults and the camera when asked', () => {
    const minimal: UrlState = { ...view, selected: null, focused: [], expansions: [], filters: noFilters(), appearance: DEFAULT_APPEARANCE, pathFrom: null, pathTo: null };
    expect(encodeUrlState(minimal, 'test-hooks&lang=zh&node=x', false)).toBe('test-hooks=&lang=en');
  });

  it('falls back to defaults for malformed values', () => {
    const decoded = decodeUrlState('conf=abc&hide=Alien&exp=x~both~*~id&exp=10~sideways~*~id&cam=1,2&color=rainbow&from=yesterday');
    expect(decoded.filters).toEqual(noFilters());
    expect(decoded.expansions).toEqual([]);
    expect(decoded.view).toBeNull();
    expect(decoded.appearance).toEqual(DEFAULT_APPEARANCE);
  });
});
