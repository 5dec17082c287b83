/** The n-gram name index: candidates and match tiers. */
import { describe, expect, it } from 'vitest';
import { MatchTier, NameIndex, matchTier, normaliseName } from './name-index.ts';

describe('normaliseName', () => {
  it('drops layout spaces, folds width and case', () => {
    expect(normaliseName('黄 伟')).toBe('黄伟');
    expect(normaliseName('ＡＢＣ Corp')).toBe('abccorp');
  });
});

describe('matchTier', () => {
  it('ranks exact before prefix before substring, and misses what is not there', () => {
    expect(matchTier('江津', ['江津区', '江津'])).toBe(MatchTier.Exact);
    expect(matchTier('江津', ['江津区委'])).toBe(MatchTier.Prefix);
    expect(matchTier('津区', ['江津区委'])).toBe(MatchTier.Substring);
    expect(matchTier('潼南', ['江津区委'])).toBeUndefined();
  });
});

describe('NameIndex', () => {
  it('finds ids by single characters and by pairs, and forgets removed names', () => {
    const index = new NameIndex();
    index.add('org:江津区委', ['江津区委']);
    index.add('place:江津区', ['江津区', '江津']);
    expect(index.candidates('津').sort()).toEqual(['org:江津区委', 'place:江津区']);
    expect(index.candidates('区委')).toEqual(['org:江津区委']);
    expect(index.candidates('委区')).toEqual([]);
    index.remove('org:江津区委', ['江津区委']);
    expect(index.candidates('江津')).toEqual(['place:江津区']);
    expect(index.candidates('区委')).toEqual([]);
  });

  it('ranks an id by the names it was added with, normalised, until it is removed', () => {
    const index = new NameIndex();
    index.add('person:黄伟', ['黄 伟', 'ＨＵＡＮＧ']);
    expect(index.tier('黄伟', 'person:黄伟')).toBe(MatchTier.Exact);
    expect(index.tier('hua', 'person:黄伟')).toBe(MatchTier.Prefix);
    expect(index.tier('江津', 'person:黄伟')).toBeUndefined();
    index.remove('person:黄伟', ['黄 伟', 'ＨＵＡＮＧ']);
    expect(index.tier('黄伟', 'person:黄伟')).toBeUndefined();
  });

  it('keeps characters outside the basic plane whole', () => {
    const index = new NameIndex();
    index.add('person:𠮷田', ['𠮷田']);
    expect(index.candidates('𠮷')).toEqual(['person:𠮷田']);
  });
});
