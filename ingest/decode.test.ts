/**
 * Encoding detection over real text: every sample and held-out text, written in
 * GBK, GB18030 and BOM-less UTF-16, decodes back to itself (no file is taken
 * for a mix of encodings or for binary), and the refusals say where.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const texts = ['data/samples', 'tests/eval/holdout'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(path.join(root, dir, f), 'utf8') })),
);

const ENCODINGS: [string, (text: string) => Buffer, string][] = [
  ['GBK', (t) => iconv.encode(t, 'gbk'), 'gb18030'],
  ['GB18030', (t) => iconv.encode(t, 'gb18030'), 'gb18030'],
  ['UTF-16 LE without BOM', (t) => Buffer.from(t, 'utf16le'), 'utf-16le'],
  ['UTF-16 BE without BOM', (t) => Buffer.from(t, 'utf16le').swap16(), 'utf-16be'],
];

describe('decodeText on the corpus', () => {
  for (const [label, encode, expected] of ENCODINGS) {
    it(`decodes every text written in ${label}`, () => {
      for (const { name, text } of texts) expect(decodeText(encode(text), name), name).toEqual({ text, encoding: expected });
    });
  }
});

describe('decodeText refusals', () => {
  it('finds the first byte that is not UTF-8, lone surrogates and overlong forms included', () => {
    expect(firstInvalidUtf8(Buffer.from('江津', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe6, 0xb1]))).toBe(0);
  });

  it('names the lines of a file that mixes UTF-8 and GBK', () => {
    const bytes = Buffer.concat([Buffer.from('市人大代表、江津区委书记唐大军出席重报圆桌会。\n', 'utf8'), iconv.encode('潼南区委书记文天平表示。\n', 'gbk')]);
    expect(() => decodeText(bytes, 'x.txt')).toThrow(/x\.txt: mixes text encodings \(line 1 is UTF-8, line 2 is not\)/);
  });
});
