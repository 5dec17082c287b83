/**
 * Detecting a text file's encoding from its bytes (pure): BOMs, the NUL pattern
 * of BOM-less UTF-16, strict UTF-8, BOM-less UTF-16 of CJK text, GB18030 as a
 * checked fallback. What cannot be decoded without guessing is refused with a
 * BadInputFileError saying where and what to do: a file that mixes encodings,
 * invalid UTF-8 (lone surrogates included), HTML pages, binary data.
 */
import iconv from 'iconv-lite';
import { BadInputFileError } from '../schema/errors.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Magic numbers of common binary formats, checked before any decoding. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (docx/xlsx?)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['OLE document (doc/xls?)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Share of CJK + ASCII-printable characters a GB18030 or BOM-less UTF-16 decoding must reach to be believed. */
const MIN_GB_PLAUSIBLE = 0.9;
const MIN_UTF16_PLAUSIBLE = 0.95;
/**
 * A line proves to be UTF-8 when it holds at least this many multi-byte
 * characters, all valid: short GBK lines are valid UTF-8 by chance now and then.
 */
const UTF8_LINE_PROOF = 12;
/** An HTML page, by how it starts (after white space, comments and a BOM). */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** The binary format `bytes` start with, if any. */
export function binaryFormat(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
}

/** Decodes `bytes` (never empty, not binary by magic number); `file` names the input in errors. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file, 3), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const bomless16 = utf16ByNulPattern(bytes);
  if (bomless16) return { text: utf16(bytes, bomless16), encoding: bomless16 };
  const cjk16 = utf16ByPlausibility(bytes);
  if (cjk16) return { text: utf16(bytes, cjk16), encoding: cjk16 };
  if (bytes.includes(0)) throw new BadInputFileError(file, 'contains NUL bytes (binary data); give a plain text file');
  const utf8 = wellFormedUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  return decodeNonUtf8(bytes, file, bad);
}

/** Refuses an HTML page: which of its text is the article is the site's business, not ours to guess. */
export function refuseHtml(text: string, file: string): void {
  if (HTML_START.test(text.slice(0, 4096).replace(/^\ufeff/, ''))) {
    throw new BadInputFileError(
      file,
      'is an HTML page, not plain text; save the article as text first (a browser\'s "Save as… Text", or copy its text into a .txt file)',
    );
  }
}

function decodeNonUtf8(bytes: Uint8Array, file: string, bad: number): { text: string; encoding: TextEncoding } {
  const lines = classifyLines(bytes);
  if (lines.other !== undefined && (lines.utf8 ?? lines.damaged) !== undefined) {
    const utf8Line = (lines.utf8 ?? lines.damaged) as number;
    throw new BadInputFileError(
      file,
      `mixes text encodings (line ${utf8Line} is UTF-8, line ${lines.other} is not); convert the whole file to one encoding, UTF-8`,
    );
  }
  if (lines.other === undefined) {
    throw new BadInputFileError(
      file,
      `is UTF-8 with invalid bytes (first at ${where(bytes, bad)}: a lone surrogate or a cut character); drop them with iconv -f UTF-8 -t UTF-8 -c, or fix the file`,
    );
  }
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (plausibility(gb) >= MIN_GB_PLAUSIBLE) return { text: gb, encoding: 'gb18030' };
  throw new BadInputFileError(
    file,
    `is neither UTF-8 (bad byte at ${where(bytes, bad)}) nor plausible GB18030/GBK text; convert it to UTF-8 (iconv -f ENCODING -t UTF-8)`,
  );
}

/**
 * The text of `bytes` when they are well-formed UTF-8, else undefined. The
 * platform's fatal decoder rejects exactly what firstInvalidUtf8 finds
 * (overlong forms, surrogates, cut sequences) and is many times faster than a
 * byte loop, so the loop runs only to say where a bad file goes wrong.
 */
function wellFormedUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strictUtf8(bytes: Uint8Array, file: string, offset: number): string {
  const text = wellFormedUtf8(bytes);
  if (text !== undefined) return text;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new BadInputFileError(file, `has a UTF-8 BOM but invalid UTF-8 at byte ${bad + offset}; fix or drop the bad bytes (iconv -f UTF-8 -t UTF-8 -c)`);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function utf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(enc).decode(bytes);
}

/** "line 3, byte 120" for a byte offset. */
function where(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return `line ${line}, byte ${offset}`;
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (overlong forms and UTF-16 surrogates, as WTF-8/CESU-8 write lone ones, are
 * not), or -1 when all of `bytes` is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from;
  while (i < to) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i, to);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the well-formed multi-byte sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number, to: number): number {
  const b = bytes[i] as number;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < to && (bytes[i + k] as number) >= lo && (bytes[i + k] as number) <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The first line of each kind: `utf8`, valid UTF-8 with many multi-byte
 * characters (short GBK lines are valid UTF-8 by chance now and then);
 * `damaged`, such a line with a few bad sequences (a lone surrogate, a cut
 * character); `other`, a line mostly not UTF-8 (another encoding).
 */
function classifyLines(bytes: Uint8Array): { utf8?: number; damaged?: number; other?: number } {
  const found: { utf8?: number; damaged?: number; other?: number } = {};
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const { valid, invalid } = sequenceCounts(bytes, start, end);
    if (invalid === 0) {
      if (valid >= UTF8_LINE_PROOF) found.utf8 ??= line;
    } else if (valid >= UTF8_LINE_PROOF && invalid * 20 <= valid) found.damaged ??= line;
    else found.other ??= line;
    if (found.other !== undefined && (found.utf8 ?? found.damaged) !== undefined) break;
    start = end + 1;
  }
  return found;
}

/** Valid multi-byte UTF-8 sequences and runs of bad bytes (one lone surrogate is one run) in [from, to). */
function sequenceCounts(bytes: Uint8Array, from: number, to: number): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let inBadRun = false;
  for (let i = from; i < to; ) {
    if ((bytes[i] as number) < 0x80) {
      inBadRun = false;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i, to);
    if (length === 0 && !inBadRun) invalid++;
    if (length > 0) valid++;
    inBadRun = length === 0;
    i += Math.max(1, length);
  }
  return { valid, invalid };
}

/**
 * UTF-16 without BOM: ASCII-heavy text has NUL in every other byte. Only a
 * strong, consistent pattern counts, so binary files with stray NULs are not
 * mistaken for text.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.2 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.2 && oddNul / pairs < 0.02) return 'utf-16be';
  return undefined;
}

/** UTF-16 without BOM and without ASCII (all-Chinese text): believed only when nearly every unit is CJK text and a line breaks. */
function utf16ByPlausibility(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 4) return undefined;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = utf16(bytes.subarray(0, Math.min(bytes.length, 8192)), enc);
    if (text.includes('\n') && plausibility(text) >= MIN_UTF16_PLAUSIBLE) return enc;
  }
  return undefined;
}

/** Share of characters that are CJK, CJK punctuation, full-width forms or printable ASCII. */
function plausibility(text: string): number {
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const plausible =
      (c >= 0x20 && c < 0x7f) ||
      c === 9 || c === 10 || c === 13 ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027);
    if (plausible) ok++;
  }
  return ok / Math.max(1, text.length);
}
