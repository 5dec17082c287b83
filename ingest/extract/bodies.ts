/**
 * Organisations named outside an office: central bodies and international
 * organisations by name, bodies of a jurisdiction (市委召开…, 江北区商务委…,
 * 重庆国际问题研究院) and sources of figures (据…统计); and persons named with
 * an honorific after the name (…总书记, …同志).
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from './types.ts';
import { endsPhrase, nameStart } from './phrases.ts';
import { lookupPlace, placePrefixLength } from './places.ts';
import { plausibleName } from './names.ts';
import { mediaName } from './offices.ts';
import { TITLE_EXACT } from './lexicon.ts';
import { matchesOf } from './match.ts';

/** Central party and state bodies, and international organisations, as Chinese texts name them. */
const KNOWN_BODIES = [
  '党中央', '中共中央', '国务院', '中国共产党', '全国人大', '全国人大常委会', '全国政协', '中央军委', '国务院办公厅', '中央办公厅',
  '东盟', '联合国', '欧盟', '非盟', '世界银行', '世界贸易组织', '世贸组织', '上海合作组织', '上合组织', '亚投行', '国际货币基金组织',
  '世界卫生组织', '世卫组织', '二十国集团', '亚太经合组织', '经合组织', '国际奥委会', '金砖国家',
];
const KNOWN = new RegExp(KNOWN_BODIES.sort((a, b) => b.length - a.length).join('|'), 'gu');
const BODY_SUFFIX = /(?:股份有限公司|有限公司|研究院|研究所|大学|学院|集团|公司|银行|党校|协会|商会|联合会|委员会|商务委|管委会|委|局|厅|办|政府|人大|政协)$/u;
const JURISDICTION = /^(?:中共|市(?!场)|省|区(?!域)|县(?!域))/u;
/** Words that end like a body but are not one (格局, 布局, 党委 as part of a title, 省委常委 a member of one). */
const NOT_A_BODY = /(?:格局|布局|大局|全局|结局|当局|邮局|开局|变局|^党委|^党组|^支部|委常委)$/u;
/** The committees that govern a development zone (东湖高新区管委会, 万州经开区党工委). */
const ZONE_BODY = /\p{Script=Han}(?:新区|高新区|经开区|开发区|自贸区|试验区|示范区|港区|园区|保税区)(?:党工委|管委会|工委)$/u;
const SOURCE_OF_FIGURES = /据([\p{Script=Han}]{2,8}?(?:协|会|局|署|组织|中心|院|所|部|委|办))(?:统计|显示|测算|发布|数据)/gu;
const HONORIFIC = /(\p{Script=Han}{2,3})(?=总书记|同志)/gu;

/** An Organization mention of `name` at `start` in the text. */
function organisation(name: string, start: number): MentionFinding {
  return { type: 'Organization', ...mediaName(name), surface: name, start, end: start + name.length };
}

function bodies(ctx: SentenceContext): Findings {
  const text = ctx.sentence.text;
  const base = ctx.sentence.start;
  const mentions: MentionFinding[] = [];
  const relations: RelationFinding[] = [];
  for (const m of matchesOf(KNOWN, text)) mentions.push(organisation(m[0], base + (m.index ?? 0)));
  if (text.includes('据')) for (const m of matchesOf(SOURCE_OF_FIGURES, text)) mentions.push(organisation(m[1] as string, base + (m.index ?? 0) + 1));
  const words = ctx.phrases();
  const spans = words.spans;
  spans.forEach((span, i) => {
    if (!BODY_SUFFIX.test(span.word) || !endsPhrase(spans[i + 1]) || NOT_A_BODY.test(span.word) || TITLE_EXACT.test(span.word)) return;
    const start = nameStart(words, span.end, 16);
    const name = text.slice(start, span.end);
    const first = spans[words.startingAt(start)]?.word ?? '';
    if (name.length < 2 || mentions.some((x) => x.start === base + start)) return;
    // A place may be written inside one dictionary word with the body (四川省人民政府).
    if (JURISDICTION.test(name) || ZONE_BODY.test(name) || (first.length >= 2 && lookupPlace(first, ctx.doc)) || placePrefixLength(name, ctx.doc) > 0) mentions.push(organisation(name, base + start));
  });
  if (!text.includes('总书记') && !text.includes('同志')) return { mentions, relations };
  for (const m of matchesOf(HONORIFIC, text)) {
    const name = m[1] as string;
    const at = m.index ?? 0;
    if (!plausibleName(name) || words.startingAt(at) < 0) continue;
    mentions.push({ type: 'Person', name, surface: name, start: base + at, end: base + at + name.length });
    if (text.startsWith('总书记', at + name.length)) {
      relations.push({ type: 'HOLDS_POSITION', from: { type: 'Person', name }, to: { type: 'Organization', name: '党中央' }, title: '总书记', confidence: 0.6, rule: 'honorific' });
    }
  }
  return { mentions, relations };
}

export const bodiesExtractor: ExtractorDescriptor = {
  stage: 'entities',
  id: 'bodies',
  description: 'Organizations outside offices (central bodies, international organisations, 市委/江北区商务委/重庆…研究院 by jurisdiction + suffix, 据…统计) and persons before 总书记/同志.',
  entityTypes: ['Organization', 'Person'],
  relationTypes: ['HOLDS_POSITION'],
  run: bodies,
};
