/**
 * Phrase helpers for the rules: where a name that ends in a head noun
 * (…行动, …发布会, …枢纽) starts, read from the jieba words of its sentence.
 * Names run back from the head until punctuation, a verb of action
 * (实施, 打造, 举办…), an adverb or a function word.
 */

import { posOf, type WordSpan } from '../segment.ts';
import type { SentenceWords } from './words.ts';
import { lookupPlace } from './places.ts';

export type { WordSpan } from '../segment.ts';

/** Verbs that introduce what a subject carries out, builds, holds or joins. */
export const ACTION_VERBS = new Set([
  '实施', '开展', '启动', '推进', '推动', '落实', '打造', '构建', '深化', '迭代', '提升', '加快', '做好', '出台', '制定', '完善',
  '加强', '巩固', '拓展', '提速', '争取', '配合', '协同', '联合', '举办', '承办', '召开', '举行', '参加', '出席', '获批', '成为',
  '作为', '位于', '围绕', '依托', '聚焦', '建设', '建成', '建好', '共建', '创建', '争创', '培育', '发展', '壮大', '做大', '做强',
  '实现', '融入', '对接', '服务', '支持', '提出', '部署', '审议', '通过', '印发', '发布', '评估', '编制', '贯彻', '学习', '落地',
  '升级', '优化', '扩围', '策划', '引领', '带动', '紧扣', '锚定', '承接', '开行', '开通', '运行', '加力', '助推', '牵引', '助力',
  '统筹', '探索', '申报', '支持', '启用', '投用', '开工', '签约', '实行', '执行', '重塑', '唱好', '抓好', '用好', '办好', '提质', '擦亮',
  '提供', '推出', '入选', '纳入', '获评', '设立', '成立', '组建', '搭建', '布局', '谋划', '坚持', '强化', '增强', '释放', '扩大',
  '抢抓', '咬定', '放大', '审查', '建立', '打响', '围绕', '征求', '介绍', '赞同', '听取', '明确', '强调', '指出', '表示', '说', '认为',
  '建议', '进出', '获', '批', '深耕', '瞄准', '紧盯', '盯紧', '构架', '拥抱', '借鉴', '引进', '吸引', '推介', '培优',
]);

/** Action verbs that also occur inside names (…集群培育工程, …高质量发展先行区, 成渝地区双城经济圈建设…行动). */
const NAME_INTERNAL_VERBS = new Set([
  '建设', '发展', '培育', '提升', '引领', '升级', '优化', '服务', '统筹', '探索', '共建', '协同', '联合', '壮大', '做大',
  '做强', '实现', '融入', '对接', '带动', '布局', '强化', '增强', '释放', '扩大', '助力', '牵引', '创建', '承接', '建立', '构建',
]);

/** A longer word that ends in a governing verb (紧紧围绕, 深入开展). */
function endsInGoverningVerb(word: string): boolean {
  const tail = word.slice(-2);
  return word.length >= 3 && ACTION_VERBS.has(tail) && !NAME_INTERNAL_VERBS.has(tail);
}

/** Words that never start or sit inside a name: adverbs, auxiliaries, function words. */
export const STOP_WORDS = new Set([
  '将', '要', '正', '正在', '已', '已经', '还', '也', '都', '再', '并', '并且', '而', '且', '又', '更', '最', '很', '就', '才',
  '的', '了', '着', '过', '和', '与', '及', '以及', '或', '等', '是', '为', '在', '于', '对', '从', '向', '把', '被', '让', '使',
  '以', '由', '按', '按照', '通过', '持续', '积极', '深入', '全面', '大力', '全力', '切实', '继续', '进一步', '不断', '加快',
  '着力', '努力', '力争', '确保', '坚定', '稳步', '扎实', '好', '一批', '一系列', '系列', '今年', '明年',
  '去年', '当前', '目前', '同时', '其中', '此外', '以来', '期间', '方面', '我们', '我市', '全市', '该', '这', '这一', '此',
  '其', '各', '各类', '相关', '有关', '多项', '多个', '主要', '进行', '开始', '共同', '如何', '怎样', '能', '这次', '本次',
  '此次', '可以', '应', '应当', '必须', '需要', '希望', '首个', '首批', '上', '中', '下', '后', '前', '个', '项', '场', '暨',
  '紧紧', '更好', '更加', '一道', '一起', '分别', '先后', '一并', '率先', '首次', '正式', '即将', '还将', '也将', '均', '共',
]);

/** Words after which a name has ended (…先行区建设, …全会精神, …行动等). */
const AFTER_NAME = new Set([
  '建设', '精神', '期间', '以来', '上', '中', '等', '暨', '后', '前', '时', '之', '里', '内', '外', '活动',
  // A gathering's name ends before its ceremonies and parts (…论坛开幕式, …博览会主论坛).
  '开幕', '闭幕', '开幕式', '闭幕式', '启动', '仪式', '启动仪式', '签约仪式', '主论坛', '分论坛', '现场', '会场', '会上',
]);

const PUNCT = /[\s，。、；：！？,.;:!?（）()【】《》—…·“”‘’"']/u;
const PAREN_WORD = /^[（(][\p{Script=Han}]{1,4}[)）]$/u;

/** A word made of punctuation or white space only. */
export function isPunct(word: string): boolean {
  return PUNCT.test(word) && [...word].every((c) => PUNCT.test(c));
}

function isVerb(word: string): boolean {
  return ACTION_VERBS.has(word) || (word.length >= 2 && posOf(word).startsWith('v') && posOf(word) !== 'vn');
}

/** Whether the word before a verb shows the verb governs the name (start, punctuation, adverb, another verb). */
function opensClause(prev: WordSpan | undefined): boolean {
  const governing = prev !== undefined && ACTION_VERBS.has(prev.word) && !NAME_INTERNAL_VERBS.has(prev.word);
  return prev === undefined || isPunct(prev.word) || governing || endsInGoverningVerb(prev.word) || STOP_WORDS.has(prev.word) || /[将要正在地]$/u.test(prev.word) || posOf(prev.word) === 'd';
}

/** Whether a name may end before `next` (not inside a longer noun phrase such as 机场集团, 计划报告). */
export function endsPhrase(next: WordSpan | undefined): boolean {
  if (next === undefined || isPunct(next.word) || PAREN_WORD.test(next.word)) return true;
  if (STOP_WORDS.has(next.word) || AFTER_NAME.has(next.word) || ACTION_VERBS.has(next.word)) return true;
  const pos = posOf(next.word);
  return /^(?:v|d|p|c|u|f|r|m)/u.test(pos) && pos !== 'vn';
}

export interface NameBounds {
  start: number;
  end: number;
}

/**
 * Where a name ending at `end` (exclusive, sentence offset) begins: walk back
 * over words until punctuation, a stop word or a verb that governs the name
 * (实施…, 抢抓…), at most `maxLength` characters. A verb right after another
 * verb belongs to the name (实施畅游巴蜀便捷行动); verbs such as 建设 or 培育
 * inside a noun phrase do too (…集群培育工程). A name may begin inside a word
 * (重庆江北国际机场 is one jieba word).
 */
export function nameStart(words: SentenceWords, end: number, maxLength = 24, includeLast = true): number {
  const spans = words.spans;
  const last = words.holdingEnd(end);
  if (last < 0) return end;
  // The word holding the head is part of the name, whatever its own part of speech.
  let start = includeLast ? (spans[last] as WordSpan).start : end;
  for (let i = includeLast ? last - 1 : last; i >= 0; i--) {
    const span = spans[i] as WordSpan;
    if (span.end !== start) break;
    if (opensPairWithChina(span, spans[i + 1], spans[i - 1])) return span.start;
    if (end - span.start > maxLength || (isPunct(span.word) && !joinsParties(span, spans[i - 1])) || STOP_WORDS.has(span.word)) break;
    if (governsName(span, spans[i - 1])) break;
    start = span.start;
  }
  return start;
}

/** One-character names of countries and regions that 中 pairs with (中欧班列, 中老铁路, 中新…物流园). */
const PAIRED_WITH_CHINA = new Set([...'欧老亚新俄蒙非美日韩越柬缅泰巴哈吉乌塔土阿英法德意马印']);

/** 中 at the start of a name, before a country's one-character name (中老铁路): not the postposition 中. */
function opensPairWithChina(span: WordSpan, next: WordSpan | undefined, prev: WordSpan | undefined): boolean {
  return span.word === '中' && next !== undefined && PAIRED_WITH_CHINA.has(next.word.charAt(0)) && opensClause(prev);
}

/**
 * Where a name really starts when the words from `start` may begin with verbs
 * that only govern it: verbs of building (建设国际消费中心城市), 做大做强做优…, and
 * — before a quoted code name, where the modifier is a noun phrase — any verb
 * (运用“千万工程”). Stops before `limit`.
 */
export function afterLeadingVerbs(words: SentenceWords, start: number, limit: number, anyVerb: boolean): number {
  let at = start;
  for (;;) {
    const i = words.startingAt(at);
    const w = words.spans[i];
    const next = words.spans[i + 1];
    if (!w || w.end > limit) return at;
    if (w.word === '做' && next && next.end <= limit && /^[大强优实精细靓响好]$/u.test(next.word)) at = next.end;
    else if (NAME_INTERNAL_VERBS.has(w.word) || (anyVerb && (ACTION_VERBS.has(w.word) || posOf(w.word).startsWith('v')))) at = w.end;
    else return at;
  }
}

/** A dash between two parties inside a name (中国—东盟博览会, 中国-中亚峰会): the party before it is a place. */
function joinsParties(dash: WordSpan, before: WordSpan | undefined): boolean {
  if (!/^[—－-]{1,2}$/u.test(dash.word) || before === undefined || before.word.length < 2) return false;
  return before.word === '中国' || lookupPlace(before.word, {}) !== undefined;
}

/**
 * Whether a verb before a name governs it (so the name starts after it).
 * Verbs of the closed list do, unless they also occur inside names (建设, 培育)
 * and follow a noun; other verbs (by part of speech) only at a clause start,
 * and not right after a governing verb (实施畅游巴蜀便捷行动).
 */
function governsName(span: WordSpan, prev: WordSpan | undefined): boolean {
  if (endsInGoverningVerb(span.word)) return true;
  if (ACTION_VERBS.has(span.word)) return !NAME_INTERNAL_VERBS.has(span.word) || opensClause(prev) || placeSubject(prev);
  if (!isVerb(span.word)) return false;
  const afterGoverningVerb = prev !== undefined && ACTION_VERBS.has(prev.word) && !NAME_INTERNAL_VERBS.has(prev.word);
  return !afterGoverningVerb && (opensClause(prev) || placeSubject(prev));
}

/** A place right before a verb is its subject (四川遂宁共建…, 江北拥有…): the verb governs what follows. */
function placeSubject(prev: WordSpan | undefined): boolean {
  return prev !== undefined && prev.word.length >= 2 && lookupPlace(prev.word, {}) !== undefined;
}

/** Verbs that hold, open or attend a gathering: they always end its name (举行…论坛, 出席…大会). */
const HOLDING_VERBS = new Set([
  '举行', '召开', '举办', '主办', '承办', '协办', '出席', '参加', '参与', '开幕', '闭幕', '启动', '亮相', '筹办', '召集', '主持', '列席',
  '组织', '参会', '与会', '办好', '开好', '见证', '致辞', '参观', '观摩',
]);
/** Stop words that may sit inside a gathering's name (中国东西部合作与投资贸易洽谈会, 系列主题新闻发布会). */
const INSIDE_GATHERING = new Set(['与', '系列']);
/** Words of a date or time of day before a gathering (11月28日上午市政府新闻办…). */
const TIME_WORD = /^(?:日|上午|下午|晚上|晚间|日前|近日|当天|今天|昨天|昨日|今日|近期)$/u;

/**
 * Where the name of a gathering whose head starts at `headStart` begins.
 * Such names hold verbs and quotes of their own (2025年重庆市推进…先行区建设
 * 新闻发布会, “建设‘六区一高地’”主题新闻发布会, 西安市推进“三个经济”发展大会),
 * so only a verb that holds or attends it (举行, 召开, 出席…), a verb opening
 * the clause, a date, punctuation or a function word ends it.
 */
export function gatheringStart(words: SentenceWords, headStart: number, headEnd: number, maxLength = 40): number {
  const spans = words.spans;
  let i = words.endingAt(headStart);
  let start = headStart;
  if (i < 0 && headStart > 0) {
    // The head begins inside a word (常务会议): the whole word is part of the name.
    const holding = words.holdingEnd(headStart + 1);
    if (holding < 0) return headStart;
    start = (spans[holding] as WordSpan).start;
    i = holding - 1;
  }
  for (; i >= 0; i--) {
    const span = spans[i] as WordSpan;
    const w = span.word;
    if (span.end !== start || headEnd - span.start > maxLength) break;
    if (w === '”' || w === '’') {
      const open = openingQuote(spans, i, w === '”' ? '“' : '‘');
      if (open < 0) break;
      start = (spans[open] as WordSpan).start;
      i = open;
      continue;
    }
    if ((isPunct(w) && !joinsParties(span, spans[i - 1])) || (STOP_WORDS.has(w) && !INSIDE_GATHERING.has(w))) break;
    if (HOLDING_VERBS.has(w) || TIME_WORD.test(w) || (endsInGoverningVerb(w) && posOf(w) !== 'n')) break;
    if (governsGathering(span, spans[i - 1])) break;
    start = span.start;
  }
  return start;
}

/** Who or when a gathering is of, written before a verb inside its name (重庆市推进…新闻发布会, 2025年推进…大会). */
const GATHERING_OWNER = /^(?:\d{4}年?|全省|全市|全国|全区|全县)$/u;

/**
 * A verb before a gathering's name that governs it (提质打造…大会): a verb of
 * the closed list unless the place or year the gathering is of stands before
 * it; another verb when it opens the clause, not right after a governing verb
 * (规划建议解读…). 建议 before a gathering is the document (规划建议).
 */
function governsGathering(span: WordSpan, prev: WordSpan | undefined): boolean {
  if (!isVerb(span.word) || span.word === '建议') return false;
  if (ACTION_VERBS.has(span.word) && !NAME_INTERNAL_VERBS.has(span.word)) {
    return prev === undefined || !(GATHERING_OWNER.test(prev.word) || (prev.word.length >= 2 && lookupPlace(prev.word, {}) !== undefined));
  }
  const afterGoverningVerb = prev !== undefined && ACTION_VERBS.has(prev.word) && !NAME_INTERNAL_VERBS.has(prev.word);
  return !afterGoverningVerb && opensClause(prev);
}

/** Index of the nearest opening quote `open` before word `close` (within twelve words), or -1. */
function openingQuote(spans: readonly WordSpan[], close: number, open: string): number {
  for (let j = close - 1; j >= 0 && j >= close - 12; j--) if ((spans[j] as WordSpan).word === open) return j;
  return -1;
}

/** Verbs whose object is a programme named whole (实施…行动, 启动…计划, 深化…工程). */
const PROGRAMME_VERBS = new Set(['实施', '开展', '启动', '推进', '落实', '深化', '制定', '出台', '推出', '迭代', '部署', '组织', '谋划', '启动实施', '深入实施']);
/** Heads that end a programme's name, so 和 after one joins two programmes (…发展行动和…转型行动). */
const PROGRAMME_HEAD = /(?:行动|计划|工程)$/u;

/**
 * Where a programme's name starts when a verb of carrying out governs it in
 * the same clause (实施科技创新和产业创新深度融合行动, 实施以“33618”…为核心的…
 * 做大做强行动): right after the verb (and 好), whatever the name holds but
 * punctuation, within `maxLength` characters; -1 when no such verb governs it.
 */
export function programmeStart(words: SentenceWords, headStart: number, maxLength = 40): number {
  const spans = words.spans;
  let i = words.endingAt(headStart);
  let start = headStart;
  if (i < 0 && headStart > 0) {
    // The dictionary cut the head apart (走实行动 as 实行/动): the word it begins in is part of the name.
    const holding = words.holdingEnd(headStart + 1);
    if (holding < 0) return -1;
    start = (spans[holding] as WordSpan).start;
    i = holding - 1;
  }
  for (; i >= 0; i--) {
    const span = spans[i] as WordSpan;
    const w = span.word;
    if (span.end !== start || headStart - span.start > maxLength) return -1;
    if (w === '”' || w === '’') {
      const open = openingQuote(spans, i, w === '”' ? '“' : '‘');
      if (open < 0) return -1;
      start = (spans[open] as WordSpan).start;
      i = open;
      continue;
    }
    if (PROGRAMME_VERBS.has(w)) return start;
    if ((w === '好' || w === '了') && PROGRAMME_VERBS.has(spans[i - 1]?.word ?? '')) {
      i--;
      return start;
    }
    // 等 closes a list of examples (“渝赛计划”“超充行动”等重大工程): the head names their kind, not one programme.
    if (isPunct(w) || w === '等' || ((w === '和' || w === '及') && PROGRAMME_HEAD.test(spans[i - 1]?.word ?? ''))) return -1;
    start = span.start;
  }
  return -1;
}

/** The nearest action verb before `offset` in the same clause (no punctuation between), or undefined. */
export function verbBefore(spans: readonly WordSpan[], offset: number, verbs: ReadonlySet<string> = ACTION_VERBS): WordSpan | undefined {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as WordSpan;
    if (span.end > offset) continue;
    if (/[，。；：！？,;:!?]/u.test(span.word)) return undefined;
    if (verbs.has(span.word)) return span;
  }
  return undefined;
}
