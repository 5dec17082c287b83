/**
 * Test helper: runs one extractor over a single sentence the way the pipeline
 * would (normalised text, words from jieba), for rule-by-rule unit tests.
 */
import type { ExtractorDescriptor, Findings } from './types.ts';
import { cutWords } from '../segment.ts';

export interface RunOnOptions {
  city?: string;
  province?: string;
}

/** Findings of `extractor` on `sentence` as a one-sentence document. */
export function runOn(extractor: ExtractorDescriptor, sentence: string, options: RunOnOptions = { city: '重庆', province: '500000' }): Findings {
  const words = cutWords(sentence);
  return extractor.run({
    doc: { text: sentence, ...options },
    sentence: { start: 0, end: sentence.length, text: sentence, article: 0, isLine: !/[。！？；]/u.test(sentence) },
    words: () => words,
  });
}

/** "person -title-> org" lines for HOLDS_POSITION findings, easy to compare in tests. */
export function holds(findings: Findings): string[] {
  return findings.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${r.from.name}-${r.title}->${r.to.name}`);
}
