import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutSpans, spanWords, wordAcross, wordsAcross } from './segment.ts';
import { normalizeText } from './normalize.ts';
import { splitArticles, splitSentences } from './split.ts';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/samples');

describe('spanWords', () => {
  it('gives every sentence of every sample the words it would get if cut alone', () => {
    for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) {
      const text = normalizeText(readFileSync(path.join(samples, file), 'utf8'), { wordAcross }).text;
      const sentences = splitSentences(text, splitArticles(text));
      const shared = spanWords(text, sentences);
      sentences.forEach((s, i) => expect(shared[i]).toEqual(cutSpans(s.text)));
    }
  });
  it('gives offsets relative to each span', () => {
    const text = '重庆将实施行动。江津区委书记 唐大军';
    const words = spanWords(text, [{ start: 0, end: 8 }, { start: 8, end: text.length }]);
    expect(words[1]?.map((w) => text.slice(8 + w.start, 8 + w.end))).toEqual(words[1]?.map((w) => w.word));
    expect(words[1]?.[0]).toEqual({ word: '江津', start: 0, end: 2 });
  });
  it('leaves out text between spans', () => {
    expect(spanWords('甲乙。  丙丁', [{ start: 5, end: 7 }])).toEqual([[{ word: '丙丁', start: 0, end: 2 }]]);
  });
});

describe('wordsAcross', () => {
  it('answers as wordAcross does, for many joins at once', () => {
    const pairs = [['目', '标'], ['发展', '目标'], ['重庆', '江津'], ['引', '领区']] as const;
    expect(wordsAcross(pairs)).toEqual(pairs.map(([l, r]) => wordAcross(l, r)));
    expect(wordsAcross(pairs)[0]).toBe(true);
    expect(wordsAcross([])).toEqual([]);
  });
});

describe('genre words', () => {
  it('keeps 聚力 one word, as official writing uses it, and leaves other words as the dictionary cuts them', () => {
    expect(cutSpans('聚力建设国家科技创新中心').map((w) => w.word).slice(0, 2)).toEqual(['聚力', '建设']);
    expect(cutSpans('凝聚力量').map((w) => w.word)).not.toContain('聚力');
  });
});
