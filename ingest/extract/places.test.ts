import { describe, expect, it } from 'vitest';
import { placeExtractor, lookupPlace } from './places.ts';
import { runOn } from './testing.ts';

const places = (s: string, province = '500000') => runOn(placeExtractor, s, { city: '重庆', province }).mentions.map((m) => m.name);

describe('place-gazetteer', () => {
  it('finds divisions by full name and short form, with code and parent', () => {
    expect(places('探索与四川遂宁共建综合保税区。')).toEqual(['四川省', '遂宁市']);
    const jiangjin = lookupPlace('江津', { province: '500000' });
    expect(jiangjin).toEqual({ name: '江津区', attributes: { kind: 'division', level: 'district', code: '500116', parent: '500000' } });
  });
  it('reads a district short form inside the text’s own province only', () => {
    expect(places('江北区商务委相关负责人表示。')).toContain('江北区');
    expect(lookupPlace('江北', { province: '330000' })?.attributes.code).toBe('330205');
    expect(lookupPlace('江津', { province: '110000' })).toBeUndefined();
  });
  it('finds countries and world regions, not the home country', () => {
    expect(places('赴马来西亚、新加坡开展系列经贸活动，强化与东南亚合作。')).toEqual(['马来西亚', '新加坡', '东南亚']);
    expect(places('中国式现代化')).toEqual([]);
  });
  it('does not take ordinary words for places', () => {
    expect(places('推动高质量发展，培育新质生产力。')).toEqual([]);
  });
});

describe('place-gazetteer: common words', () => {
  it('does not take a common word that names a division elsewhere for that place', () => {
    expect(places('推进城区更新。')).toEqual([]);
  });
});

describe('place-gazetteer: cities abroad', () => {
  it('finds cities abroad under their Chinese names, with their country', () => {
    expect(places('可借鉴纽约、东京的经验，拓展吉隆坡市场。')).toEqual(['纽约', '东京', '吉隆坡']);
    expect(lookupPlace('吉隆坡', {})?.attributes).toEqual({ kind: 'city', iso: 'MY' });
  });
  it('does not take a common word that is also a city’s name', () => {
    expect(places('包罗万象，气象万千。')).toEqual([]);
  });
});

describe('place-gazetteer: levels cut off by the dictionary', () => {
  it('keeps a district level the dictionary cut off with its name (开/州/区)', () => {
    expect(runOn(placeExtractor, '开州区三地共建示范区。').mentions.map((m) => m.surface)).toEqual(['开州区']);
  });
  it('does not add a level that makes another name', () => {
    expect(runOn(placeExtractor, '江北区加快发展。').mentions.map((m) => m.surface)).toEqual(['江北区']);
  });
});
