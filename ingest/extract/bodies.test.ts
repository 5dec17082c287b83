import { describe, expect, it } from 'vitest';
import { bodiesExtractor } from './bodies.ts';
import { holds, runOn } from './testing.ts';

const found = (s: string) => runOn(bodiesExtractor, s).mentions.map((m) => `${m.type}:${m.name}`);

describe('bodies', () => {
  it('finds bodies of a jurisdiction acting on their own', () => {
    expect(found('2月5日，市委召开“新春第一会”。')).toContain('Organization:市委');
    expect(found('江北区商务委相关负责人表示。')).toContain('Organization:江北区商务委');
    expect(found('同时推进重庆国际问题研究院建设。')).toContain('Organization:重庆国际问题研究院');
    expect(found('东湖高新区管委会将牵头实施“光谷创新”行动。')).toContain('Organization:东湖高新区管委会');
    expect(found('四川省人民政府与重庆市人民政府签署合作协议。')).toEqual(expect.arrayContaining(['Organization:四川省人民政府', 'Organization:重庆市人民政府']));
  });
  it('finds central and international bodies and sources of figures', () => {
    expect(found('党中央正以空前力度推动政策出台，扩大向东盟出口。')).toEqual(expect.arrayContaining(['Organization:党中央', 'Organization:东盟']));
    expect(found('据国际航协统计，航空运输占比不足1%。')).toContain('Organization:国际航协');
  });
  it('finds a person before 总书记 with the office', () => {
    const f = runOn(bodiesExtractor, '2024年4月，习近平总书记视察重庆。');
    expect(f.mentions.map((m) => m.name)).toContain('习近平');
    expect(holds(f)).toEqual(['习近平-总书记->党中央']);
  });
  it('does not take words that merely end like a body', () => {
    expect(found('从区域发展格局看，重庆都市圈功能不断增强。')).toEqual([]);
    expect(found('市委常委、秘书长刘尚进出席。')).not.toContain('Organization:重庆市委常委');
    expect(found('省委常委、常务副省长钱立新出席。')).not.toContain('Organization:省委常委');
  });
});
