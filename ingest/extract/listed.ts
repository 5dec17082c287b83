/**
 * Names typed by the list they stand in: official writing closes a list of
 * examples with 等 and the kind of thing they are (新加坡、纽约等国际知名城市;
 * 中環万象城、新华万象中心等消费新地标; 长安汽车、赛力斯等龙头企业). Each item that
 * no other rule has typed takes the type of that noun — the way names without
 * a head noun of their own (纽约, 长安汽车) are recognised.
 */
import type { EntityType } from '../../schema/model.ts';
import type { ExtractorDescriptor, Findings, MentionFinding, SentenceContext } from './types.ts';
import { endsPhrase, isPunct, nameStart } from './phrases.ts';
import { matchesOf } from './match.ts';
import { posOf } from '../segment.ts';
import type { SentenceWords } from './words.ts';

const KINDS: readonly (readonly [EntityType, string])[] = [
  ['Place', '城市|国家|省份|省市'],
  ['Organization', '企业|公司|集团|银行|高校|院校|机构'],
  ['Platform', '平台|园区|商圈|片区|地标|载体|综合体|街区|景区'],
  ['Event', '展会|活动|赛事|节会|盛会'],
];
/** 等 + up to six characters of modifiers (国际知名, 消费新) + the kind noun. */
const CLOSING = new RegExp(`等(?:一批)?[\\p{Script=Han}]{0,6}?(${KINDS.map(([, nouns]) => nouns).join('|')})`, 'gu');
/** 活动 closes lists of slogans too (演唱会之都、温泉之都等品牌活动): an event item ends like a gathering. */
const EVENT_ENDING = /[会节赛展季周奖]$/u;
const ITEM_SEPARATOR = /^(?:、|和|及|与)$/u;
const MAX_ITEMS = 8;

function typeOf(noun: string): EntityType | undefined {
  return KINDS.find(([, nouns]) => new RegExp(`^(?:${nouns})$`, 'u').test(noun))?.[0];
}

/** Items of the list that ends right before `end` (the 等), right to left, as sentence offsets. */
function listItems(words: SentenceWords, end: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let itemEnd = end;
  while (items.length < MAX_ITEMS) {
    const start = nameStart(words, itemEnd, 12);
    if (start >= itemEnd) break;
    items.push({ start, end: itemEnd });
    const sep = words.spans[words.endingAt(start)];
    if (!sep || !ITEM_SEPARATOR.test(sep.word)) break;
    itemEnd = sep.start;
  }
  return items;
}

/** Parts of speech of dictionary words that are not names (nouns, verbs, adjectives…; ns, nr, nz, nt are names). */
const COMMON_WORD = /^(?:n|v|vn|a|ad|an|d|f|m|q|r|t|s|l|i)$/u;

/** An item that reads as a name: not quoted, no punctuation inside, not one common dictionary word. */
function nameLike(item: string, words: SentenceWords, start: number): boolean {
  if (item.length < 2 || /[“”‘’"']/u.test(item) || [...item].some((c) => isPunct(c))) return false;
  const first = words.spans[words.startingAt(start)];
  return first === undefined || first.word !== item || !COMMON_WORD.test(posOf(item));
}

/** What a company is called before it (头部企业, 龙头企业) and the branch after it (西南总部, 分公司). */
const COMPANY_DESCRIPTION = /^.*(?:企业|公司|机构)(?=\p{Script=Han}{2})/u;
const BRANCH = /(?:(?:西南|西北|华南|华东|华北|华中|东北|中国|全球|亚太|区域)?总部|分公司|子公司|分行|办事处)$/u;

/** The company's own name inside a list item: 全球互联网电商头部企业行云集团西南总部 → 行云集团. */
function companyName(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const item = text.slice(span.start, span.end);
  const lead = COMPANY_DESCRIPTION.exec(item)?.[0].length ?? 0;
  const branch = BRANCH.exec(item.slice(lead));
  const end = branch && branch.index >= 2 ? span.start + lead + branch.index : span.end;
  return { start: span.start + lead, end };
}

function listedFindings(ctx: SentenceContext): Findings {
  const text = ctx.sentence.text;
  const mentions: MentionFinding[] = [];
  if (!text.includes('等')) return { mentions, relations: [] };
  const words = ctx.phrases();
  const base = ctx.sentence.start;
  const taken = (start: number, end: number) => [...(ctx.mentions ?? []), ...mentions].some((m) => m.start < base + end && base + start < m.end);
  for (const m of matchesOf(CLOSING, text)) {
    const nounEnd = m.index + m[0].length;
    const type = typeOf(m[1] as string);
    if (!type || words.endingAt(nounEnd) < 0 || !endsPhrase(words.spans[words.startingAt(nounEnd)])) continue;
    for (const span of listItems(words, m.index)) {
      const { start, end } = type === 'Organization' ? companyName(text, span) : span;
      const item = text.slice(start, end);
      if (taken(start, end) || !nameLike(item, words, start)) continue;
      if (type === 'Event' && !EVENT_ENDING.test(item)) continue;
      mentions.push({ type, name: item, surface: item, start: base + start, end: base + end, listed: true });
    }
  }
  return { mentions, relations: [] };
}

export const listedExtractor: ExtractorDescriptor = {
  stage: 'entities',
  id: 'listed-kinds',
  description: 'Names typed by the noun that closes their list (新加坡、纽约等国际知名城市; …等消费新地标; …等龙头企业): items no other rule typed.',
  entityTypes: ['Place', 'Organization', 'Platform', 'Event'],
  relationTypes: [],
  run: listedFindings,
};
