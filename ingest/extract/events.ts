/**
 * How gatherings are written, for the named-things rule: joint sessions
 * (市委六届五次、六次全会 is two plenums), an event named inside another
 * (…全会精神解读新闻发布会), what makes an event name distinct (a session, an
 * edition, a year, a body), and the three-character short names of fairs and
 * games (智博会, 西洽会, 进博会, 服贸会, 残运会).
 */
import type { EntityType } from '../../schema/model.ts';
import { matchesOf } from './match.ts';
import type { SentenceWords } from './words.ts';

/** A name the named-things rule found, offsets relative to the sentence. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  name: string;
  aliases: string[];
}

const JOINT_SESSIONS = /((?:中共[\p{Script=Han}]{2,4})?(?:市|省|区|县)委[一二三四五六七八九十]+届)([一二三四五六七八九十]+次)、([一二三四五六七八九十]+次)(全会|会议)/gu;

/** 市委六届五次、六次全会 → 市委六届五次全会 and 市委六届六次全会. */
export function jointSessions(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('届')) return found;
  for (const m of matchesOf(JOINT_SESSIONS, text)) {
    const [all, body, first, second, head] = m as unknown as [string, string, string, string, string];
    const start = m.index;
    found.push({ type: 'Event', start, end: start + all.length, name: `${body}${first}${head}`, aliases: [all] });
    found.push({ type: 'Event', start, end: start + all.length, name: `${body}${second}${head}`, aliases: [] });
  }
  return found;
}

/** An event name must say which one: a session number, an edition, a year, a body or a place. */
export function distinctEvent(modifier: string, head: string): boolean {
  if (head === '全会') return /届/u.test(modifier);
  // 会议 names a session (市委经济工作会议, 省政府第十次常务会议, 联席会议), not any meeting.
  if (head === '会议') return /届|工作$|第.+次|(?:常务|联席|全体|专题|推进|调度|常委会)$/u.test(modifier);
  if (/第.+届|\d{4}|[（(]|中国|国际|全国|中央|市委|省委|区委|县委|人大|政协/u.test(modifier)) return true;
  return modifier.length >= 2;
}

/** An event named inside another (…全会精神解读新闻发布会) is an event too. */
export function expandEvents(c: Candidate): Candidate[] {
  if (c.type !== 'Event') return [c];
  const inner = /^(.+?届[一二三四五六七八九十]+(?:次|中)全会)(?=.)/u.exec(c.name);
  return inner ? [c, { ...c, end: c.start + (inner[1] as string).length, name: inner[1] as string, aliases: [] }] : [c];
}

/** Short names of fairs and games: one character of the place or theme, then 博会, 洽会, 交会, 贸会, 运会 or 奥会. */
const SHORT_EVENT = /\p{Script=Han}(?:博会|洽会|交会|贸会|运会|奥会)/gu;

/** Short event names that stand as words of their own (智博会, not …的智博会展馆 inside a longer word). */
export function shortEvents(text: string, words: SentenceWords): Candidate[] {
  if (!/[博洽交贸运奥]会/u.test(text)) return [];
  return matchesOf(SHORT_EVENT, text)
    .filter((m) => words.startingAt(m.index) >= 0 && words.endingAt(m.index + m[0].length) >= 0)
    .map((m) => ({ type: 'Event' as const, start: m.index, end: m.index + m[0].length, name: m[0], aliases: [] }));
}

/** A quoted name of an ordinal meeting (“新春第一会”) is an event. */
export const ORDINAL_MEETING = /[一二三四五六七八九十百千]会$/u;
