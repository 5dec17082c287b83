/**
 * Word segmentation with @node-rs/jieba. The default dictionary is loaded once
 * per process, on first use (loading takes ~250 ms). A document is cut in one
 * call and its words are handed to the sentences that hold them, with offsets,
 * so no rule segments or re-counts offsets again.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word with its offsets in the sentence (or text) it was cut from. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

let shared: Jieba | undefined;

/**
 * Words of official writing the default dictionary cuts apart: 聚力 (聚/力
 * otherwise, so 聚力建设… loses its verb). Few, each a word of the genre,
 * none a name.
 */
const GENRE_WORDS = ['聚力 1000 d'];

/** The process-wide segmenter with the default dictionary and the genre's words. */
export function segmenter(): Jieba {
  if (!shared) {
    shared = Jieba.withDict(dict);
    shared.loadDict(new TextEncoder().encode(GENRE_WORDS.join('\n')));
  }
  return shared;
}

/** Words of `text` (HMM off: dictionary words only, fast and predictable). */
export function cutWords(text: string): string[] {
  return segmenter().cut(text, false);
}

/** Words of `text` with their offsets. */
export function cutSpans(text: string): WordSpan[] {
  return toSpans(cutWords(text), 0);
}

function toSpans(words: readonly string[], from: number): WordSpan[] {
  const spans: WordSpan[] = new Array<WordSpan>(words.length);
  let start = from;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    spans[i] = { word, start, end: start + word.length };
    start += word.length;
  }
  return spans;
}

/**
 * The words of each span of `text` (offsets relative to the span), from one cut
 * of the whole text. jieba breaks its blocks at every character that is not
 * Han, Latin or a digit, and sentences end at such characters, so a word never
 * runs across two sentences; should one ever do (or should the words not add
 * up to the text), every span is cut on its own.
 */
export function spanWords(text: string, spans: readonly { start: number; end: number }[]): WordSpan[][] {
  const out: WordSpan[][] = spans.map(() => []);
  let k = 0;
  let offset = 0;
  for (const word of cutWords(text)) {
    const start = offset;
    const end = start + word.length;
    offset = end;
    while (k < spans.length && (spans[k] as { end: number }).end <= start) k++;
    const span = spans[k];
    if (span === undefined || end <= span.start) continue;
    if (start < span.start || end > span.end) return spans.map((s) => cutSpans(text.slice(s.start, s.end)));
    (out[k] as WordSpan[]).push({ word, start: start - span.start, end: end - span.start });
  }
  // The words must add up to the text, or their offsets would point elsewhere.
  return offset === text.length ? out : spans.map((s) => cutSpans(text.slice(s.start, s.end)));
}

/** Whether a dictionary word runs across the join of `left` and `right` ("目" + "标" → 目标). */
export function wordAcross(left: string, right: string): boolean {
  let offset = 0;
  for (const word of cutWords(left + right)) {
    if (offset < left.length && offset + word.length > left.length) return word.length > 1;
    offset += word.length;
  }
  return false;
}

/**
 * wordAcross for many pairs with one cut: the pairs are joined by line breaks,
 * where jieba always breaks, and each join is looked up by offset.
 */
export function wordsAcross(pairs: readonly (readonly [string, string])[]): boolean[] {
  if (pairs.length === 0) return [];
  const joins: number[] = [];
  let text = '';
  for (const [left, right] of pairs) {
    joins.push(text.length + left.length);
    text += `${left}${right}\n`;
  }
  const across = new Set<number>();
  let offset = 0;
  for (const word of cutWords(text)) {
    if (word.length > 1) for (let at = offset + 1; at < offset + word.length; at++) across.add(at);
    offset += word.length;
  }
  return joins.map((at) => across.has(at));
}

const posCache = new Map<string, string>();

/** The dictionary part-of-speech of a single word ('v', 'n', …), memoised; '' when it is not one word. */
export function posOf(word: string): string {
  let tag = posCache.get(word);
  if (tag === undefined) {
    const tokens = segmenter().tag(word, false);
    tag = tokens.length === 1 ? (tokens[0]?.tag ?? '') : '';
    if (posCache.size > 200_000) posCache.clear();
    posCache.set(word, tag);
  }
  return tag;
}
