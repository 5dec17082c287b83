import { describe, expect, it } from 'vitest';
import { canonicalName, resolveEntities } from './resolve.ts';

describe('canonicalName', () => {
  it('gives a bare 市 body the city and a bare 省 body the province of the text', () => {
    expect(canonicalName('Organization', '市发展改革委', { city: '重庆' })).toBe('重庆市发展改革委');
    expect(canonicalName('Organization', '省委', { city: '成都', province: '四川省' })).toBe('四川省委');
    expect(canonicalName('Organization', '省政府', { province: '四川省' })).toBe('四川省人民政府');
    expect(canonicalName('Organization', '广西壮族自治区政府', {})).toBe('广西壮族自治区人民政府');
    expect(canonicalName('Organization', '重庆市政府', {})).toBe('重庆市政府');
    expect(canonicalName('Organization', '省委', { city: '重庆' })).toBe('省委');
  });
});

describe('resolveEntities', () => {
  it('keeps a division’s short form as an alias, also for one only named by a relation', () => {
    const resolution = resolveEntities([], [{ type: 'Place', name: '四川省' }], {});
    expect(resolution.entities).toEqual([{ id: 'place:四川省', type: 'Place', name: '四川省', aliases: ['四川'], mentions: 0 }]);
  });
});
