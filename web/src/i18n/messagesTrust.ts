/**
 * UI strings that say how far to trust what is shown — the relation's type,
 * confidence, the rule that produced it, the date it was reported — and an
 * entity's attributes (division code, level, parent; the homonym warning), in
 * English (the reference) and Chinese. messages.ts merges them.
 */

export const trustEn = {
  'trust.rule': 'rule {rule}',
  'trust.ruleTitle': 'The extraction rule that produced this relation',
  'trust.evidence': 'found by rule {rule}, confidence {confidence}',
  'trust.reportedOn': 'as reported on {date}',
  'trust.dated': 'dated {date}',
  'trust.undated': 'the text gives no date',
  'facts.title': 'Attributes',
  'facts.kind': 'Kind',
  'facts.kind.division': 'Chinese administrative division',
  'facts.kind.country': 'Country',
  'facts.kind.region': 'Region',
  'facts.kind.city': 'City',
  'facts.code': 'Division code (GB/T 2260)',
  'facts.level': 'Level',
  'facts.level.province': 'Province level',
  'facts.level.city': 'Prefecture (city) level',
  'facts.level.district': 'County (district) level',
  'facts.parent': 'Within',
  'facts.iso': 'Country code (ISO 3166)',
  'facts.affiliations': 'Positions in',
  'facts.jurisdictions': 'Jurisdictions',
  'facts.jurisdiction': 'Jurisdiction',
  'facts.mentions': 'Mentions',
  'facts.homonymTitle': 'Possibly different people',
  'facts.homonym': 'This name may refer to different people: the sources name it in bodies that share no organisation and no jurisdiction. Check each relation’s evidence.',
  'facts.homonymGroup': 'Group {n}:',
};

export type TrustMessageKey = keyof typeof trustEn;

export const trustZh: Readonly<Record<TrustMessageKey, string>> = {
  'trust.rule': '规则 {rule}',
  'trust.ruleTitle': '产生这条关系的抽取规则',
  'trust.evidence': '由规则 {rule} 抽取，置信度 {confidence}',
  'trust.reportedOn': '报道日期：{date}',
  'trust.dated': '日期：{date}',
  'trust.undated': '原文未注明日期',
  'facts.title': '属性',
  'facts.kind': '类别',
  'facts.kind.division': '中国行政区划',
  'facts.kind.country': '国家',
  'facts.kind.region': '地区',
  'facts.kind.city': '城市',
  'facts.code': '行政区划代码（GB/T 2260）',
  'facts.level': '级别',
  'facts.level.province': '省级',
  'facts.level.city': '地级',
  'facts.level.district': '县级（区县）',
  'facts.parent': '上级区划',
  'facts.iso': '国家代码（ISO 3166）',
  'facts.affiliations': '任职机构',
  'facts.jurisdictions': '所属辖区',
  'facts.jurisdiction': '辖区',
  'facts.mentions': '提及次数',
  'facts.homonymTitle': '可能是不同的人',
  'facts.homonym': '此姓名可能指不同的人：各来源中的任职机构之间既无共同机构，也无共同辖区。请逐条核对关系的证据。',
  'facts.homonymGroup': '第 {n} 组：',
};
