import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { cleanSyllables, isPinyinQuery, normalisePinyinQuery, pinyinRank } from './pinyin.ts';
import { createPinyinIndex, mergeResults } from './pinyinIndex.ts';

const toSyllables = (text: string): string[] => pinyin(text, { type: 'array', toneType: 'none', v: true });
const syllables = (text: string): string[] => cleanSyllables(toSyllables(text));

describe('isPinyinQuery', () => {
  it('takes Latin letters (with spaces, apostrophes, digits) and refuses Chinese or digits alone', () => {
    expect(isPinyinQuery('tangdajun')).toBe(true);
    expect(isPinyinQuery("xi'an")).toBe(true);
    expect(isPinyinQuery('tang da jun')).toBe(true);
    expect(isPinyinQuery('唐大军')).toBe(false);
    expect(isPinyinQuery('33618')).toBe(false);
    expect(isPinyinQuery('')).toBe(false);
  });
});

describe('pinyinRank', () => {
  const tang = syllables('唐大军');

  it('matches full pinyin, initials and mixtures from the first syllable', () => {
    for (const query of ['tangdajun', 'tdj', 'tangdj', 'tdajun', 'tang']) expect(pinyinRank(query, tang)).toBe(0);
  });

  it('matches from a later syllable with a lower rank, and rejects what does not spell the name', () => {
    expect(pinyinRank('dajun', tang)).toBe(1);
    expect(pinyinRank('tangjun', tang)).toBeNull();
    expect(pinyinRank('tdjx', tang)).toBeNull();
    expect(pinyinRank('', tang)).toBeNull();
  });

  it('reads polyphonic characters in context and keeps digits', () => {
    expect(pinyinRank('chongqing', syllables('重庆市'))).toBe(0);
    expect(pinyinRank('33618xd', syllables('“33618”现代制造业'))).toBe(0);
    expect(normalisePinyinQuery("Xi'an Lü")).toBe('xianlv');
  });
});

describe('pinyin index', () => {
  const hit = (id: string, name: string, type: 'Person' | 'Organization' = 'Person', aliases: string[] = []) => ({ id, type, name, aliases });

  it('finds names and aliases, prefix matches and shorter names first, by type', () => {
    const index = createPinyinIndex(toSyllables);
    index.add([hit('person:唐大军', '唐大军'), hit('person:唐琴', '唐琴'), hit('org:市人大', '重庆市人大', 'Organization', ['市人大'])]);
    expect(index.search('tdj', null, 10).map((h) => h.name)).toEqual(['唐大军']);
    expect(index.search('tang', null, 10).map((h) => h.name)).toEqual(['唐琴', '唐大军']);
    expect(index.search('srd', null, 10).map((h) => h.id)).toEqual(['org:市人大']);
    expect(index.search('tang', 'Organization', 10)).toEqual([]);
    expect(index.search('tdj', null, 10)[0]?.byPinyin).toBe(true);
  });

  it('indexes each entity once and merges with server results without duplicates', () => {
    let calls = 0;
    const index = createPinyinIndex((text) => {
      calls += 1;
      return toSyllables(text);
    });
    index.add([hit('a', '唐大军')]);
    index.add([hit('a', '唐大军')]);
    expect(calls).toBe(1);
    expect(index.size).toBe(1);
    const merged = mergeResults([{ ...hit('a', '唐大军'), byPinyin: true }], [hit('a', '唐大军'), hit('b', 'tdj')], 10);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b']);
  });
});
