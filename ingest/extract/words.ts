/**
 * The words of one sentence as the phrase rules read them: short
 * parentheticals merged into one word ((重庆) can sit inside a name), and
 * lookups by offset (the word that starts, ends or holds a character) answered
 * from tables built once per sentence instead of scans per question.
 */
import type { WordSpan } from '../segment.ts';

const PAREN_WORD = /^[（(][\p{Script=Han}]{1,4}[)）]$/u;

/** Merges a short parenthetical (（重庆）, (体验)) into one pseudo-word so it can sit inside a name. */
export function mergeParentheticals(spans: readonly WordSpan[], text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const open = spans[i] as WordSpan;
    if (open.word === '（' || open.word === '(') {
      const close = spans.findIndex((s, j) => j > i && j <= i + 4 && (s.word === '）' || s.word === ')'));
      const word = close > 0 ? text.slice(open.start, (spans[close] as WordSpan).end) : '';
      if (close > 0 && PAREN_WORD.test(word)) {
        out.push({ word, start: open.start, end: (spans[close] as WordSpan).end });
        i = close;
        continue;
      }
    }
    out.push(open);
  }
  return out;
}

/** Sentence words with offset lookups. */
export class SentenceWords {
  /** The words, parentheticals merged, in order. */
  readonly spans: readonly WordSpan[];
  /** Index of the word holding each character offset (one extra slot for the end). */
  private readonly holding: Int32Array;

  constructor(words: readonly WordSpan[], text: string) {
    this.spans = text.includes('（') || text.includes('(') ? mergeParentheticals(words, text) : words;
    const last = this.spans[this.spans.length - 1];
    const holding = new Int32Array((last?.end ?? 0) + 1).fill(-1);
    for (let i = 0; i < this.spans.length; i++) {
      const { start, end } = this.spans[i] as WordSpan;
      for (let c = start; c < end; c++) holding[c] = i;
    }
    this.holding = holding;
  }

  /** Index of the word that starts at `offset`, or -1. */
  startingAt(offset: number): number {
    const i = this.holding[offset] ?? -1;
    return i >= 0 && (this.spans[i] as WordSpan).start === offset ? i : -1;
  }

  /** Index of the word that ends at `offset`, or -1. */
  endingAt(offset: number): number {
    const i = offset > 0 ? (this.holding[offset - 1] ?? -1) : -1;
    return i >= 0 && (this.spans[i] as WordSpan).end === offset ? i : -1;
  }

  /** Index of the word that holds the character before `end` (start < end ≤ its end), or -1. */
  holdingEnd(end: number): number {
    return end > 0 ? (this.holding[end - 1] ?? -1) : -1;
  }
}
