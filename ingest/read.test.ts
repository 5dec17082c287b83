import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile, decodeBytes } from './read.ts';
import { BadInputFileError } from '../schema/errors.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
const fixture = (name: string) => path.join(fixtures, name);
const EXPECTED = '市人大代表、江津区委书记 唐大军\n市发展改革委党组书记、主任高健就此进行了权威解读。\n';

async function rejection(file: string): Promise<BadInputFileError> {
  const err = await readTextFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BadInputFileError);
  return err as BadInputFileError;
}

describe('readTextFile: bad input', () => {
  it('refuses a missing path, naming it', async () => {
    const err = await rejection(fixture('does-not-exist.txt'));
    expect(err.code).toBe('BAD_INPUT_FILE');
    expect(err.file).toContain('does-not-exist.txt');
    expect(err.message).toMatch(/no such file/);
  });
  it('refuses an empty file', async () => {
    expect((await rejection(fixture('empty.txt'))).message).toMatch(/empty/);
  });
  it('refuses a PNG by its magic number', async () => {
    expect((await rejection(fixture('image.png'))).message).toMatch(/PNG/);
  });
  it('refuses binary data with NUL bytes', async () => {
    expect((await rejection(fixture('nul-bytes.txt'))).message).toMatch(/binary|NUL/);
  });
  it('refuses a directory', async () => {
    expect((await rejection(fixtures)).message).toMatch(/directory/);
  });
  it('refuses bytes that are neither UTF-8 nor plausible GB18030', () => {
    const junk = Uint8Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 0x81 : 0x05));
    expect(() => decodeBytes(junk, 'junk.txt')).toThrow(BadInputFileError);
  });
  it('refuses a one-line message with every error (the file name first)', async () => {
    const err = await rejection(fixture('image.png'));
    expect(err.message.split('\n')).toHaveLength(1);
    expect(err.message.startsWith(fixture('image.png'))).toBe(true);
  });
});

describe('readTextFile: encodings are detected', () => {
  it('decodes GB18030 (not valid UTF-8) as gb18030', async () => {
    const r = await readTextFile(fixture('gb18030.txt'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(EXPECTED);
  });
  it('decodes UTF-8 with a BOM and drops the BOM', async () => {
    const r = await readTextFile(fixture('utf8-bom.txt'));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text).toBe(EXPECTED);
  });
  it('decodes UTF-16 LE with a BOM', async () => {
    const r = await readTextFile(fixture('utf16le-bom.txt'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(EXPECTED);
  });
  it('decodes UTF-16 BE without a BOM from the NUL pattern', async () => {
    const r = await readTextFile(fixture('utf16be-nobom.txt'));
    expect(r.encoding).toBe('utf-16be');
    expect(r.text).toBe(`Policy text 2025\n${EXPECTED}`);
  });
  it('decodes a sample as plain UTF-8 and hashes the raw bytes', async () => {
    const r = await readTextFile(path.resolve(fixtures, '../../data/samples/003_4226d43bcd19f2b5.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('袁家军');
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('gives different hashes to the same text in different encodings', async () => {
    const a = await readTextFile(fixture('gb18030.txt'));
    const b = await readTextFile(fixture('utf8-bom.txt'));
    expect(a.text).toBe(b.text);
    expect(a.sha256).not.toBe(b.sha256);
  });
});
