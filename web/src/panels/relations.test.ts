import { describe, expect, it } from 'vitest';
import type { RelationView } from '../../../schema/api.ts';
import { tangDetail } from '../testing/fixtures.ts';
import { groupRelations, markTerms, relationQualifier, sourceName } from './relations.ts';

const base = tangDetail.relations[0] as RelationView;
const view = (patch: Partial<RelationView>): RelationView => ({ ...base, ...patch });

describe('groupRelations', () => {
  it('groups by type and direction in a fixed order, keeping order inside groups', () => {
    const relations = [
      view({ key: '1', type: 'ATTENDED', direction: 'out' }),
      view({ key: '2', type: 'HOLDS_POSITION', direction: 'in' }),
      view({ key: '3', type: 'HOLDS_POSITION', direction: 'out' }),
      view({ key: '4', type: 'ATTENDED', direction: 'out' }),
    ];
    const groups = groupRelations(relations);
    expect(groups.map((g) => `${g.type}/${g.direction}`)).toEqual(['HOLDS_POSITION/out', 'HOLDS_POSITION/in', 'ATTENDED/out']);
    expect(groups[2]?.relations.map((r) => r.key)).toEqual(['1', '4']);
    expect(groupRelations([])).toEqual([]);
  });
});

describe('relationQualifier', () => {
  it('prefers title, then role, then about', () => {
    expect(relationQualifier({ title: '书记', role: '嘉宾' })).toBe('书记');
    expect(relationQualifier({ role: '嘉宾', about: '物流' })).toBe('嘉宾');
    expect(relationQualifier({ about: '物流' })).toBe('物流');
    expect(relationQualifier({})).toBeUndefined();
  });
});

describe('sourceName', () => {
  it('shows the file name without the id prefix', () => {
    expect(sourceName({ source: 'source:000_a.txt' })).toBe('000_a.txt');
    expect(sourceName({ source: '000_b.txt' })).toBe('000_b.txt');
  });
});

describe('markTerms', () => {
  it('marks every occurrence, longest term first', () => {
    expect(markTerms('市人大代表、江津区委书记 唐大军', ['唐大军', '江津区委', '江津'])).toEqual([
      { text: '市人大代表、', marked: false },
      { text: '江津区委', marked: true },
      { text: '书记 ', marked: false },
      { text: '唐大军', marked: true },
    ]);
  });

  it('keeps the text whole when nothing matches or terms are empty', () => {
    expect(markTerms('无关句子', ['', '唐大军'])).toEqual([{ text: '无关句子', marked: false }]);
    expect(markTerms('', ['a'])).toEqual([]);
  });
});
