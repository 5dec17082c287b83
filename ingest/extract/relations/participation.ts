/**
 * Who took part in a gathering and who led it: guest and speaker lists under a
 * label (嘉宾：, 解读人：, 主持人：), sentences that end in 出席 / 参加 / 致辞 /
 * 发言 / 主持 (or named after 出席…的有), and speakers at a press conference
 * (…新闻发言人朱江表示).
 * The gathering is the latest event the article has named.
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';
import { matchesOf } from '../match.ts';

/** Verbs of taking part; 讲话 as a noun (重要讲话, 讲话精神) is a speech cited, not given there. */
const ATTEND_VERBS = /出席|参加|致辞|先后发言|发言|(?<!重要)讲话(?!精神)|参会|与会|演讲|作报告|见证|宣布(?:开幕|闭幕|启动)|参观|巡馆|(?:审议|讨论)(?=时|中)/gu;
/** What a person says between the name and a later verb: that verb is not the person's (张三表示，要积极参加…). */
const OWN_WORDS = /表示|说|指出|强调|介绍|认为|透露|要求|希望|提出|建议|呼吁/u;
/** Those present named after the verb: 出席会议的有…, 出席活动的领导还有…, 参加座谈的包括…. */
const PRESENT_BEFORE = /(出席|参加)[^，。；,;]{0,12}的[^，。；,;]{0,6}?(?:有|还有|包括|是)[^。；;]*$/u;
const LEAD_VERBS = /主持/gu;
/** A session of a people's congress or a political consultative conference. */
const SESSION = /人大|人民代表大会|政协|两会/u;
const SPEECH = /^(?:表示|介绍|透露|说|指出|谈到|谈道|解读|回答|答|认为|建议|强调|坦言|提出|告诉|呼吁)/u;

function participation(ctx: SentenceContext): Findings {
  const event = ctx.recentEvent;
  const relations: RelationFinding[] = [];
  if (!event) return { mentions: [], relations };
  const persons = (ctx.mentions ?? []).filter((m) => m.type === 'Person');
  const to = refOf(event);
  for (const person of persons) {
    const role = roleOf(ctx, person, event);
    if (!role) continue;
    const type = role === '主持' || role === '主持人' ? 'LEADS' : 'ATTENDED';
    relations.push({ type, from: refOf(person), to, role, confidence: role === '发言人' ? 0.6 : 0.75, rule: 'participation' });
  }
  return { mentions: [], relations };
}

/** How a person took part: the list label, or the first participation verb after the name. */
function roleOf(ctx: SentenceContext, person: MentionFinding, event: MentionFinding): string | undefined {
  if (ctx.listLabel) return ctx.listLabel;
  const text = ctx.sentence.text;
  const { end } = relative(ctx, person);
  const verbs = [...matchesOf(ATTEND_VERBS, text), ...matchesOf(LEAD_VERBS, text)].filter((m) => m.index >= end).sort((a, b) => a.index - b.index);
  const first = verbs[0];
  if (first && !/[。；;]/u.test(text.slice(end, first.index)) && !OWN_WORDS.test(text.slice(end, first.index))) return roleWord(first[0]);
  const present = PRESENT_BEFORE.exec(text.slice(0, relative(ctx, person).start));
  if (present) return present[1];
  // A speaker introduced with an office at a press conference the article is about.
  if (/发布会/u.test(event.name) && SPEECH.test(text.slice(end)) && (ctx.mentions ?? []).some((m) => m.inOffice && m.end <= person.start)) return '发言人';
  // A deputy or member who speaks while the article's 人大 or 政协 session sits (市人大代表、…书记黄涛说).
  if (SESSION.test(event.name) && SPEECH.test(text.slice(end)) && (ctx.mentions ?? []).some((m) => m.inOffice && /(?:人大|政协)$/u.test(m.name) && m.end <= person.start)) return '发言';
  return undefined;
}

/** The role a verb gives (先后发言 → 发言; 审议 at a session → 审议). */
function roleWord(verb: string): string {
  return verb === '先后发言' ? '发言' : verb;
}

export const participationExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'participation',
  description: 'ATTENDED / LEADS: guests and speakers under 嘉宾：/解读人：/主持人：, 出席/参加/致辞/发言/主持 after names, speakers with an office at a press conference; the event is the latest one the article names.',
  entityTypes: [],
  relationTypes: ['ATTENDED', 'LEADS'],
  run: participation,
};
