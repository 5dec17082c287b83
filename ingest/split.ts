/**
 * Splitting a normalised file into articles (where bylines and headlines show
 * them) and into sentences, all with offsets into the normalised text. Pure.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the article that holds it. */
  article: number;
  /** The sentence is a whole line without sentence punctuation (headline, list entry, label). */
  isLine: boolean;
}

export interface ArticleSpan extends Span {
  index: number;
  title: string;
  byline?: string;
  /** ISO date where the article gives a day (年 from the text's context). */
  date?: string;
}

interface LineSpan extends Span {
  text: string;
}

/** A byline: a news outlet and 记者 (or a ■ marker), then names separated by spaces. */
const BYLINE = /^(?:[■□◆]\s*)?(?:(?:[\p{Script=Han}A-Za-z]+[-－—·])?[\p{Script=Han}]{2,12}(?:记者|通讯员)|[■□◆]\s*(?:记者|通讯员))\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*$/u;
const TOP_MARKER = /^[■□◆]/;
/**
 * The lead of a story that opens with its dateline and reporters (本报讯（记者 张三）,
 * 长江日报讯（记者…）, 新华社成都9月1日电（记者…）): like a ■ byline it opens an
 * article with the headlines above it.
 */
const DATELINE = /^(?:[■□◆]\s*)?[\p{Script=Han}A-Za-z]{1,16}?(?:讯|电)\s*[（(]\s*(?:记者|通讯员|实习生)/u;
const TERMINATED = /[。！？!?；;…][”’」』）)"']*$/;
const SENTENCE_END = /[。！？!?；;]/;
/** Sentence ends and the closing marks that stay with them, by character code (checked for every character of a text). */
const SENTENCE_END_CHARS = new Set([...'。！？!?；;'].map((c) => c.charCodeAt(0)));
const CLOSER_CHARS = new Set([...'”’」』）)"\''].map((c) => c.charCodeAt(0)));
/**
 * Longest sentence kept whole (the sample corpus's longest is 374 characters).
 * A longer run without sentence punctuation is cut at clause marks, so that
 * evidence stays a sentence and not a whole unpunctuated file.
 */
export const MAX_SENTENCE_CHARS = 500;
const CLAUSE_BREAK = /[，、,：:\s]/;

/** The non-blank lines of `text` with offsets. */
export function linesOf(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    if (part.trim()) lines.push({ start, end, text: part });
    start = end + 1;
  }
  return lines;
}

export function isByline(line: string): boolean {
  return BYLINE.test(line.trim());
}

/** Whether a line reads as a headline: short, no sentence punctuation at its end, not a byline. */
export function isHeadline(line: string): boolean {
  const t = line.replace(/^#+\s*/, '').trim();
  return t.length > 0 && t.length <= 60 && !TERMINATED.test(t) && !/[：:]$/.test(t) && !isByline(t) && !/[，。；]/.test(t);
}

/**
 * Articles of a normalised file. A ■-marked byline, or a lead that opens with
 * its dateline (本报讯（记者…）), opens an article together with the headlines
 * right above it; an unmarked byline after a story's last sentence closes one.
 */
export function splitArticles(text: string): ArticleSpan[] {
  const lines = linesOf(text);
  const starts = new Set<number>([0]);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineSpan;
    const dateline = DATELINE.test(line.text.trim());
    if (!dateline && !isByline(line.text)) continue;
    if (dateline || TOP_MARKER.test(line.text.trim())) {
      let first = i;
      while (first > 0 && isHeadline((lines[first - 1] as LineSpan).text) && !isByline((lines[first - 1] as LineSpan).text)) first--;
      starts.add(first);
    } else if (i + 1 < lines.length && i > 0 && TERMINATED.test((lines[i - 1] as LineSpan).text)) {
      // An unmarked byline right after the last sentence of a story closes it (not one under 主持人：).
      starts.add(i + 1);
    }
  }
  const ordered = [...starts].sort((a, b) => a - b).filter((i) => i < lines.length || i === 0);
  const articles: ArticleSpan[] = [];
  ordered.forEach((first, k) => {
    const last = (k + 1 < ordered.length ? (ordered[k + 1] as number) : lines.length) - 1;
    if (last < first) return;
    articles.push(describeArticle(text, lines.slice(first, last + 1), articles.length));
  });
  if (articles.length === 0) articles.push({ index: 0, start: 0, end: text.length, title: '' });
  return articles;
}

function describeArticle(text: string, lines: LineSpan[], index: number): ArticleSpan {
  const start = (lines[0] as LineSpan).start;
  const end = (lines[lines.length - 1] as LineSpan).end;
  const body = text.slice(start, end);
  const headline = lines.find((l) => isHeadline(l.text));
  const byline = lines.find((l) => isByline(l.text) && /记者|通讯员/.test(l.text));
  const article: ArticleSpan = { index, start, end, title: headline ? headline.text.replace(/^#+\s*/, '').trim() : '' };
  if (byline) article.byline = byline.text.replace(/^[■□◆]\s*/, '').trim();
  const date = articleDate(body);
  if (date) article.date = date;
  return article;
}

/**
 * The first day the article names (12月23日), with its year: written beside it,
 * or else the year the article mentions most (targets such as 到2030年 aside).
 */
export function articleDate(body: string): string | undefined {
  const day = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(body);
  if (!day) return undefined;
  const year = day[1] ?? contextYear(body);
  if (!year) return undefined;
  const month = Number(day[2]);
  const date = Number(day[3]);
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function contextYear(body: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/(到|至)?((?:19|20)\d{2})(?=年|[\p{Script=Han}])/gu)) {
    if (m[1]) continue;
    const y = m[2] as string;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && y > best)) {
      best = y;
      bestCount = c;
    }
  }
  // A text that plans for 明年 is written in the year before the one it mentions most, when it names that year too.
  const previous = best !== undefined ? String(Number(best) - 1) : undefined;
  if (previous && body.includes('明年') && counts.has(previous)) return previous;
  return best;
}

/** Sentences of the text: ended by 。！？；, or by the end of a line. */
export function splitSentences(text: string, articles: ArticleSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let articleIndex = 0;
  for (const line of linesOf(text)) {
    while (articleIndex + 1 < articles.length && line.start >= (articles[articleIndex + 1] as ArticleSpan).start) articleIndex++;
    const isLine = !SENTENCE_END.test(line.text);
    let from = line.start;
    for (let i = line.start; i < line.end; i++) {
      if (!SENTENCE_END_CHARS.has(text.charCodeAt(i))) continue;
      let to = i + 1;
      while (to < line.end && CLOSER_CHARS.has(text.charCodeAt(to))) to++;
      pushSentence(sentences, text, from, to, articleIndex, isLine);
      from = to;
      i = to - 1;
    }
    pushSentence(sentences, text, from, line.end, articleIndex, isLine);
  }
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, article: number, isLine: boolean): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = clauseCut(text, start);
    pushSentence(out, text, start, cut, article, isLine);
    start = cut;
    while (start < end && /\s/.test(text[start] as string)) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), article, isLine });
}

/** Where to end a piece of an over-long sentence that starts at `start`: after its last clause mark, else at the limit. */
function clauseCut(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  for (let i = limit - 1; i > start + MAX_SENTENCE_CHARS / 2; i--) if (CLAUSE_BREAK.test(text[i] as string)) return i + 1;
  // Never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
