import { describe, expect, it } from 'vitest';
import { formatParams, parseParams } from './params.ts';

describe('parseParams', () => {
  it('refuses text that is not JSON, saying so', () => {
    const parsed = parseParams('{organization: 重庆市委}');
    expect(parsed).toMatchObject({ ok: false, reason: 'syntax' });
    expect(parsed.ok === false && parsed.reason === 'syntax' && parsed.message.length > 0).toBe(true);
  });

  it('refuses JSON that is not an object, naming what it is', () => {
    expect(parseParams('[1, 2]')).toEqual({ ok: false, reason: 'notObject', found: 'an array' });
    expect(parseParams('"重庆市委"')).toEqual({ ok: false, reason: 'notObject', found: 'a string' });
    expect(parseParams('null')).toEqual({ ok: false, reason: 'notObject', found: 'null' });
  });

  it('reads blank text as no parameters and an object as the parameters', () => {
    expect(parseParams('  \n')).toEqual({ ok: true, value: {} });
    expect(parseParams('{"organization": "重庆市委", "limit": 5}')).toEqual({ ok: true, value: { organization: '重庆市委', limit: 5 } });
  });
});

describe('formatParams', () => {
  it('writes no parameters as empty text and others as JSON that parses back', () => {
    expect(formatParams({})).toBe('');
    const params = { organization: '重庆市委', limit: 15 };
    expect(parseParams(formatParams(params))).toEqual({ ok: true, value: params });
  });
});
