import { describe, expect, it } from 'vitest';
import { listedExtractor } from './listed.ts';
import { runOn } from './testing.ts';

const listed = (s: string) => runOn(listedExtractor, s).mentions.map((m) => `${m.type}:${m.name}`);

describe('listed-kinds', () => {
  it('types the items of a list by the noun that closes it', () => {
    expect(listed('可借鉴纽约等国际知名城市的经验模式。')).toEqual(['Place:纽约']);
    expect(listed('依托星光68、国金中心等载体发展经济。')).toEqual(['Platform:国金中心', 'Platform:星光68']);
    expect(runOn(listedExtractor, '可借鉴纽约等国际知名城市的经验。').mentions[0]?.listed).toBe(true);
    expect(listed('全球互联网电商头部企业行云集团西南总部等一批企业落地。')).toEqual(['Organization:行云集团']);
  });
  it('leaves lists of topics, slogans and quoted categories alone', () => {
    expect(listed('聚焦汽车、家电、家居等重点领域。')).toEqual([]);
    expect(listed('提升演唱会之都、温泉之都等品牌活动。')).toEqual([]);
    expect(listed('培育专精特新、“小巨人”、单项冠军等优质企业。')).not.toContain('Organization:“小巨人”');
    expect(listed('打造涵盖教育、养老、交通便民等城市综合服务。')).toEqual([]);
  });
});
