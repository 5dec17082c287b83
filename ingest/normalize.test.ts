import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { normalizeText } from './normalize.ts';
import { wordAcross } from './segment.ts';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/samples');
const sample = (prefix: string) => readFileSync(path.join(samples, readdirSync(samples).find((f) => f.startsWith(prefix)) as string), 'utf8');

/** A column of ~20 characters, as the newspaper pages are laid out. */
const column = (lines: string[]) => lines.join('\n');
const PROSE = [
  '政府工作报告提出，聚力打造内陆开放国际合作引',
  '领区，在服务国家向西向南高水平开放中培育新优势。',
  '',
  '围绕这个目标，重庆在构建现代化集疏运体系、建',
  '',
  '设高能级开放平台、打造国际经贸合作中心等方面如',
  '何持续发力？记者邀请代表委员和有关领域专家展开',
  '探讨。',
];

/** Every normalised character maps back to the same original character (white space to white space). */
function expectExactMap(raw: string, options: Parameters<typeof normalizeText>[1] = {}): void {
  const n = normalizeText(raw, options);
  for (let i = 0; i < n.text.length; i++) {
    const ch = n.text[i] as string;
    const orig = raw[n.toOriginal(i)] as string;
    if (/\s/u.test(ch)) expect(orig).toMatch(/\s/u);
    else expect(orig).toBe(ch);
  }
}

describe('normalizeText: line joining', () => {
  it('joins a line broken inside a word ("引\\n领区" → "引领区")', () => {
    const n = normalizeText(column(PROSE));
    expect(n.text).toContain('国际合作引领区，在服务');
  });
  it('joins across a blank line that falls inside a sentence ("建\\n\\n设")', () => {
    expect(normalizeText(column(PROSE)).text).toContain('体系、建设高能级开放平台');
  });
  it('keeps paragraph ends after sentence punctuation', () => {
    const n = normalizeText(column(PROSE));
    expect(n.text).toContain('培育新优势。\n');
  });
  it('keeps headlines without punctuation on their own lines', () => {
    const n = normalizeText(column([...PROSE, '', '两会热点', '', '聚力打造内陆开放国际合作引领区', '', ...PROSE]));
    expect(n.text).toContain('\n两会热点\n');
    expect(n.text).toContain('\n聚力打造内陆开放国际合作引领区\n');
  });
  it('keeps list lines (one guest per line) separate and removes layout spaces in two-character names', () => {
    const n = normalizeText(column([...PROSE, '嘉宾：', '市人大代表、江津区委书记 唐大军', '市政协委员，重庆机场集团党委书记、董事长、总经理 黄 伟', '市委党校政治学教研部副教授 徐 瑶', '', ...PROSE]));
    expect(n.text).toContain('嘉宾：\n市人大代表、江津区委书记 唐大军\n市政协委员，重庆机场集团党委书记、董事长、总经理 黄伟\n市委党校政治学教研部副教授 徐瑶\n');
  });
  it('keeps a short headline with a 、 apart from the paragraph after it, unless a word runs across the break', () => {
    const headline = normalizeText('推动重庆、成都两个极核相向发展\n\n高健介绍说，我们将联动四川抓好5个方面工作。', { wordAcross });
    expect(headline.text).toContain('相向发展\n');
    const broken = normalizeText('围绕这个目标，重庆在构建现代化集疏运体系、建\n\n设高能级开放平台。', { wordAcross });
    expect(broken.text).toContain('体系、建设高能级开放平台');
  });
  it('keeps the spaces between names in a byline', () => {
    expect(normalizeText('■新重庆-重庆日报记者 张珺 邱小雅\n').text).toBe('■新重庆-重庆日报记者 张珺 邱小雅');
  });
  it('joins a column line a little short of the width when a word runs across the break', () => {
    const lines = [...PROSE, ...PROSE, '', '为了达到规上工业增加值增长8%的目', '标，重庆将完善产业强链补链延链扩链激励机', '制。'];
    expect(normalizeText(column(lines), { wordAcross }).text).toContain('增长8%的目标，重庆');
  });
  it('joins paragraph-layout lines that break mid-sentence but not headings', () => {
    const raw = '# 标题一行\n\n国际消费中心城市是扩大引导消费、促进产业结构升级、拉动经济增长的新载\n\n体和新引擎。江北从两端发力。\n\n### 小标题\n';
    const n = normalizeText(raw);
    expect(n.text).toContain('新载体和新引擎。');
    expect(n.text).toContain('# 标题一行\n');
    expect(n.text).toContain('\n### 小标题');
  });
  it('handles CRLF line ends', () => {
    expect(normalizeText('领区，在服务\r\n国家向西。\r\n').text).toBe('领区，在服务国家向西。');
  });
});

describe('normalizeText: offsets map back exactly', () => {
  it('maps every character of every sample back to the same original character', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const raw = sample(prefix);
      expectExactMap(raw, { wordAcross });
    }
  });
  it('maps any span to the same characters, ignoring removed white space (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('黄', ' ', '伟', '\n', '，', '。', '引', '领', '区', 'A', '\u3000'), { maxLength: 60 }), (chars) => {
        const raw = chars.join('');
        const n = normalizeText(raw);
        const start = 0;
        const end = n.text.length;
        if (end === 0) return;
        const orig = raw.slice(n.toOriginal(start), n.toOriginal(end - 1) + 1);
        expect(orig.replace(/\s/gu, '')).toBe(n.text.replace(/\s/gu, ''));
      }),
    );
  });
  it('maps the end offset past the last character', () => {
    const n = normalizeText('  领区，在服务\n国家向西。  \n');
    expect(n.text).toBe('领区，在服务国家向西。');
    expect(n.toOriginal(n.text.length)).toBe(n.toOriginal(n.text.length - 1) + 1);
  });
  it('is usable by a caller that checks every evidence-like span', () => {
    expectExactMap('黄 伟表示，重庆\n将加快。');
  });
});
