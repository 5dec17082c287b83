/**
 * Word segmentation and part-of-speech tags with @node-rs/jieba. The default
 * dictionary is loaded once per process, on first use (loading takes ~250 ms).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset of the token in the segmented string. */
  start: number;
}

let shared: Jieba | undefined;

/** The process-wide segmenter with the default dictionary. */
export function segmenter(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** Words of `text` (HMM off: dictionary words only, fast and predictable). */
export function cutWords(text: string): string[] {
  return segmenter().cut(text, false);
}

/** Tagged tokens of `text` with their offsets. */
export function tagWords(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const { word, tag } of segmenter().tag(text, false)) {
    tokens.push({ word, tag, start });
    start += word.length;
  }
  return tokens;
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

const posCache = new Map<string, string>();

/** The dictionary part-of-speech of a single word ('v', 'n', …), memoised; '' when it is not one word. */
export function posOf(word: string): string {
  let tag = posCache.get(word);
  if (tag === undefined) {
    const tokens = segmenter().tag(word, false);
    tag = tokens.length === 1 ? (tokens[0]?.tag ?? '') : '';
    posCache.set(word, tag);
  }
  return tag;
}
