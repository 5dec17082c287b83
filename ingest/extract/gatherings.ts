/**
 * Which gathering a sentence speaks of, and which list it belongs to, for the
 * participation rule. Guest and speaker lists sit under a label, on the label's
 * own line or after it (嘉宾：…, 发布人：市…主任 韩磊); the gathering is the one
 * the article has named last — or, for a list printed above the lead that
 * names it, the first one the article names after the list.
 */
import type { Sentence } from '../split.ts';
import type { MentionFinding } from './types.ts';

/** Labels of guest, speaker and host lists. */
const LABELS =
  '嘉宾|特邀嘉宾|出席嘉宾|与会嘉宾|访谈嘉宾|对话嘉宾|点评嘉宾|受访嘉宾|圆桌嘉宾|发布嘉宾|座谈嘉宾|主讲嘉宾|主讲人|解读人|答问人|发布人|新闻发布人|发言人|新闻发言人|主持人|主持|出席|出席人员|出席领导|参会人员|与会人员|参加人员|访谈人|对话人';
const LABEL_AT_START = new RegExp(`^(?:[■●◆]\\s*)?(${LABELS})\\s*[：:]\\s*`, 'u');
/** A labelled line that holds sentences is a transcript (主持人：请问…？), not a list. */
const PROSE = /[。！？!?]/u;

/** The list label each sentence falls under, if any (the label line itself only when entries follow on it). */
export function listLabels(text: string, sentences: readonly Sentence[]): (string | undefined)[] {
  let label: string | undefined;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    const newLine = previous === undefined || text.slice(previous.end, sentence.start).includes('\n');
    if (!newLine) return label;
    const m = LABEL_AT_START.exec(sentence.text);
    if (m) {
      const lineEnd = text.indexOf('\n', sentence.start);
      label = PROSE.test(text.slice(sentence.start, lineEnd < 0 ? text.length : lineEnd)) ? undefined : m[1];
      return m[0].length === sentence.text.length ? undefined : label;
    }
    // A list runs over the lines that follow it (a byline under 主持人： too), up to prose or a marked line (■本报记者…).
    if (!sentence.isLine || /^[■●◆]/u.test(sentence.text)) label = undefined;
    return label;
  });
}

/** An event whose decisions are cited (…全会精神, 贯彻…会议部署) or that stands for an institution (…联席会议等机制), not one taking place. */
const CITED_AFTER = /^(?:和[^，。；]{2,20}?)?(?:精神|部署|要求|决策|重要讲话)|^等?(?:机制|制度)/u;
const CITED_BEFORE = /(?:贯彻|落实|学习|传达|领会|按照|根据)[^，。；]{0,12}$/u;

/** The last-starting, then longest, event mention of a sentence that is not only cited. */
export function latestEvent(mentions: readonly MentionFinding[], sentence: Sentence): MentionFinding | undefined {
  let best: MentionFinding | undefined;
  for (const m of mentions) {
    if (m.type !== 'Event') continue;
    const start = m.start - sentence.start;
    const end = m.end - sentence.start;
    if (CITED_AFTER.test(sentence.text.slice(end)) || CITED_BEFORE.test(sentence.text.slice(0, start))) continue;
    if (!best || m.start > best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best;
}

/**
 * The gathering each sentence speaks of: the latest one named in its article
 * so far; for a labelled list before any is named, the first one named after
 * it in the same article.
 */
export function currentEvents(sentences: readonly Sentence[], mentions: readonly (readonly MentionFinding[])[], labels: readonly (string | undefined)[]): (MentionFinding | undefined)[] {
  const named = sentences.map((s, i) => latestEvent(mentions[i] ?? [], s));
  let recent: MentionFinding | undefined;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    if (previous && previous.article !== sentence.article) recent = undefined;
    const event = named[i];
    if (event && (recent === undefined || takesPlace(sentence, event))) recent = event;
    if (recent || labels[i] === undefined) return recent;
    return heldSoonAfter(sentences, named, i);
  });
}

/** Verbs that say a gathering is taking place (…论坛开幕, 召开…会议). */
const HELD_AFTER = /^[^，。；,;]{0,6}?(?:举行|召开|开幕|闭幕|启幕|落幕|揭幕|拉开帷幕)/u;
const HELD_BEFORE = /(?:举行|召开|出席|参加|主持)[^，。；,;将要]{0,6}$/u;
const AT_IT = /^(?:上|期间|开幕式|现场|会上|会场)/u;

/**
 * Whether a sentence speaks of the gathering as taking place — a headline,
 * …开幕/召开…, 出席…, 在…上 — rather than naming one in passing (…将承办…节),
 * which does not make it the gathering that later speakers are at.
 */
function takesPlace(sentence: Sentence, event: MentionFinding): boolean {
  if (sentence.isLine) return true;
  const start = event.start - sentence.start;
  const end = event.end - sentence.start;
  const after = sentence.text.slice(end, end + 12);
  return HELD_AFTER.test(after) || AT_IT.test(after) || HELD_BEFORE.test(sentence.text.slice(Math.max(0, start - 12), start));
}

/** Sentences after a list in which the gathering it belongs to is said to take place. */
const LOOK_AHEAD = 4;
const HELD = /举行|召开|举办|开幕|启幕/u;

/** The gathering a lead held right after the list at `i` says took place (11月28日，…举行…新闻发布会), if any. */
function heldSoonAfter(sentences: readonly Sentence[], named: readonly (MentionFinding | undefined)[], i: number): MentionFinding | undefined {
  const article = (sentences[i] as Sentence).article;
  let j = i + 1;
  while (j < sentences.length && (sentences[j] as Sentence).isLine && (sentences[j] as Sentence).article === article) j++;
  for (const end = j + LOOK_AHEAD; j < end && j < sentences.length; j++) {
    const sentence = sentences[j] as Sentence;
    const event = named[j];
    if (sentence.article !== article) return undefined;
    if (event && HELD.test(sentence.text)) return event;
  }
  return undefined;
}
