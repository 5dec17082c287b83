import { describe, expect, it } from 'vitest';
import { participationExtractor } from './participation.ts';
import { implementsExtractor } from './implements.ts';
import { hostsExtractor } from './hosts.ts';
import { cooperationExtractor } from './cooperation.ts';
import { structureExtractor } from './structure.ts';
import { leadsExtractor } from './leads.ts';
import { partOfExtractor } from './parts.ts';
import { relationsOn } from '../testing.ts';

describe('participation', () => {
  it('lists guests under 嘉宾： and the host under 主持人： for the latest event', () => {
    const text = '重报圆桌会\n主持人：\n新重庆-重庆日报记者 张珺\n嘉宾：\n市人大代表、江津区委书记 唐大军';
    expect(relationsOn(participationExtractor, text)).toEqual(['LEADS 张珺 -> 重报圆桌会', 'ATTENDED 唐大军 -> 重报圆桌会']);
  });
  it('reads 主持 and 出席 after names', () => {
    const text = '市委召开党外人士座谈会。中共重庆市委书记袁家军主持会议并讲话，市政协主席程丽华出席。';
    expect(relationsOn(participationExtractor, text)).toEqual(['LEADS 袁家军 -> 党外人士座谈会', 'ATTENDED 程丽华 -> 党外人士座谈会']);
  });
  it('says nothing without an event or a verb of taking part', () => {
    expect(relationsOn(participationExtractor, '市发展改革委党组书记、主任高健表示，要加快发展。')).toEqual([]);
  });
});

describe('implements', () => {
  it('gives the initiative to the place before the verb, or to the city', () => {
    expect(relationsOn(implementsExtractor, '潼南启动实施“潼越山海”计划。')).toEqual(['IMPLEMENTS 潼南区 -> “潼越山海”计划']);
    expect(relationsOn(implementsExtractor, '实施先进材料“强干繁枝”行动。')).toEqual(['IMPLEMENTS 重庆市 -> 先进材料“强干繁枝”行动']);
  });
  it('does not credit the city with what the nation does', () => {
    expect(relationsOn(implementsExtractor, '今年国家将启动世界级先进制造业集群培育工程。')).toEqual([]);
  });
});

describe('hosts', () => {
  it('reads events a place holds and platforms written with a place', () => {
    expect(relationsOn(hostsExtractor, '重庆还将策划举办不夜重庆生活节。')).toEqual(['HOSTS 重庆市 -> 不夜重庆生活节']);
    expect(relationsOn(hostsExtractor, '作为西部陆海新通道重庆主枢纽，江津区强化基础设施建设。')).toContain('HOSTS 江津区 -> 西部陆海新通道重庆主枢纽');
  });
  it('does not make a body host an event', () => {
    expect(relationsOn(hostsExtractor, '市委召开市委经济工作会议。')).toEqual([]);
  });
});

describe('cooperation', () => {
  it('reads 与/协同 + partner + joint verb', () => {
    expect(relationsOn(cooperationExtractor, '潼南将探索与四川遂宁共建综合保税区。')).toEqual(['COOPERATES_WITH 潼南区 -> 遂宁市']);
    expect(relationsOn(cooperationExtractor, '协同四川打造智能网联新能源汽车产业集群。')).toEqual(['COOPERATES_WITH 重庆市 -> 四川省']);
  });
  it('does not read trade destinations as partners', () => {
    expect(relationsOn(cooperationExtractor, '扩大绿色食品向东盟出口。')).toEqual([]);
  });
});

describe('structure', () => {
  it('reads PART_OF from 作为…的重要内容 and LOCATED_IN from data', () => {
    expect(relationsOn(partOfExtractor, '巴蜀文化旅游走廊建设作为双城经济圈建设“三中心一走廊”的重要内容。')).toContain('PART_OF 巴蜀文化旅游走廊 -> “三中心一走廊”');
    expect(relationsOn(structureExtractor, '探索与四川遂宁共建综合保税区。')).toEqual(['LOCATED_IN 遂宁市 -> 四川省']);
  });
  it('does not place a city inside a province that does not contain it', () => {
    expect(relationsOn(structureExtractor, '推动四川成都与重庆合作。')).toEqual(['LOCATED_IN 成都市 -> 四川省']);
    expect(relationsOn(structureExtractor, '重庆成都双城联动。')).toEqual([]);
  });
});

describe('hosts: venues and sites', () => {
  it('reads an event held at a place, before or after its name', () => {
    expect(relationsOn(hostsExtractor, '第二十一届中国—东盟博览会在南宁开幕。')).toEqual(['HOSTS 南宁市 -> 第二十一届中国—东盟博览会']);
    expect(new Set(relationsOn(hostsExtractor, '在成都举行的2025天府论坛吸引了众多嘉宾。', { city: '重庆', province: '500000' }))).toEqual(new Set(['HOSTS 成都市 -> 2025天府论坛']));
  });
  it('reads bodies and platforms sited in a place', () => {
    expect(relationsOn(hostsExtractor, '位于长寿区的重庆小康动力有限公司智能工厂开工。')).toEqual([]);
    expect(relationsOn(hostsExtractor, '两江协同创新区位于两江新区。')).toEqual([]);
    expect(relationsOn(hostsExtractor, '中国（四川）自由贸易试验区位于成都市。', { city: '成都', province: '510000' })).toEqual(['HOSTS 成都市 -> 中国（四川）自由贸易试验区']);
  });
  it('does not take a place named after the event for its venue', () => {
    expect(relationsOn(hostsExtractor, '第二十一届中国—东盟博览会期间，南宁推介项目。')).toEqual([]);
  });
});

describe('cooperation: joint work written other ways', () => {
  it('reads joint work later in the clause and places joined by 和 … 两地', () => {
    expect(relationsOn(cooperationExtractor, '成都将与重庆在科技领域深化合作。', { city: '成都', province: '510000' })).toEqual(['COOPERATES_WITH 成都市 -> 重庆市']);
    expect(relationsOn(cooperationExtractor, '成都和重庆两地携手打造西部金融中心。', { city: '成都', province: '510000' })).toContain('COOPERATES_WITH 成都市 -> 重庆市');
  });
  it('reads province short names joined before joint work, the city of the text first', () => {
    expect(relationsOn(cooperationExtractor, '推进320个川渝共建重点项目。')).toEqual(['COOPERATES_WITH 重庆市 -> 四川省']);
    expect(relationsOn(cooperationExtractor, '川渝高竹新区建设提速。')).toEqual([]);
  });
  it('does not take a world region for a partner', () => {
    expect(relationsOn(cooperationExtractor, '强化与东南亚合作。')).toEqual([]);
  });
});

describe('participation: what is only cited', () => {
  it('does not make people attend a meeting whose spirit is cited, nor a speech quoted', () => {
    const text = '会议传达学习中央经济工作会议精神。习近平总书记重要讲话精神指引方向。';
    expect(relationsOn(participationExtractor, text)).toEqual([]);
  });
});

describe('structure: places abroad', () => {
  it('places a city abroad in its country or region when written together', () => {
    expect(relationsOn(structureExtractor, '位于东南亚大都市吉隆坡的交易中心开业。')).toEqual(['LOCATED_IN 吉隆坡 -> 东南亚']);
    expect(relationsOn(structureExtractor, '赴马来西亚吉隆坡开展经贸活动。')).toEqual(['LOCATED_IN 吉隆坡 -> 马来西亚']);
    expect(relationsOn(structureExtractor, '赴日本吉隆坡开展经贸活动。')).toEqual([]);
  });
});

describe('structure: parts written other ways', () => {
  it('reads X是Y的重要组成部分 with a place for Y, and Y包括X、Z', () => {
    expect(relationsOn(partOfExtractor, '天府新区是成渝地区双城经济圈建设的重要支点。')).toEqual(['PART_OF 天府新区 -> 成渝地区双城经济圈']);
    expect(relationsOn(partOfExtractor, '“三中心一走廊”包括西部科学城、西部金融中心和巴蜀文化旅游走廊。')).toEqual([
      'PART_OF 西部科学城 -> “三中心一走廊”',
      'PART_OF 巴蜀文化旅游走廊 -> “三中心一走廊”',
    ]);
  });
  it('does not read a part from a programme merely named beside another', () => {
    expect(relationsOn(partOfExtractor, '天府新区和两江新区加快建设。')).toEqual([]);
  });
});

describe('implements: what a place carries out', () => {
  it('makes a place build its positioning but not carry out a national regional strategy', () => {
    expect(relationsOn(implementsExtractor, '重庆将加快建设国际消费中心城市。')).toEqual(['IMPLEMENTS 重庆市 -> 国际消费中心城市']);
    expect(relationsOn(implementsExtractor, '重庆将深入推进成渝地区双城经济圈。')).toEqual([]);
    expect(relationsOn(implementsExtractor, '重庆将深入实施提振消费专项行动。')).toEqual(['IMPLEMENTS 重庆市 -> 提振消费专项行动']);
  });
});

describe('cooperation: several partners', () => {
  it('gives the subject every partner of a 、 list before the joint work', () => {
    expect(relationsOn(cooperationExtractor, '武汉与长沙、合肥、南昌签署合作协议。', { city: '武汉', province: '420000' })).toEqual([
      'COOPERATES_WITH 武汉市 -> 长沙市',
      'COOPERATES_WITH 武汉市 -> 合肥市',
      'COOPERATES_WITH 武汉市 -> 南昌市',
    ]);
  });
});

describe('structure: a place said to lie in another', () => {
  it('reads X位于Y and Y的X when the data agrees', () => {
    expect(relationsOn(structureExtractor, '万州区位于重庆东北部。')).toEqual(['LOCATED_IN 万州区 -> 重庆市']);
    expect(relationsOn(structureExtractor, '成都位于重庆西部。')).toEqual([]);
  });
});
describe('leads: who takes the lead in an initiative', () => {
  it('reads 由X牵头实施Y, X将牵头实施Y and Y由X牵头', () => {
    expect(relationsOn(leadsExtractor, '由市商务局牵头实施跨境电商“提质扩容”行动。')).toEqual(['LEADS 市商务局 -> 跨境电商“提质扩容”行动']);
    expect(relationsOn(leadsExtractor, '东湖高新区管委会将牵头实施“光谷创新”行动。')).toEqual(['LEADS 东湖高新区管委会 -> “光谷创新”行动']);
    expect(relationsOn(leadsExtractor, '“数字重庆”工程由市大数据发展局牵头。')).toEqual(['LEADS 市大数据发展局 -> “数字重庆”工程']);
  });
  it('does not read a lead where no body takes it, and leaves IMPLEMENTS to bodies that do not lead', () => {
    expect(relationsOn(leadsExtractor, '重庆将牵头实施“渝车出海”行动。')).toEqual([]);
    expect(relationsOn(implementsExtractor, '由市商务局牵头实施跨境电商“提质扩容”行动。')).toEqual([]);
  });
});

describe('participation: lists and sessions', () => {
  it('reads a speaker list whose label shares the line with the first entry', () => {
    const text = '“十五五”规划建议解读新闻发布会举行\n发布人：市发展改革委党组书记、主任 韩磊\n解读人：市商务局局长 赵敏\n市科技局副局长 钱伟\n主持人：市政府新闻办副主任 孙颖';
    expect(relationsOn(participationExtractor, text)).toEqual([
      'ATTENDED 韩磊 -> “十五五”规划建议解读新闻发布会',
      'ATTENDED 赵敏 -> “十五五”规划建议解读新闻发布会',
      'ATTENDED 钱伟 -> “十五五”规划建议解读新闻发布会',
      'LEADS 孙颖 -> “十五五”规划建议解读新闻发布会',
    ]);
  });
  it('ends a list at a marked byline and does not read a transcript as a list', () => {
    expect(relationsOn(participationExtractor, '重报圆桌会\n主持人：\n■本报记者 王强')).toEqual([]);
    expect(relationsOn(participationExtractor, '重报圆桌会\n主持人：请问市发展改革委主任高健，今年怎么干？')).toEqual([]);
  });
  it('reads delegates who speak while a named session deliberates', () => {
    const text = '市十六届人大五次会议举行分组审议。市人大代表、青秀区委书记黄涛在审议政府工作报告时说，要加快发展。';
    expect(relationsOn(participationExtractor, text)).toEqual(['ATTENDED 黄涛 -> 市十六届人大五次会议']);
  });
  it('does not take a verb in what a person says for the person taking part', () => {
    const text = '市十六届人大五次会议开幕。市发展改革委主任高健表示，要组织企业参加博览会。';
    expect(relationsOn(participationExtractor, text)).toEqual([]);
  });
  it('keeps the gathering taking place when another is only named in passing', () => {
    const text = '2025年重庆市推进先行区建设新闻发布会举行。市文化旅游委副主任朱茂介绍，重庆将承办第十四届中国艺术节。市科技局副局长王伟表示，要加快发展。';
    expect(relationsOn(participationExtractor, text)).toEqual(['ATTENDED 朱茂 -> 2025年重庆市推进先行区建设新闻发布会', 'ATTENDED 王伟 -> 2025年重庆市推进先行区建设新闻发布会']);
  });
});

describe('implements: proposals and whole programmes', () => {
  it('does not credit anyone with what a speaker proposes', () => {
    expect(relationsOn(implementsExtractor, '徐瑶表示，应持续推进国际消费中心城市建设。')).toEqual([]);
    expect(relationsOn(implementsExtractor, '《建议》提出我们将继续推进数字中国建设综合试点。')).toEqual(['IMPLEMENTS 重庆市 -> 数字中国建设综合试点']);
  });
  it('reads the whole object of 实施 as the programme', () => {
    expect(relationsOn(implementsExtractor, '实施科技创新和产业创新深度融合行动。')).toEqual(['IMPLEMENTS 重庆市 -> 科技创新和产业创新深度融合行动']);
  });
});

describe('part-of: the ways a part is written', () => {
  it('reads …也是/已成为Y的重要组成部分 (节点), and …是Y之一', () => {
    expect(relationsOn(partOfExtractor, '中欧班列（成渝）也是西部陆海新通道的重要组成部分。')).toEqual(['PART_OF 中欧班列（成渝） -> 西部陆海新通道']);
    expect(relationsOn(partOfExtractor, '成都国际铁路港已成为西部陆海新通道的重要节点。')).toEqual(['PART_OF 成都国际铁路港 -> 西部陆海新通道']);
    expect(relationsOn(partOfExtractor, '成都国际铁路港是国家首批陆港型国家物流枢纽之一。')).toEqual(['PART_OF 成都国际铁路港 -> 陆港型国家物流枢纽']);
  });
  it('reads 作为Y的重要组成部分，X…, 将X纳入Y and Y：X、Z', () => {
    expect(relationsOn(partOfExtractor, '作为西部陆海新通道的重要组成部分，中欧班列（成渝）全年开行5000列。')).toEqual(['PART_OF 中欧班列（成渝） -> 西部陆海新通道']);
    expect(relationsOn(partOfExtractor, '郑州将把中原科技城纳入郑开科创走廊建设。')).toEqual(['PART_OF 中原科技城 -> 郑开科创走廊']);
    expect(relationsOn(partOfExtractor, '推进“三中心一走廊”：西部科学城、巴蜀文化旅游走廊。')).toEqual(['PART_OF 西部科学城 -> “三中心一走廊”', 'PART_OF 巴蜀文化旅游走廊 -> “三中心一走廊”']);
  });
  it('does not read a part from a role in another clause, nor from a programme merely cited', () => {
    expect(relationsOn(partOfExtractor, '打造西部地区高质量发展先行区，既是推动西部大开发的重要举措，也是现代化新重庆建设的重要支撑。')).toEqual([]);
    expect(relationsOn(partOfExtractor, '依托西部陆海新通道，中欧班列（成渝）全年开行5000列。')).toEqual([]);
  });
});

describe('participation: deputies and members at a session', () => {
  it('makes a deputy who speaks while the named session sits attend it', () => {
    const text = '市十六届人大五次会议开幕。市人大代表、青秀区委书记黄涛说，要加快发展。';
    expect(relationsOn(participationExtractor, text)).toEqual(['ATTENDED 黄涛 -> 市十六届人大五次会议']);
  });
  it('does not make an official who speaks attend a session he holds no seat in', () => {
    const text = '市十六届人大五次会议开幕。青秀区委书记黄涛说，要加快发展。';
    expect(relationsOn(participationExtractor, text)).toEqual([]);
  });
});

describe('hosts: venues, sites and places that have a platform', () => {
  it('reads 在P举办X for the venue and the city that holds it', () => {
    expect(relationsOn(hostsExtractor, '重庆将在万州举办2025长江三峡国际旅游消费节。')).toEqual(['HOSTS 万州区 -> 2025长江三峡国际旅游消费节', 'HOSTS 重庆市 -> 2025长江三峡国际旅游消费节']);
  });
  it('reads 地处 and 拥有 for a platform in a place', () => {
    expect(relationsOn(hostsExtractor, '地处江北区的寸滩保税港加快发展。')).toEqual(['HOSTS 江北区 -> 寸滩保税港']);
    expect(relationsOn(hostsExtractor, '江北区拥有寸滩保税港。')).toEqual(['HOSTS 江北区 -> 寸滩保税港']);
  });
  it('does not take a place that only names the event for its host', () => {
    expect(relationsOn(hostsExtractor, '江北区代表参加2025长江三峡国际旅游消费节。')).toEqual([]);
  });
});

describe('cooperation: parties counted and partners in a list', () => {
  it('gives the first of places counted as parties (三地共建) every other one', () => {
    expect(relationsOn(cooperationExtractor, '万州区、达州市、开州区三地共建统筹发展示范区。')).toEqual(['COOPERATES_WITH 万州区 -> 达州市', 'COOPERATES_WITH 万州区 -> 开州区']);
    expect(relationsOn(cooperationExtractor, '万州区、达州市、开州区负责人出席。')).toEqual([]);
  });
  it('takes the more specific place of each item as the partner (四川达州、重庆开州)', () => {
    expect(relationsOn(cooperationExtractor, '万州将与四川达州、重庆开州共建示范区。')).toEqual(['COOPERATES_WITH 万州区 -> 达州市', 'COOPERATES_WITH 万州区 -> 开州区']);
  });
  it('reads province short names before 两省区', () => {
    expect(relationsOn(cooperationExtractor, '川桂两省区将深化合作。', { city: '成都', province: '510000' })).toEqual(['COOPERATES_WITH 四川省 -> 广西壮族自治区']);
  });
});

describe('structure: regions', () => {
  it('places each country of a list closed by 等 + region + 国家 in that region', () => {
    expect(new Set(relationsOn(structureExtractor, '推动与越南、泰国、马来西亚等东南亚国家合作。'))).toEqual(
      new Set(['LOCATED_IN 越南 -> 东南亚', 'LOCATED_IN 泰国 -> 东南亚', 'LOCATED_IN 马来西亚 -> 东南亚']),
    );
    expect(relationsOn(structureExtractor, '推动与越南、泰国合作，拓展东南亚国家市场。')).toEqual([]);
  });
  it('takes a division said to lie in a region of China at its word, not one abroad', () => {
    expect(relationsOn(structureExtractor, '万州地处三峡库区腹心。')).toEqual(['LOCATED_IN 万州区 -> 三峡库区']);
    expect(relationsOn(structureExtractor, '江北区位于东南亚。')).toEqual([]);
  });
});

describe('implements: subjects carried and spoken for', () => {
  it('carries the subject of a paragraph to a sentence that writes none', () => {
    expect(relationsOn(implementsExtractor, '江津将用好通道优势。积极实施“五大倍增”行动。')).toEqual(['IMPLEMENTS 江津区 -> “五大倍增”行动']);
    expect(relationsOn(implementsExtractor, '江津将用好通道优势。\n积极实施“五大倍增”行动。')).toEqual(['IMPLEMENTS 重庆市 -> “五大倍增”行动']);
  });
  it('gives a development zone nothing to implement, and not the city either', () => {
    expect(relationsOn(implementsExtractor, '两江新区要持续壮大主导产业，落实“智融惠畅”工程。')).toEqual([]);
  });
  it('reads 我们 as the district a district official speaks for', () => {
    const text = '江津区委书记唐大军说，我们将实施“五大倍增”行动。';
    expect(relationsOn(implementsExtractor, text)).toEqual(['IMPLEMENTS 江津区 -> “五大倍增”行动']);
    expect(relationsOn(implementsExtractor, '市发展改革委主任高健说，我们将实施“五大倍增”行动。')).toEqual(['IMPLEMENTS 重庆市 -> “五大倍增”行动']);
  });
});

describe('hosts: platforms written as a place’s own or built by the paragraph’s subject', () => {
  it('reads P(境内)的X', () => {
    expect(relationsOn(hostsExtractor, '江北区境内的寸滩保税港加快发展。')).toEqual(['HOSTS 江北区 -> 寸滩保税港']);
    expect(relationsOn(hostsExtractor, '东南亚的寸滩保税港客户增多。')).toEqual([]);
  });
  it('gives a platform built in a sentence without a place to the place the paragraph carries', () => {
    expect(relationsOn(hostsExtractor, '江北区将扩大消费。加快建设观音桥商圈。')).toEqual(['HOSTS 江北区 -> 观音桥商圈']);
    expect(relationsOn(hostsExtractor, '江北区将扩大消费。\n加快建设观音桥商圈。')).toEqual([]);
  });
});

describe('implements: programmes in a row and examples of a kind', () => {
  it('gives every programme of quotes in a row that share a head to the subject', () => {
    expect(relationsOn(implementsExtractor, '重庆将深化实施“百团千企”“渝车出海”行动。')).toEqual(['IMPLEMENTS 重庆市 -> “百团千企”行动', 'IMPLEMENTS 重庆市 -> “渝车出海”行动']);
  });
  it('does not make examples closed by 等 and their kind one programme', () => {
    expect(relationsOn(implementsExtractor, '纵深推进“车路云一体化”“渝赛计划”“超充行动”等重大工程。')).toEqual([]);
  });
});

describe('implements: regions are settings, not actors', () => {
  it('does not make a region carry out a programme', () => {
    expect(relationsOn(implementsExtractor, '长江中游城市群将实施科技成果转化专项行动。')).toEqual(['IMPLEMENTS 重庆市 -> 科技成果转化专项行动']);
  });
});
