import { describe, expect, it } from 'vitest';
import { entityTypeKey, parseLocale, relationKey, translate, translator } from './index.ts';
import { MESSAGES } from './messages.ts';

describe('translate', () => {
  it('fills slots and leaves unknown slots visible', () => {
    expect(translate('en', 'status.counts', { nodes: 3, edges: 2 })).toBe('3 entities, 2 relations');
    expect(translate('zh', 'status.counts', { nodes: 3, edges: 2 })).toBe('3 个实体，2 条关系');
    expect(translate('en', 'search.noResults')).toBe('No entity matches “{query}”.');
  });

  it('has the same keys, all non-empty, in both languages', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const table of Object.values(MESSAGES)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });

  it('names types and relations in each language', () => {
    const zh = translator('zh');
    expect(zh(entityTypeKey('Person'))).toBe('人物');
    expect(zh(relationKey('HOLDS_POSITION', 'out'))).toBe('任职于');
    expect(translator('en')(relationKey('HOLDS_POSITION', 'in'))).toBe('Office holders');
  });
});

describe('parseLocale', () => {
  it('reads language tags and rejects what we do not ship', () => {
    expect(parseLocale('zh-CN')).toBe('zh');
    expect(parseLocale('EN-us')).toBe('en');
    expect(parseLocale('fr')).toBeUndefined();
    expect(parseLocale(null)).toBeUndefined();
  });
});
