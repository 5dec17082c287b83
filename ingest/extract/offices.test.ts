import { describe, expect, it } from 'vitest';
import { officeExtractor, mediaName, parseOfficeChain } from './offices.ts';
import { holds, runOn } from './testing.ts';

const run = (s: string) => holds(runOn(officeExtractor, s));
const persons = (s: string) => runOn(officeExtractor, s).mentions.filter((m) => m.type === 'Person').map((m) => m.name);

describe('office-chain: offices written before a name', () => {
  it('splits a chain of offices in two bodies, name after a layout space', () => {
    expect(run('市人大代表、江津区委书记 唐大军')).toEqual(['唐大军-代表->市人大', '唐大军-书记->江津区委']);
  });
  it('gives each title of a 、 chain to the body written first', () => {
    expect(run('市政协委员，重庆机场集团党委书记、董事长、总经理 黄伟')).toEqual([
      '黄伟-委员->市政协',
      '黄伟-党委书记->重庆机场集团',
      '黄伟-董事长->重庆机场集团',
      '黄伟-总经理->重庆机场集团',
    ]);
  });
  it('reads a name glued to what follows (主任高健就此…)', () => {
    expect(run('市发展改革委党组书记、主任高健就此进行了权威解读。')).toEqual(['高健-党组书记->市发展改革委', '高健-主任->市发展改革委']);
  });
  it('reads three-character names before speech verbs', () => {
    expect(run('市经济信息委党组书记、主任王志杰谈到，要强化工业。')).toEqual(['王志杰-党组书记->市经济信息委', '王志杰-主任->市经济信息委']);
  });
  it('puts 市长 and 常务副市长 in 市政府, and stops the chain at a clause', () => {
    expect(run('中共重庆市委书记袁家军主持会议并讲话，市委副书记、市长胡衡华，市政协主席程丽华出席。')).toEqual([
      '袁家军-书记->中共重庆市委',
      '胡衡华-副书记->市委',
      '胡衡华-市长->市政府',
      '程丽华-主席->市政协',
    ]);
  });
  it('writes a party department under its committee (市委常委、秘书长、政法委书记)', () => {
    expect(run('市委常委、秘书长、政法委书记刘尚进出席。')).toEqual(['刘尚进-常委->市委', '刘尚进-秘书长->市委', '刘尚进-书记->市委政法委']);
  });
  it('ignores a concurrent-post mark and keeps bodies apart across ，', () => {
    expect(run('市委农业农村工委副书记、市农业农村委主任，市乡村振兴局局长(兼) 李春奎')).toEqual([
      '李春奎-副书记->市委农业农村工委',
      '李春奎-主任->市农业农村委',
      '李春奎-局长->市乡村振兴局',
    ]);
  });
  it('reads bylines: outlet brand, 记者, several names', () => {
    const found = runOn(officeExtractor, '■新重庆-重庆日报记者 张珺 邱小雅');
    expect(holds(found)).toEqual(['张珺-记者->重庆日报', '邱小雅-记者->重庆日报']);
    expect(found.relations[0]?.rule).toBe('byline');
    expect(found.mentions.find((m) => m.type === 'Organization')?.aliases).toEqual(['新重庆-重庆日报']);
  });
  it('keeps a person whose title names no organisation, without a relation', () => {
    expect(run('无党派人士代表焦兴涛先后发言。')).toEqual([]);
    expect(persons('无党派人士代表焦兴涛先后发言。')).toEqual(['焦兴涛']);
  });
  it('does not match titles that no name follows', () => {
    expect(run('记者邀请代表委员和有关领域专家展开探讨。')).toEqual([]);
    expect(run('习近平总书记视察重庆赋予重庆“两大定位”。')).toEqual([]);
    expect(run('1月20日，市六届人大三次会议各代表团审议政府工作报告。')).toEqual([]);
  });
  it('keeps a place’s party committee and administrative committee as bodies', () => {
    expect(run('两江新区党工委副书记、管委会副主任许宏球表示。')).toEqual(['许宏球-副书记->两江新区党工委', '许宏球-副主任->两江新区管委会']);
  });
  it('does not take a leading clause for part of the body (出席会议的…)', () => {
    expect(run('出席会议的市委书记袁家军强调。')).toEqual(['袁家军-书记->市委']);
  });
});

describe('office-chain: heads of a government', () => {
  it('puts the head of a division in its government (区长 → 青白江区政府, 自治区主席 → 自治区人民政府)', () => {
    expect(run('青白江区区长李刚介绍。')).toEqual(['李刚-区长->青白江区政府']);
    expect(run('成都市长王凤出席。')).toEqual(['王凤-市长->成都市政府']);
    expect(run('自治区党委副书记、自治区主席韦强主持开幕式。')).toEqual(['韦强-副书记->自治区党委', '韦强-主席->自治区人民政府']);
  });
  it('does not make a government of words that name no division', () => {
    expect(run('该区区长李刚介绍。')).toEqual(['李刚-区长->区政府']);
    expect(run('市政协副主席王林出席。')).toEqual(['王林-副主席->市政协']);
  });
});

describe('office-chain: the district of a chain and graded titles', () => {
  it('puts a 区长 after the district committee in that district’s government', () => {
    expect(run('青白江区委副书记、区长刘洋主持会议。')).toEqual(['刘洋-副书记->青白江区委', '刘洋-区长->青白江区政府']);
    expect(run('市委副书记、市长胡衡华出席。')).toEqual(['胡衡华-副书记->市委', '胡衡华-市长->市政府']);
  });
  it('reads graded titles (一级巡视员)', () => {
    expect(run('市政府一级巡视员王平出席。')).toEqual(['王平-一级巡视员->市政府']);
  });
});

describe('office-chain: list lines that name the person first', () => {
  it('reads NAME OFFICE and NAME（OFFICE） list lines', () => {
    expect(run('柴蕾 万州区文化和旅游发展委员会主任')).toEqual(['柴蕾-主任->万州区文化和旅游发展委员会']);
    expect(run('谭毅（重庆三峡学院旅游学院院长）')).toEqual(['谭毅-院长->重庆三峡学院旅游学院']);
  });
  it('does not read a headline that ends in a title for a list line', () => {
    expect(run('开放合作 新区主任')).toEqual([]);
    expect(run('柴蕾说，要加快建设，她是万州区文化和旅游发展委员会主任。')).toEqual([]);
  });
});

describe('office-chain: reporters in a dateline', () => {
  it('gives reporters named in a dateline to its outlet, not the place and day it was filed from', () => {
    expect(run('本报讯（记者 张三）11月28日，市政府新闻办举行发布会。')).toEqual(['张三-记者->本报']);
    expect(run('新华社成都9月1日电（记者 王五）记者从会上获悉。')).toEqual(['王五-记者->新华社']);
  });
  it('does not read a dateline into other offices of the lead', () => {
    expect(run('会议讯息（记者手记）显示，进展顺利。')).toEqual([]);
  });
});

describe('office-chain: several holders of one office', () => {
  it('gives the office to every name of a 、 list after it', () => {
    expect(run('副省长孙海波、吴雪梅出席。')).toEqual(['孙海波-副省长->省政府', '吴雪梅-副省长->省政府']);
  });
  it('stops at an item that is another office, not a name', () => {
    expect(run('副市长王林、省发展改革委主任赵刚出席。')).toEqual(['王林-副市长->市政府', '赵刚-主任->省发展改革委']);
  });
});

describe('parseOfficeChain', () => {
  it('returns organisation offsets into the sentence', () => {
    const text = '市人大代表、江津区委书记 唐大军';
    const chain = parseOfficeChain(text, text.indexOf(' '));
    expect(chain.map((s) => text.slice(s.orgStart, s.orgEnd))).toEqual(['市人大', '江津区委']);
  });
});

describe('mediaName', () => {
  it('takes the outlet after a brand dash, keeping the printed form as alias', () => {
    expect(mediaName('新重庆-重庆日报')).toEqual({ name: '重庆日报', aliases: ['新重庆-重庆日报'] });
    expect(mediaName('重庆机场集团')).toEqual({ name: '重庆机场集团', aliases: [] });
  });
});

describe('office-chain: leaders named as a group', () => {
  it('reads the names listed after 市领导 or 省领导, without an office', () => {
    expect(persons('市领导刘尚进、郑向东参加。')).toEqual(['刘尚进', '郑向东']);
    expect(run('省领导王伟、李明出席。')).toEqual([]);
  });
  it('does not read names after 领导 used as a word', () => {
    expect(persons('领导干部要带头。')).toEqual([]);
  });
});
