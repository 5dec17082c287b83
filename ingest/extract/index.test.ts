// Every extractor in the registry has a sentence it must match and one it must not:
// a rule added without both fails here.
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, activeExtractors } from './index.ts';
import { relationsOn, runOn } from './testing.ts';
import { ValidationError } from '../../schema/errors.ts';
import type { ExtractorDescriptor } from './types.ts';

const EXAMPLES: Record<string, { matches: string; misses: string }> = {
  'office-chain': { matches: '市发展改革委党组书记、主任高健表示。', misses: '记者邀请代表委员和有关领域专家展开探讨。' },
  'place-gazetteer': { matches: '探索与四川遂宁共建综合保税区。', misses: '推动城区高质量发展，培育新质生产力。' },
  'named-things': { matches: '重庆获批陆港型国家物流枢纽。', misses: '重庆将实施三项行动。' },
  bodies: { matches: '江北区商务委相关负责人表示。', misses: '从区域发展格局看，重庆都市圈功能不断增强。' },
  'listed-kinds': { matches: '可借鉴纽约等国际知名城市的经验。', misses: '聚焦汽车、家电、家居等重点领域。' },
  participation: { matches: '党外人士座谈会召开。市政协主席程丽华出席。', misses: '党外人士座谈会召开。市政协主席程丽华表示，要加快发展。' },
  'leads-initiative': { matches: '由市商务局牵头实施跨境电商“提质扩容”行动。', misses: '市商务局将实施跨境电商“提质扩容”行动。' },
  implements: { matches: '潼南启动实施“潼越山海”计划。', misses: '今年国家将启动世界级先进制造业集群培育工程。' },
  hosts: { matches: '第二十一届中国—东盟博览会在南宁开幕。', misses: '市委召开市委经济工作会议。' },
  cooperation: { matches: '推进320个川渝共建重点项目。', misses: '扩大绿色食品向东盟出口。' },
  structure: { matches: '探索与四川遂宁共建综合保税区。', misses: '重庆成都双城联动。' },
  'part-of': { matches: '中欧班列（成渝）也是西部陆海新通道的重要组成部分。', misses: '中欧班列（成渝）和西部陆海新通道加快发展。' },
};

/** What a rule reports on `text`: mentions of its entity types, or relations of its own types. */
function found(rule: ExtractorDescriptor, text: string): string[] {
  if (rule.stage === 'relations') return relationsOn(rule, text);
  return runOn(rule, text).mentions.filter((m) => rule.entityTypes.includes(m.type)).map((m) => `${m.type}:${m.name}`);
}

describe('extractor registry', () => {
  it('has an example pair for every rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(EXTRACTORS.map((e) => e.id).sort());
  });
  for (const rule of EXTRACTORS) {
    it(`${rule.id} matches its example and not its counter-example`, () => {
      const example = EXAMPLES[rule.id];
      expect(example).toBeDefined();
      expect(found(rule, example?.matches ?? '')).not.toEqual([]);
      expect(found(rule, example?.misses ?? '')).toEqual([]);
    });
  }
  it('switches rules off by id and refuses unknown ids', () => {
    expect(activeExtractors({ disabled: ['hosts'] }).map((e) => e.id)).not.toContain('hosts');
    expect(() => activeExtractors({ disabled: ['nope'] })).toThrow(ValidationError);
  });
});
