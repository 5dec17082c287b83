/**
 * Normalisation of newspaper layout turned into text, with an exact offset map
 * back to the original. Lines that a column or page broke inside a word or a
 * sentence are joined; headlines, list lines (one guest per line), bylines and
 * paragraph ends stay separate lines; layout spaces inside two-character names
 * ("黄 伟") are removed. Characters are never rewritten (no width folding), so
 * every normalised character is one original character. Control characters and
 * lone UTF-16 surrogates are dropped: they show nothing, and XML exports and
 * Neo4j's UTF-8 strings cannot carry them.
 */

export interface NormalizeOptions {
  /**
   * Whether a word of the language runs across `left` + `right` (e.g. "目" + "标").
   * Used for column layout, where a line a little short of the column width may
   * still break inside a word. Injected so this module stays free of a segmenter.
   */
  wordAcross?: (left: string, right: string) => boolean;
  /** The same question for every doubtful break of a text at once (one segmenter call); used instead of `wordAcross` when given. */
  wordsAcross?: (pairs: readonly (readonly [string, string])[]) => boolean[];
}

export interface NormalizedText {
  /** The normalised text; evidence offsets point into it. */
  text: string;
  /** Original character offset of normalised offset `offset` (0…text.length). */
  toOriginal(offset: number): number;
}

/** One input line with the original offsets of its kept characters. */
interface Line {
  /** The kept characters. */
  text: string;
  /** Original offset of each kept character; null when they are the run of `from` onwards (a line with nothing removed inside). */
  origins: number[] | null;
  from: number;
  /** Display width in CJK character units (ASCII counts half). */
  width: number;
  /** Original offset of the line break that ends it. */
  breakAt: number;
}

const TERMINATED = /[。！？!?；;…][”’」』）)"']*$/;
const ENDS_WITH_LABEL = /[：:]$/;
/** Punctuation inside a line marks it as prose, not a headline. */
const INNER_PUNCT = /[，、,。！？；;]/;
/** A list or byline line: a title or office, a space, then a 2–4 character name (or names). */
const LIST_LINE = /\S[ ]\p{Script=Han}{2,4}$/u;
const MARKER_START = /^(?:[■●◆▲★☆◇□•·#>]|-\s|——|<<|[（(][一二三四五六七八九十\d]{1,3}[)）]|[（(]?上接|[（(]?下转)/;
const HEADING_START = /^#/;
/** Widest headline in files whose lines are whole paragraphs (no column width). */
const HEADLINE_WIDTH = 30;
/** Function words that end neither a sentence nor a headline ("…增长5%的" / "目标"). */
const DANGLING_END = /[的地得和与及或在对将把被从向为以于而并之”’]$/;

/** Normalises `raw` (pure). */
export function normalizeText(raw: string, options: NormalizeOptions = {}): NormalizedText {
  const lines = splitLines(raw);
  const joins = joinsAfter(lines.filter((l) => l.text.length > 0), columnWidth(lines), options);
  // The normalised text is never longer than the original: a break or a blank line becomes at most as many characters.
  const table = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let n = 0;
  let pendingBreak: { at: number; blank: boolean } | undefined;
  let prev: Line | undefined;
  let k = 0;
  for (const line of lines) {
    if (line.text.length === 0) {
      if (pendingBreak) pendingBreak.blank = true;
      continue;
    }
    if (prev && pendingBreak && !joins[k - 1]) {
      // A paragraph break "\n\n" is two normalised characters mapping to one original break.
      const separator = pendingBreak.blank ? '\n\n' : '\n';
      parts.push(separator);
      for (let c = 0; c < separator.length; c++) table[n++] = pendingBreak.at;
    }
    parts.push(line.text);
    if (line.origins) for (const origin of line.origins) table[n++] = origin;
    else for (let c = 0; c < line.text.length; c++) table[n++] = line.from + c;
    prev = line;
    k++;
    pendingBreak = { at: line.breakAt, blank: false };
  }
  table[n] = n > 0 ? Math.min(raw.length, (table[n - 1] as number) + 1) : 0;
  return buildResult(parts.join(''), table.subarray(0, n + 1));
}

function buildResult(text: string, table: Int32Array): NormalizedText {
  return {
    text,
    toOriginal(offset: number): number {
      const i = Math.max(0, Math.min(table.length - 1, Math.trunc(offset)));
      return table[i] as number;
    },
  };
}

/** Splits into lines, trimming edge spaces, collapsing inner space runs and removing name layout spaces. */
function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = start;
    while (end < raw.length && raw[end] !== '\n' && raw[end] !== '\r') end++;
    lines.push(readLine(raw, start, end));
    if (end >= raw.length) break;
    start = raw[end] === '\r' && raw[end + 1] === '\n' ? end + 2 : end + 1;
  }
  return lines;
}

function readLine(raw: string, start: number, end: number): Line {
  let i = start;
  while (i < end && isSpace(raw.charCodeAt(i))) i++;
  let last = end;
  while (last > i && isSpace(raw.charCodeAt(last - 1))) last--;
  // Most lines have nothing to remove inside: their text is a slice of the original.
  let plain = true;
  for (let p = i; p < last && plain; p++) plain = !mayRemove(raw.charCodeAt(p));
  if (plain) {
    const text = raw.slice(i, last);
    return { text, origins: null, from: i, width: displayWidth(text), breakAt: end };
  }
  const chars: string[] = [];
  const origins: number[] = [];
  while (i < last) {
    if (isDropped(raw, i)) {
      i++;
      continue;
    }
    if (!isSpace(raw.charCodeAt(i))) {
      chars.push(raw[i] as string);
      origins.push(i);
      i++;
      continue;
    }
    let j = i;
    while (j < last && isSpace(raw.charCodeAt(j))) j++;
    if (!isNameLayoutSpace(raw, i, j, start, last)) {
      chars.push(' ');
      origins.push(i);
    }
    i = j;
  }
  const text = chars.join('');
  return { text, origins, from: start, width: displayWidth(text), breakAt: end };
}

/** A character that may be removed or rewritten inside a line: white space, a control character, half of a surrogate pair. */
function mayRemove(c: number): boolean {
  return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3000 || (c >= 0x2002 && c <= 0x200b) || c === 0xfeff;
}

/**
 * A space run [i, j) that pads a two-character name to the width of a
 * three-character one ("黄 伟"): a lone Han character on each side.
 */
function isNameLayoutSpace(raw: string, i: number, j: number, lineStart: number, lineEnd: number): boolean {
  const before = raw[i - 1];
  const after = raw[j];
  if (i - 1 < lineStart || j >= lineEnd || !isHan(before) || !isHan(after)) return false;
  const beforeBefore = i - 2 >= lineStart ? raw[i - 2] : undefined;
  const afterAfter = j + 1 < lineEnd ? raw[j + 1] : undefined;
  return !isHan(beforeBefore) && !isHan(afterAfter) && !isDigitOrLatin(beforeBefore) && !isDigitOrLatin(afterAfter);
}

/** Layout white space: space, tab, no-break, ideographic, typographic spaces, zero-width space and BOM. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200b) || c === 0xfeff;
}

/** A control character (C0 but tab, DEL, C1) or a surrogate without its other half. */
function isDropped(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  if (c < 0x20) return c !== 0x09;
  if (c >= 0x7f && c <= 0x9f) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = raw.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const before = raw.charCodeAt(i - 1);
    return !(before >= 0xd800 && before <= 0xdbff);
  }
  return false;
}

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isDigitOrLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9A-Za-z]/.test(ch);
}

function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * The width of a newspaper column, when the file is laid out in columns:
 * the most common line width, if enough lines share it. Files whose lines are
 * whole paragraphs have no column width (Infinity).
 */
function columnWidth(lines: Line[]): number {
  const widths = lines.filter((l) => l.width >= 8).map((l) => Math.round(l.width));
  if (widths.length < 8) return Infinity;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    const around = (counts.get(w - 1) ?? 0) + (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0);
    if (around > bestCount || (around === bestCount && w > best)) {
      best = w;
      bestCount = around;
    }
  }
  return bestCount / widths.length >= 0.3 ? best : Infinity;
}

/**
 * For each non-blank line but the last, whether the break after it falls inside
 * a sentence. Breaks that only a dictionary can decide are asked together.
 */
function joinsAfter(lines: readonly Line[], colWidth: number, options: NormalizeOptions): boolean[] {
  const verdicts: (boolean | Ask)[] = lines.slice(1).map((next, i) => joinVerdict(lines[i] as Line, next, colWidth));
  const asked = verdicts.flatMap((v, i) => (typeof v === 'string' ? [i] : []));
  const pairs = asked.map((i) => [(lines[i] as Line).text.slice(-2), (lines[i + 1] as Line).text.slice(0, 2)] as const);
  const answers = options.wordsAcross ? options.wordsAcross(pairs) : pairs.map(([l, r]) => options.wordAcross?.(l, r));
  // Without a dictionary, a doubtful break is decided by what the line looks like.
  asked.forEach((i, n) => (verdicts[i] = answers[n] ?? verdicts[i] === 'ask-else-join'));
  return verdicts.map((v) => v === true);
}

/** A break only a dictionary can decide, and what to do without one. */
type Ask = 'ask' | 'ask-else-join';

/** Whether the break between `line` and the next non-blank line `next` falls inside a sentence, or 'ask' a dictionary. */
function joinVerdict(line: Line, next: Line, colWidth: number): boolean | Ask {
  const text = line.text;
  const nextText = next.text;
  if (TERMINATED.test(text) || ENDS_WITH_LABEL.test(text)) return false;
  if (HEADING_START.test(text) || MARKER_START.test(nextText) || HEADING_START.test(nextText)) return false;
  if (LIST_LINE.test(text)) return false;
  if (line.width >= colWidth - 1.5) return true;
  if (INNER_PUNCT.test(text)) {
    // A clearly short line with a comma or 、 but no sentence end is a headline (推动重庆、成都两个极核相向发展) unless it breaks a word.
    const short = colWidth === Infinity ? line.width <= HEADLINE_WIDTH : line.width < colWidth * 0.8;
    return !short || DANGLING_END.test(text) || 'ask-else-join';
  }
  // A column line a few characters short (digits, quotes) that ends inside a word or on a function word.
  if (line.width < colWidth * 0.5) return false;
  if (DANGLING_END.test(text)) return true;
  return 'ask';
}
