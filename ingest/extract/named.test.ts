import { describe, expect, it } from 'vitest';
import { namedThingExtractor } from './named.ts';
import { runOn } from './testing.ts';

const named = (s: string) => runOn(namedThingExtractor, s).mentions.map((m) => `${m.type}:${m.name}`);

describe('named-things: quoted code names', () => {
  it('takes a quote with its head noun phrase and modifier', () => {
    expect(named('当前重庆正在加快构建“33618”现代制造业集群体系。')).toContain('Initiative:“33618”现代制造业集群体系');
    expect(named('实施智能网联新能源汽车“协同跨越”行动。')).toContain('Initiative:智能网联新能源汽车“协同跨越”行动');
  });
  it('shares the head of quotes in a row', () => {
    expect(named('重庆将深化实施“百团千企”“渝车出海”行动。')).toEqual(expect.arrayContaining(['Initiative:“百团千企”行动', 'Initiative:“渝车出海”行动']));
  });
  it('keeps numeric code names bare and types platforms by their head', () => {
    expect(named('紧扣“两中心两地”战略定位。')).toContain('Initiative:“两中心两地”');
    expect(named('加快建设“一带一路”科技创新合作区。')).toContain('Platform:“一带一路”科技创新合作区');
  });
  it('does not take quoted phrases without a head for names', () => {
    expect(named('让重庆的“国际范”更足。')).toEqual([]);
    expect(named('持续扩大“朋友圈”，形成“国际组织+研究机构”相互依托的模式。')).toEqual([]);
  });
});

describe('named-things: head nouns', () => {
  it('reads actions and plans after a governing verb', () => {
    expect(named('提速实施畅游巴蜀便捷行动。')).toContain('Initiative:畅游巴蜀便捷行动');
    expect(named('今年国家将启动世界级先进制造业集群培育工程。')).toContain('Initiative:世界级先进制造业集群培育工程');
  });
  it('needs a modifier that says which one', () => {
    expect(named('重庆将实施三项行动。')).toEqual([]);
    expect(named('会议强调，要推动发展。')).toEqual([]);
  });
  it('reads events with a session, an edition or a body, and splits joint sessions', () => {
    expect(named('紧紧围绕市委经济工作会议和市委六届五次、六次全会工作部署。')).toEqual(
      expect.arrayContaining(['Event:市委经济工作会议', 'Event:市委六届五次全会', 'Event:市委六届六次全会']),
    );
    expect(named('高质量承办第十四届中国艺术节。')).toContain('Event:第十四届中国艺术节');
    expect(named('出席新闻发布会的嘉宾作了解答。')).toEqual([]);
  });
  it('reads platforms and corridors, not generic ones', () => {
    expect(named('重庆获批陆港型国家物流枢纽。')).toContain('Platform:陆港型国家物流枢纽');
    expect(named('高质量推进共建西部陆海新通道。')).toContain('Corridor:西部陆海新通道');
    expect(named('畅联内外开放通道。')).toEqual([]);
  });
});

describe('named-things: documents', () => {
  it('reads book-title marks and titles issued by a body', () => {
    expect(named('配合国家做好《成渝地区双城经济圈建设规划纲要》评估。')).toContain('Document:成渝地区双城经济圈建设规划纲要');
    expect(named('会议介绍了中共重庆市委关于制定重庆市国民经济和社会发展第十四个五年规划的建议起草情况。')).toContain(
      'Document:中共重庆市委关于制定重庆市国民经济和社会发展第十四个五年规划的建议',
    );
    expect(named('政府工作报告提出，聚力打造内陆开放国际合作引领区。')).toContain('Document:政府工作报告');
  });
  it('does not take ordinary advice for a document', () => {
    expect(named('大家提出意见建议。')).toEqual([]);
  });
});

describe('named-things: how gatherings and code names are written', () => {
  it('reads short fair names standing as words, and joined parties in a name', () => {
    expect(named('拓展智博会、西洽会等国际展会功能。')).toEqual(expect.arrayContaining(['Event:智博会', 'Event:西洽会']));
    expect(named('第二十一届中国—东盟博览会在南宁开幕。')).toContain('Event:第二十一届中国—东盟博览会');
    expect(named('社会各界广泛参与。')).toEqual([]);
  });
  it('ends a gathering’s name before its ceremonies', () => {
    expect(named('2025天府论坛开幕式在成都举行。')).toEqual(['Event:2025天府论坛']);
  });
  it('reads a quoted ordinal meeting as an event', () => {
    expect(named('市委召开“新春第一会”。')).toContain('Event:“新春第一会”');
  });
  it('leaves the verbs that govern a name out of it', () => {
    expect(named('学习运用“千万工程”经验。')).toContain('Initiative:“千万工程”');
    expect(named('持续做大做强做优“33618”现代制造业集群体系。')).toContain('Initiative:“33618”现代制造业集群体系');
    expect(named('以培育建设国际消费中心城市为引领。')).toContain('Initiative:国际消费中心城市');
  });
  it('does not let a place and its verb into a platform name', () => {
    expect(named('探索与四川遂宁共建综合保税区。')).not.toContain('Platform:四川遂宁共建综合保税区');
  });
});

describe('named-things: names of gatherings', () => {
  it('reads a head the dictionary cuts in two (推进/会) whole', () => {
    expect(named('全省制造业高质量发展推进会在长沙召开。')).toContain('Event:全省制造业高质量发展推进会');
  });
  it('keeps verbs and quotes that are part of the name, up to the verb that holds it', () => {
    expect(named('西安举行“十五五”规划建议解读新闻发布会。')).toContain('Event:“十五五”规划建议解读新闻发布会');
    expect(named('市政府新闻办召开2025年一季度经济运行情况新闻发布会。')).toContain('Event:2025年一季度经济运行情况新闻发布会');
    expect(named('西安市推进“三个经济”发展大会召开。')).toContain('Event:西安市推进“三个经济”发展大会');
  });
  it('does not take the verbs that govern it or another noun phrase joined by 和', () => {
    expect(named('提质打造“一带一路”科技交流大会。')).toContain('Event:“一带一路”科技交流大会');
    expect(named('深入学习贯彻落实中央经济工作会议精神。')).toEqual(['Event:中央经济工作会议']);
    expect(named('实现年均增长6%的目标和市委六届二次全会提出的目标。')).toEqual(['Event:市委六届二次全会']);
  });
});

describe('named-things: programmes, positionings, places and ports', () => {
  it('reads the whole object of a verb of carrying out, cut apart or not', () => {
    expect(named('实施以“33618”现代制造业集群为核心的现代化产业体系做大做强行动。')).toContain('Initiative:以“33618”现代制造业集群为核心的现代化产业体系做大做强行动');
    expect(named('实施成渝地区双城经济圈建设走深走实行动，在加快建设上实现突破。')).toContain('Initiative:成渝地区双城经济圈建设走深走实行动');
  });
  it('keeps two programmes joined by 和 apart, and a count of them generic', () => {
    expect(named('深入推进制造业重点产业链高质量发展行动和制造业数字化转型行动。')).toEqual(['Initiative:制造业重点产业链高质量发展行动', 'Initiative:制造业数字化转型行动']);
    expect(named('重庆将实施三项行动。')).toEqual([]);
  });
  it('reads positionings named by their scope alone', () => {
    expect(named('加快建设国家中心城市。')).toEqual(['Initiative:国家中心城市']);
    expect(named('（一）聚力建设国家科技创新中心')).toEqual(['Initiative:国家科技创新中心']);
    expect(named('努力建设中心城市。')).toEqual([]);
  });
  it('reads city clusters as places, the longer of overlapping platform names, and 中 pairs', () => {
    expect(named('推动武汉都市圈、长江中游城市群发展。')).toEqual(['Place:武汉都市圈', 'Place:长江中游城市群']);
    expect(named('两个都市圈融通互动。')).toEqual([]);
    expect(named('西安国际港站开行班列。')).toContain('Platform:西安国际港站');
    expect(named('依托中老铁路。')).toEqual(['Corridor:中老铁路']);
    expect(named('在发展中老铁路沿线产业。')).toEqual([]);
  });
});

describe('named-things: enumerations and generic railways', () => {
  it('reads a programme named as an item of an enumeration (二是…行动)', () => {
    expect(named('二是消费供给提升行动，比如聚焦汽车。')).toEqual(['Initiative:消费供给提升行动']);
    expect(named('消费供给提升行动，比如聚焦汽车。')).toEqual([]);
  });
  it('does not take a kind of railway for a named one', () => {
    expect(named('市郊铁路璧铜线建成开通。')).toEqual([]);
    expect(named('推进湘桂铁路扩能改造。')).toEqual(['Corridor:湘桂铁路']);
  });
});

describe('named-things: a city’s positionings as centres', () => {
  it('reads every centre a city is to become, a head cut inside a word too (国际交往/中心)', () => {
    expect(named('加快建设国家商贸物流中心、国际交往中心和区域金融中心。')).toEqual([
      'Initiative:国家商贸物流中心',
      'Initiative:国际交往中心',
      'Initiative:区域金融中心',
    ]);
    expect(named('建设长江上游航运中心。')).toEqual(['Initiative:长江上游航运中心']);
  });
  it('does not read a centre that no verb of building governs', () => {
    expect(named('国际交往中心的作用更加凸显。')).toEqual([]);
  });
});

describe('named-things: ports and zones', () => {
  it('reads a port named by a proper noun before 港', () => {
    expect(named('加快阳逻港建设。')).toEqual(['Platform:阳逻港']);
  });
  it('does not take a place, a verb of shipping or a common word before 港 for a port', () => {
    expect(named('香港与澳门合作。')).toEqual([]);
    expect(named('货物出港后直达欧洲。')).toEqual([]);
  });
  it('reads industrial cities and parks', () => {
    expect(named('推动青白江欧洲产业城建设。')).toContain('Platform:青白江欧洲产业城');
  });
});
