/**
 * Named things by how they are written: a name ending in a head noun
 * (成渝地区双城经济圈建设走深走实行动, 市委经济工作会议, 陆港型国家物流枢纽),
 * quoted code names with or without a head (“33618”现代制造业集群体系,
 * “六区一高地”, 先进材料“强干繁枝”行动), items of a list closed by a shared
 * head (“车路云一体化”“渝赛计划”等重大工程), and documents (《…》, 关于…的建议).
 */
import type { EntityType } from '../../schema/model.ts';
import type { ExtractorDescriptor, Findings, MentionFinding, SentenceContext } from './types.ts';
import { HEAD_RULES, QUOTE_HEAD_RULES, isGenericModifier, isNumericCodeName, type HeadRule } from './heads.ts';
import { STOP_WORDS, afterLeadingVerbs, endsPhrase, gatheringStart, nameStart, programmeStart, verbBefore } from './phrases.ts';
import type { SentenceWords } from './words.ts';
import { lookupPlace } from './places.ts';
import { posOf } from '../segment.ts';
import { matchesOf } from './match.ts';
import { ORDINAL_MEETING, distinctEvent, expandEvents, jointSessions, shortEvents, type Candidate } from './events.ts';

/** Heads that are a proper name on their own in this genre. */
const SELF_NAMED = new Set(['政府工作报告']);
const BOOK_TITLE = /《([^《》]{2,60})》/gu;
/** 中共重庆市委关于制定…的建议: titles issued by a body, written without marks. */
const ABOUT_TITLE = /(?:中共)?[\p{Script=Han}]{0,8}(?:委|政府|国务院|中央|部|厅|局|办公厅)关于[^，。；：“”《》]{2,60}?的(?:建议|意见|决定|通知|指导意见|实施意见)/gu;
/** …的指导意见 after a verb that implements it (落实促进制造业有序转移的指导意见). */
const OPINION_TITLE = /(?<=落实|贯彻|印发|出台|制定)[^，。；：“”《》]{2,30}?的(?:指导意见|实施意见|若干措施)/gu;
/** Titles issued by a body, each with a word it cannot be written without (a cheap pre-check). */
const ISSUED_TITLES: readonly (readonly [(text: string) => boolean, RegExp])[] = [
  [(text) => text.includes('关于'), ABOUT_TITLE],
  [(text) => text.includes('意见') || text.includes('措施'), OPINION_TITLE],
];
const SHORT_NAME = /以下简称《([^《》]{1,20})》/u;
const QUOTE = /“([^“”]{1,40})”|‘([^‘’“”]{1,20})’/gu;
const LIST_HEAD = /^等(?:重大|重点|国家重大|一批)?(工程|行动|项目|计划|战略|改革|品牌|政策)/u;

function headMatcher(rules: readonly HeadRule[]): { regex: RegExp; ruleOf(head: string): HeadRule } {
  const all = rules.flatMap((r) => r.heads.map((h) => [h, r] as const)).sort((a, b) => b[0].length - a[0].length);
  const byHead = new Map(all.map(([h, r]) => [h, r]));
  return { regex: new RegExp(`(?:${all.map(([h]) => h).join('|')})`, 'gu'), ruleOf: (h) => byHead.get(h) as HeadRule };
}

const UNQUOTED = headMatcher(HEAD_RULES);
const AFTER_QUOTE = headMatcher(QUOTE_HEAD_RULES);

/** Quoted code names: modifier + “X” + optional head noun phrase. */
function quotedNames(text: string, words: SentenceWords): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('“') && !text.includes('‘')) return found;
  for (const m of matchesOf(QUOTE, text)) {
    const qs = m.index ?? 0;
    const qe = qs + m[0].length;
    const inner = (m[1] ?? m[2]) as string;
    if (/[，。！？；,、]/u.test(inner) || inner.length < 2 || text[qs - 1] === '《') continue;
    const c = quotedName(text, words, qs, qe, inner);
    if (c) found.push(c);
  }
  return found;
}

function quotedName(text: string, words: SentenceWords, qs: number, qe: number, inner: string): Candidate | undefined {
  const next = words.spans[words.startingAt(qe)];
  if (next?.word === '建设') {
    const c = candidate(text, 'Initiative', qs, qe, qs);
    c.aliases.push(text.slice(qs, qe + 2));
    return c;
  }
  // “百团千企”“渝车出海”行动: quotes in a row share the head after the last one.
  let after = qe;
  while (/^[“‘]/u.test(text.slice(after)) && !/^[“‘][^“”‘’]{1,24}[”’](?:、|和|与)/u.test(text.slice(after))) {
    const close = text.indexOf(text[after] === '“' ? '”' : '’', after + 1);
    if (close < 0 || close - after > 25) break;
    after = close + 1;
  }
  const headed = headAfter(text, words, after);
  const numeric = isNumericCodeName(inner);
  // A numeric code name without a head of its own stays bare (“两中心两地”战略定位).
  if (numeric && !headed) return endsPhrase(next) || /^(?:战略|[”’])/u.test(text.slice(qe)) ? candidate(text, 'Initiative', qs, qe, qs) : undefined;
  const modStart = modifierStart(text, words, qs);
  if (headed?.rule.type === 'Event') return candidate(text, 'Event', gatheringStart(words, qs, headed.end), qe, qs, text.slice(after, headed.end), after === qe);
  if (headed) return candidate(text, headed.rule.type, modStart, qe, qs, text.slice(after, headed.end), after === qe);
  const innerHead = headAtEnd(inner);
  if (innerHead) return candidate(text, innerHead.type, modStart, qe, qs);
  if (ORDINAL_MEETING.test(inner)) return candidate(text, 'Event', qs, qe, qs);
  if (listHead(text, qe)) return candidate(text, 'Initiative', qs, qe, qs);
  return undefined;
}

/** Verbs that make a quoted name the subject of a statement (“三中心一走廊”包括…): its head ends before them. */
const PREDICATE = new Set(['包括', '包含', '涵盖', '成为', '作为', '位于', '获批', '入选']);

/** The head noun phrase right after a quote (up to the next verb, stop word or punctuation). */
function headAfter(text: string, words: SentenceWords, from: number): { rule: HeadRule; end: number } | undefined {
  const spans = words.spans;
  let runEnd = from;
  const first = words.startingAt(from);
  for (let k = first < 0 ? spans.length : first; k < spans.length; k++) {
    const s = spans[k] as (typeof spans)[number];
    if (s.start > runEnd || runEnd - from > 14 || STOP_WORDS.has(s.word) || PREDICATE.has(s.word)) break;
    if (/[\s，。、；：！？“”‘’《》]/u.test(s.word)) break;
    runEnd = s.end;
  }
  const tail = text.slice(from, runEnd);
  for (const m of matchesOf(AFTER_QUOTE.regex, tail)) {
    if (m[0] === '战略') continue;
    const end = from + (m.index ?? 0) + m[0].length;
    const i = words.endingAt(end);
    if (i >= 0 && endsPhrase(spans[i + 1])) return { rule: AFTER_QUOTE.ruleOf(m[0]), end };
  }
  return undefined;
}

function headAtEnd(inner: string): HeadRule | undefined {
  let found: HeadRule | undefined;
  for (const m of matchesOf(UNQUOTED.regex, inner)) if ((m.index ?? 0) + m[0].length === inner.length) found = UNQUOTED.ruleOf(m[0]);
  return found;
}

/** Start of the words before a quote that belong to the name (智能网联新能源汽车“协同跨越”行动). */
function modifierStart(text: string, words: SentenceWords, qs: number): number {
  const start = afterLeadingVerbs(words, nameStart(words, qs, 12, false), qs, true);
  return /^(?:我市|全市|本市)$/u.test(text.slice(start, qs)) ? qs : start;
}

function listHead(text: string, qe: number): boolean {
  let i = qe;
  while (text[i] === '“' || text[i] === '‘') {
    const close = text.indexOf(text[i] === '“' ? '”' : '’', i + 1);
    if (close < 0 || close - i > 25) return false;
    i = close + 1;
  }
  return LIST_HEAD.test(text.slice(i));
}

/**
 * A quoted name from `start` (modifier) over the quote to `end`, plus `head`
 * when the head was shared by quotes in a row. A place in front
 * (重庆“五型”国家物流枢纽) is not part of the name but kept as an alias.
 */
function candidate(text: string, type: EntityType, start: number, end: number, quoteStart: number, head = '', headFollows = true): Candidate {
  const modifier = text.slice(start, quoteStart);
  const quoted = text.slice(quoteStart, end) + head;
  const place = modifier !== '' && lookupPlace(modifier, {}) !== undefined;
  const name = place ? quoted : modifier + quoted;
  const aliases = [modifier + quoted, quoted].filter((a) => a !== name);
  // A head shared with the quotes after this one is part of the name but not of this quote's span.
  return { type, start: place ? quoteStart : start, end: headFollows ? end + head.length : end, name, aliases: [...new Set(aliases)] };
}

/** Unquoted names ending in a head noun, with a modifier that says which one. */
function headedNames(text: string, words: SentenceWords, taken: readonly Candidate[]): Candidate[] {
  const spans = words.spans;
  const found: Candidate[] = [];
  const ends = new Set<number>();
  for (const m of headMatches(text)) {
    const headStart = m.index ?? 0;
    let end = headStart + m[0].length;
    const at = words.endingAt(end);
    if (at < 0 || ends.has(end) || taken.some((c) => c.start < end && end <= c.end)) continue;
    ends.add(end);
    const rule = UNQUOTED.ruleOf(m[0]);
    const following = spans[at + 1];
    // A parenthetical after the head belongs to the name (2025中国产业发展对接活动(重庆), 中欧班列（成渝）).
    if (following && /^[（(]/u.test(following.word) && rule.type !== 'Initiative' && rule.type !== 'Document') end = following.end;
    if (!endsPhrase(spans[words.startingAt(end)])) continue;
    const start = withPartyPrefix(text, startOfName(words, rule, m[0], headStart, end));
    // A word the head begins inside (国际交往/中心) is part of the modifier.
    const modifier = spans.filter((s) => s.start >= start && s.start < headStart).map((s) => s.word);
    const headWord = spans[at] as (typeof spans)[number];
    const selfNamed = SELF_NAMED.has(m[0]) || (headWord.start < headStart && headWord.start >= start);
    if (!SELF_NAMED.has(m[0]) && isGenericModifier(modifier, rule.type, m[0]) && !selfNamed) continue;
    if (m[0] === '港' && !namesAPort(text.slice(start, end), headWord.word, spans[words.startingAt(start)]?.word ?? '')) continue;
    if (rule.needsVerb && !verbBefore(spans, start) && !subjectOfRole(text, start, end) && !ENUMERATED.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (rule.type === 'Event' && !distinctEvent(text.slice(start, headStart), m[0])) continue;
    found.push({ type: rule.type, start, end, name: text.slice(start, end), aliases: [] });
  }
  // 西安国际港 inside 西安国际港站: the longer name of the same kind is the name.
  return found.filter((c) => !found.some((o) => o !== c && o.type === c.type && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));
}

/** What a programme that opens its clause is said to be (…示范区是…的重要组成部分, …先行区建设加快). */
const ROLE_AFTER = /^(?:建设)?(?:也|已|正|将|已经)?(?:是|作为|成为|获批|入选|纳入|列入)/u;

/** An item of an enumeration (三大行动：一是消费载体培优行动，…二是…): named as one of a set. */
const ENUMERATED = /(?:^|[，。；：,;:])(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是)$/u;

/** A name without a governing verb that opens its clause and is what the clause speaks of. */
function subjectOfRole(text: string, start: number, end: number): boolean {
  return (start === 0 || /[，。；：,;:]/u.test(text.charAt(start - 1))) && ROLE_AFTER.test(text.slice(end));
}

/** Programmes whose whole object a verb of carrying out governs (实施…行动). */
const PROGRAMME = /^(?:行动|计划|工程|行动计划|专项行动)$/u;

/** Where a headed name starts: gatherings and programmes keep verbs of their own; other names start after the verbs that govern them. */
function startOfName(words: SentenceWords, rule: HeadRule, head: string, headStart: number, end: number): number {
  if (rule.type === 'Event') return gatheringStart(words, headStart, end);
  const object = PROGRAMME.test(head) ? programmeStart(words, headStart) : -1;
  return object >= 0 ? object : afterLeadingVerbs(words, modifierFrom(words, headStart, headStart + head.length), headStart, false);
}

/**
 * Every head noun in `text`, overlapping ones included: a head that begins
 * inside another (港站 after 国际港 in 西安国际港站) is found too. At one
 * position the longest head comes first.
 */
function headMatches(text: string): RegExpExecArray[] {
  const re = UNQUOTED.regex;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Where the modifier of a head ending at `headEnd` starts. A head the
 * dictionary cuts into several words (推进/会, 签约/仪式) is read whole, so a
 * verb inside it does not end the name; a head that is one word, or sits
 * inside one (万盛经开区), is read back from its end.
 */
function modifierFrom(words: SentenceWords, headStart: number, headEnd: number): number {
  const first = words.spans[words.startingAt(headStart)];
  return first !== undefined && first.end < headEnd ? nameStart(words, headStart, 30, false) : nameStart(words, headEnd, 30);
}

/**
 * A port named by its place (阳逻港, 新田港): 港 closes a short name that
 * begins with a proper noun and is not itself a place (香港) nor a verb of
 * shipping (出港).
 */
function namesAPort(name: string, word: string, first: string): boolean {
  return name.length >= 3 && name.length <= 6 && /^(?:nr|ns|nz|j)/u.test(posOf(first)) && !posOf(word).startsWith('v') && lookupPlace(name, {}) === undefined;
}

/** 党的 is part of how party congresses and plenums are named (党的二十届四中全会). */
function withPartyPrefix(text: string, start: number): number {
  return text.slice(Math.max(0, start - 2), start) === '党的' ? start - 2 : start;
}

/** Documents: anything in book-title marks, and titles issued by a body (关于…的建议). */
function documentNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('《')) for (const m of matchesOf(BOOK_TITLE, text)) {
    const start = (m.index ?? 0) + 1;
    found.push({ type: 'Document', start, end: start + (m[1] as string).length, name: m[1] as string, aliases: [] });
  }
  for (const [mayHold, re] of ISSUED_TITLES) {
    if (!mayHold(text)) continue;
    for (const m of matchesOf(re, text)) {
      const party = m[0].indexOf('中共');
      const start = (m.index ?? 0) + Math.max(0, party);
      const name = m[0].slice(Math.max(0, party));
      if (found.some((c) => c.start <= start && start < c.end)) continue;
      found.push({ type: 'Document', start, end: start + name.length, name, aliases: [] });
    }
  }
  const short = text.includes('简称') ? SHORT_NAME.exec(text) : null;
  const full = found.find((c) => c.name !== short?.[1]);
  if (short && full) full.aliases.push(short[1] as string);
  return found;
}

function namedFindings(ctx: SentenceContext): Findings {
  const text = ctx.sentence.text;
  const words = ctx.phrases();
  const documents = documentNames(text);
  const quoted = [...documents, ...jointSessions(text), ...quotedNames(text, words), ...shortEvents(text, words)];
  const headed = headedNames(text, words, quoted).flatMap(expandEvents);
  const base = ctx.sentence.start;
  const mentions: MentionFinding[] = [...quoted, ...headed].map((c) => {
    const mention: MentionFinding = { type: c.type, name: c.name, surface: c.name, start: base + c.start, end: base + c.end };
    if (c.aliases.length > 0) mention.aliases = c.aliases;
    // A city cluster is a region, like 东南亚: a market or a setting, not a party to cooperation.
    if (c.type === 'Place') mention.attributes = { kind: 'region' };
    return mention;
  });
  return { mentions, relations: [] };
}

export const namedThingExtractor: ExtractorDescriptor = {
  stage: 'entities',
  id: 'named-things',
  description: 'Initiatives, events, platforms, corridors, documents and city clusters named by a head noun (…行动, …发布会, …枢纽, …走廊, …纲要, …都市圈), a quoted code name (“33618”现代制造业集群体系, “六区一高地”) or book-title marks.',
  entityTypes: ['Initiative', 'Event', 'Platform', 'Corridor', 'Document', 'Place'],
  relationTypes: [],
  run: namedFindings,
};
