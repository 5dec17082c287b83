import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listInputFiles, processFile, processText, toExtraction } from './pipeline.ts';
import { ExtractionSchema, IngestDocumentSchema } from '../schema/model.ts';
import { BadInputFileError } from '../schema/errors.ts';
import { normalizeText } from './normalize.ts';
import { wordAcross } from './segment.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'data/samples');
const S000 = path.join(samples, '000_7424df761f98a704.txt');
const S001 = path.join(samples, '001_44008bd851d9b9b4.txt');
const now = () => new Date('2025-02-01T00:00:00Z');

describe('processText', () => {
  const raw = readFileSync(S000, 'utf8');
  const doc = processText(raw, '000_7424df761f98a704.txt', { now });

  it('produces a valid IngestDocument and contract extraction', () => {
    expect(() => IngestDocumentSchema.parse(doc)).not.toThrow();
    const extraction = ExtractionSchema.parse(toExtraction(doc));
    expect(extraction.source).toBe('000_7424df761f98a704.txt');
    expect(doc.source.id).toBe('source:000_7424df761f98a704.txt');
    expect(doc.source.ingestedAt).toBe('2025-02-01T00:00:00.000Z');
  });

  it('finds 唐大军 as 书记 of 江津区委 with the evidence sentence', () => {
    const r = doc.relations.find((x) => x.from === 'person:唐大军' && x.title === '书记');
    expect(r?.to).toBe('org:江津区委');
    expect(r?.evidence.text).toBe('市人大代表、江津区委书记 唐大军');
    expect(r?.rule).toBe('office-chain');
    expect(r?.evidence.article).toBe('article:000_7424df761f98a704.txt#0');
  });

  it('gives a bare 市 body the document city as canonical name, keeping the printed form', () => {
    const org = doc.entities.find((e) => e.id === 'org:重庆市发展改革委');
    expect(org?.aliases).toContain('市发展改革委');
  });

  it('points every evidence span at the same characters in the normalised and the original text', () => {
    const normalized = normalizeText(raw, { wordAcross });
    expect(normalized.text).toBe(doc.text);
    for (const r of doc.relations) {
      const { start, end, text } = r.evidence;
      expect(doc.text.slice(start, end)).toBe(text);
      const original = raw.slice(normalized.toOriginal(start), normalized.toOriginal(end - 1) + 1);
      expect(original.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
    }
  });

  it('makes every relation endpoint an entity of the document', () => {
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const r of doc.relations) {
      expect(ids.has(r.from)).toBe(true);
      expect(ids.has(r.to)).toBe(true);
    }
  });

  it('is deterministic and lists each relation once in the extraction', () => {
    const again = processText(raw, '000_7424df761f98a704.txt', { now });
    expect(again).toEqual(doc);
    const keys = toExtraction(doc).relations.map((r) => `${r.type}|${r.from}|${r.to}|${r.title ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('counts mentions per article', () => {
    expect(doc.mentions.some((m) => m.entity === 'person:唐大军' && m.count >= 1)).toBe(true);
  });

  it('lets an extractor be switched off', () => {
    const without = processText(raw, 'x.txt', { now, disabled: ['named-things'] });
    expect(without.entities.some((e) => e.type === 'Initiative' || e.type === 'Event')).toBe(false);
    expect(without.relations.some((r) => r.type === 'IMPLEMENTS')).toBe(false);
    expect(() => processText(raw, 'x.txt', { disabled: ['no-such-rule'] })).toThrow(/no-such-rule/);
  });
});

describe('processFile', () => {
  it('gives the same organisation the same id across files', async () => {
    const [a, b] = await Promise.all([processFile(S000, { now }), processFile(S001, { now })]);
    const ids = (d: typeof a) => new Set(d.entities.map((e) => e.id));
    expect(ids(a).has('org:重庆日报')).toBe(true);
    expect(ids(b).has('org:重庆日报')).toBe(true);
    expect(ids(b).has('org:重庆市发展改革委')).toBe(true);
  });
  it('decodes a GB18030 file and records encoding and byte hash', async () => {
    const doc = await processFile(path.join(root, 'tests/fixtures/gb18030.txt'), { now });
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.relations.map((r) => `${r.from}|${r.title}|${r.to}`)).toContain('person:唐大军|书记|org:江津区委');
  });
  it('throws BadInputFileError for a missing path', async () => {
    await expect(processFile(path.join(root, 'nope.txt'))).rejects.toBeInstanceOf(BadInputFileError);
  });
});

describe('listInputFiles', () => {
  it('expands directories to sorted .txt files and reports missing paths', async () => {
    const { files, missing } = await listInputFiles([samples, path.join(root, 'missing-dir')]);
    expect(files.map((f) => path.basename(f))).toEqual([
      '000_7424df761f98a704.txt',
      '001_44008bd851d9b9b4.txt',
      '002_bdf7c8a6d64f0bdd.txt',
      '003_4226d43bcd19f2b5.txt',
      '004_47dc73c3cc6e30af.txt',
    ]);
    expect(missing).toEqual([path.join(root, 'missing-dir')]);
  });
});
