import { describe, expect, it } from 'vitest';
import { jurisdictionOf, withAffiliations } from './affiliations.ts';
import type { Entity, ExtractedRelation } from '../schema/model.ts';

const chongqing = { province: '500000' };

describe('jurisdictionOf', () => {
  it('gives the province-level place an organisation name starts with', () => {
    expect(jurisdictionOf('江津区委', chongqing)).toBe('place:重庆市');
    expect(jurisdictionOf('中共成都市委', chongqing)).toBe('place:四川省');
    expect(jurisdictionOf('重庆机场集团', chongqing)).toBe('place:重庆市');
    expect(jurisdictionOf('马来西亚政府', chongqing)).toBe('place:马来西亚');
  });
  it('gives none to national bodies and names without a place', () => {
    expect(jurisdictionOf('国家发展改革委', chongqing)).toBeUndefined();
    expect(jurisdictionOf('党中央', chongqing)).toBeUndefined();
    expect(jurisdictionOf('东盟', chongqing)).toBeUndefined();
  });
});

describe('withAffiliations', () => {
  const entities: Entity[] = [
    { id: 'person:王伟', type: 'Person', name: '王伟', aliases: [] },
    { id: 'person:李明', type: 'Person', name: '李明', aliases: [] },
    { id: 'org:江津区委', type: 'Organization', name: '江津区委', aliases: [] },
    { id: 'org:成都市委', type: 'Organization', name: '成都市委', aliases: [] },
  ];
  const holds = (from: string, to: string): ExtractedRelation => ({
    type: 'HOLDS_POSITION', from, to, title: '书记', confidence: 0.9, rule: 'test', evidence: { text: '', source: 's', start: 0, end: 0 },
  });
  it('writes each person’s organisations and their jurisdictions, and each organisation’s jurisdiction', () => {
    const out = withAffiliations(entities, [holds('person:王伟', 'org:江津区委'), holds('person:王伟', 'org:成都市委')], chongqing);
    expect(out[0]?.attributes).toEqual({ affiliations: 'org:成都市委|org:江津区委', jurisdictions: 'place:四川省|place:重庆市' });
    expect(out[2]?.attributes).toEqual({ jurisdiction: 'place:重庆市' });
  });
  it('leaves a person without an office as it is', () => {
    expect(withAffiliations(entities, [], chongqing)[1]).toEqual(entities[1]);
  });
});
