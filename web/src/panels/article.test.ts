import { describe, expect, it } from 'vitest';
import type { SourceDetail } from '../../../schema/api.ts';
import { articleView } from './article.ts';

const text = '标题一\n第一篇正文。\n\n标题二\n市人大代表、江津区委书记 唐大军说。';
const second = text.indexOf('标题二');
const source: SourceDetail = {
  source: { id: 'source:x.txt', path: 'x.txt', name: 'x.txt', sha256: '', title: '报纸', encoding: 'utf-8', chars: text.length, ingestedAt: '' },
  articles: [
    { id: 'article:x.txt#0', source: 'source:x.txt', index: 0, title: '标题一', start: 0, end: second - 2 },
    { id: 'article:x.txt#1', source: 'source:x.txt', index: 1, title: '标题二', byline: '记者 唐琴', date: '2025-01-20', start: second, end: text.length },
  ],
  text,
};
const start = text.indexOf('市人大代表');
const end = text.indexOf('说。');

describe('articleView', () => {
  it('finds the article by id and splits its text around the sentence', () => {
    const view = articleView(source, { start, end, article: 'article:x.txt#1' });
    expect(view.article?.title).toBe('标题二');
    expect(view.sentence).toBe('市人大代表、江津区委书记 唐大军');
    expect(view.before).toBe('标题二\n');
    expect(view.after).toBe('说。');
  });

  it('finds the article by offsets without an id, and uses the whole text when none holds it', () => {
    expect(articleView(source, { start, end }).article?.index).toBe(1);
    const bare = articleView({ ...source, articles: [] }, { start, end });
    expect(bare.article).toBeNull();
    expect(bare.before + bare.sentence + bare.after).toBe(text);
  });
});
