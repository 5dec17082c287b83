import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { evidenceDateText, evidenceTrustText, formatConfidence } from './trust.ts';

const en = translator('en');
const zh = translator('zh');
const office = { type: 'HOLDS_POSITION' as const, confidence: 0.9, rule: 'office-chain' };

describe('evidenceDateText', () => {
  it('says "as reported on" for an office, in both languages', () => {
    expect(evidenceDateText('HOLDS_POSITION', { date: '2025-01-20' }, en)).toBe('as reported on 2025-01-20');
    expect(evidenceDateText('HOLDS_POSITION', { date: '2025-01-20' }, zh)).toBe('报道日期：2025-01-20');
  });

  it('says an office has no date when the text gives none; other relations say nothing then', () => {
    expect(evidenceDateText('HOLDS_POSITION', {}, en)).toBe('the text gives no date');
    expect(evidenceDateText('HOSTS', {}, en)).toBeNull();
    expect(evidenceDateText('HOSTS', { date: '2024-12-23' }, en)).toBe('dated 2024-12-23');
  });
});

describe('evidenceTrustText', () => {
  it('gives the evidence’s own rule and confidence, else the relation’s', () => {
    expect(evidenceTrustText(office, { rule: 'byline', confidence: 0.75 }, en)).toBe('found by rule byline, confidence 0.75');
    expect(evidenceTrustText(office, {}, zh)).toBe('由规则 office-chain 抽取，置信度 0.90');
    expect(formatConfidence(1)).toBe('1.00');
  });
});
