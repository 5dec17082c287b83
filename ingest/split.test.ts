import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from './normalize.ts';
import { articleDate, isByline, splitArticles, splitSentences } from './split.ts';
import { wordAcross } from './segment.ts';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/samples');
const normalizedSample = (prefix: string) =>
  normalizeText(readFileSync(path.join(samples, readdirSync(samples).find((f) => f.startsWith(prefix)) as string), 'utf8'), { wordAcross }).text;

describe('isByline', () => {
  it('recognises outlet + 记者 + names, with or without ■', () => {
    expect(isByline('■新重庆-重庆日报记者 唐琴')).toBe(true);
    expect(isByline('新重庆-重庆日报记者 杨骏 余振芳 夏元 唐琴 申晓佳')).toBe(true);
    expect(isByline('人民日报记者 王小明')).toBe(true);
  });
  it('does not take prose or office lines for bylines', () => {
    expect(isByline('记者邀请代表委员和有关领域专家展开探讨。')).toBe(false);
    expect(isByline('市人大代表、江津区委书记 唐大军')).toBe(false);
  });
});

describe('splitArticles', () => {
  it('opens an article at a lead that starts with its dateline, headlines above it included', () => {
    const text = ['第一篇标题', '本报讯（记者 张三）9月1日，会议召开。', '第二篇标题', '长江日报讯（记者 李四 通讯员 王五）论坛开幕。'].join('\n');
    expect(splitArticles(text).map((a) => a.title)).toEqual(['第一篇标题', '第二篇标题']);
    expect(splitArticles('标题\n记者来到现场，会议召开。\n他说，讯息很多。')).toHaveLength(1);
  });

  it('splits a page where unmarked bylines close each article', () => {
    const text = normalizedSample('003');
    const articles = splitArticles(text);
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.byline)).toEqual(['新重庆-重庆日报记者 王天翊', '新重庆-重庆日报记者 王翔', '新重庆-重庆日报记者 廖平']);
    expect(articles[1]?.title).toBe('2025中国产业发展对接活动(重庆)举行');
    expect(text.slice(articles[1]!.start, articles[1]!.end)).toContain('谢远生致辞');
  });
  it('opens an article at a ■ byline together with the headlines above it', () => {
    const text = normalizedSample('001');
    const articles = splitArticles(text);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    const last = articles[articles.length - 1]!;
    expect(last.byline).toBe('新重庆-重庆日报记者 周盈');
    expect(text.slice(last.start, last.end).startsWith('### “买全球”“卖全球”两端发力')).toBe(true);
  });
  it('covers the text with ordered, non-overlapping articles', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const articles = splitArticles(normalizedSample(prefix));
      for (let i = 1; i < articles.length; i++) expect(articles[i]!.start).toBeGreaterThan(articles[i - 1]!.end - 1);
    }
  });
  it('dates an article from its first day, with the year from context', () => {
    expect(articleDate('2025年是关键一年。1月20日，会议召开。2024年回顾，2025年展望')).toBe('2025-01-20');
    expect(articleDate('2024年12月23日，会议召开')).toBe('2024-12-23');
    expect(articleDate('会议召开，到2030年实现目标')).toBeUndefined();
    expect(articleDate('12月23日，会议总结2024年工作，部署2025年工作。2025年是关键之年，明年要稳增长。')).toBe('2024-12-23');
  });
});

describe('splitSentences', () => {
  it('ends sentences at 。！？； keeping closing quotes, and at line ends', () => {
    const text = '“未来，江津将大力发展临空经济。”唐大军说，要加快！是吗？\n嘉宾：\n市人大代表、江津区委书记 唐大军';
    const sentences = splitSentences(text, [{ index: 0, start: 0, end: text.length, title: '' }]);
    expect(sentences.map((s) => s.text)).toEqual(['“未来，江津将大力发展临空经济。”', '唐大军说，要加快！', '是吗？', '嘉宾：', '市人大代表、江津区委书记 唐大军']);
    expect(sentences[4]?.isLine).toBe(true);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('gives every sentence of a sample exact offsets and its article', () => {
    const text = normalizedSample('003');
    const articles = splitArticles(text);
    const sentences = splitSentences(text, articles);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(articles[s.article]!.start);
    }
    expect(sentences.find((s) => s.text.includes('谢远生致辞'))?.article).toBe(1);
  });
});
