/**
 * Test helper: runs one extractor over a single sentence the way the pipeline
 * would (normalised text, words from jieba), for rule-by-rule unit tests.
 */
import type { ExtractorDescriptor, Findings } from './types.ts';
import { cutSpans, spanWords } from '../segment.ts';
import { SentenceWords } from './words.ts';
import { splitSentences } from '../split.ts';
import { EXTRACTORS } from './index.ts';
import { extractDocument } from './run.ts';

export interface RunOnOptions {
  city?: string;
  province?: string;
}

/** Findings of `extractor` on `sentence` as a one-sentence document. */
export function runOn(extractor: ExtractorDescriptor, sentence: string, options: RunOnOptions = { city: '重庆', province: '500000' }): Findings {
  const words = cutSpans(sentence);
  let phrases: SentenceWords | undefined;
  return extractor.run({
    doc: { text: sentence, ...options },
    sentence: { start: 0, end: sentence.length, text: sentence, article: 0, isLine: !/[。！？；]/u.test(sentence) },
    words,
    phrases: () => (phrases ??= new SentenceWords(words, sentence)),
  });
}

/** "person -title-> org" lines for HOLDS_POSITION findings, easy to compare in tests. */
export function holds(findings: Findings): string[] {
  return findings.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${r.from.name}-${r.title}->${r.to.name}`);
}

/** Entity rules, then one relation rule, over `text` as a one-article document (lines split as the pipeline does). */
export function relationsOn(rule: ExtractorDescriptor, text: string, options: RunOnOptions = { city: '重庆', province: '500000' }): string[] {
  const sentences = splitSentences(text, [{ index: 0, start: 0, end: text.length, title: '' }]);
  const words = spanWords(text, sentences);
  const entityRules = EXTRACTORS.filter((e) => e.stage === 'entities');
  const found = extractDocument({ text, ...options }, sentences, words, [...entityRules, rule]);
  return found.relations
    .filter(({ relation }) => rule.relationTypes.includes(relation.type) && relation.rule !== 'office-chain' && relation.rule !== 'byline' && relation.rule !== 'honorific')
    .map(({ relation: r }) => `${r.type} ${r.from.name} -> ${r.to.name}`);
}
