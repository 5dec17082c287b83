import { describe, expect, it } from 'vitest';
import { entityTypeKey, parseLocale, relationKey, translate, translator } from './index.ts';
import { MESSAGES } from './messages.ts';

describe('translate', () => {
  it('fills slots and leaves unknown slots visible', () => {
    const values = { nodes: 3, edges: 2, loadedNodes: 5, loadedEdges: 7 };
    expect(translate('en', 'status.counts', values)).toBe('3 entities, 2 relations shown (5 and 7 loaded)');
    expect(translate('zh', 'status.counts', values)).toBe('显示 3 个实体、2 条关系（已加载 5 个、7 条）');
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
