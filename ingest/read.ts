/**
 * Reading an input file and decoding it to text. The encoding is detected from
 * the bytes (BOMs, NUL patterns, strict UTF-8 validation, GB18030 as a checked
 * fallback), never assumed; files that are not text are refused with a
 * BadInputFileError that names the file and says why in one line.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { BadInputFileError } from '../schema/errors.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedFile {
  text: string;
  encoding: TextEncoding;
  /** Hex SHA-256 of the raw bytes, so a changed file is recognised whatever its encoding. */
  sha256: string;
}

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

/** Share of control characters (other than tab, CR, LF, FF) above which decoded text is rejected. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of CJK + ASCII-printable characters a GB18030 decoding must reach to be believed. */
const MIN_GB_PLAUSIBLE = 0.9;

/** Reads `file` and decodes it; throws BadInputFileError for a missing, empty, binary or undecodable file. */
export async function readTextFile(file: string): Promise<DecodedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${String(code ?? err)})`;
    throw new BadInputFileError(file, why);
  }
  return decodeBytes(bytes, file);
}

/** Decodes raw bytes (pure; `file` only names the input in errors). */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedFile {
  if (bytes.length === 0) throw new BadInputFileError(file, 'the file is empty; give a text file with content');
  const magic = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) throw new BadInputFileError(file, `looks like a ${magic[0]}, not a text file`);
  const { text, encoding } = decodeText(bytes, file);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new BadInputFileError(file, 'contains binary data (control characters); give a plain text file');
  }
  if (text.trim().length === 0) throw new BadInputFileError(file, 'contains only white space');
  return { text, encoding, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const bomless16 = utf16ByNulPattern(bytes);
  if (bomless16) return { text: utf16(bytes, bomless16), encoding: bomless16 };
  if (bytes.includes(0)) throw new BadInputFileError(file, 'contains NUL bytes (binary data); give a plain text file');
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (gbPlausibility(gb) < MIN_GB_PLAUSIBLE) {
    throw new BadInputFileError(file, 'is neither valid UTF-8 nor plausible GB18030/GBK text; convert it to UTF-8');
  }
  return { text: gb, encoding: 'gb18030' };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  const text = tryUtf8(bytes);
  if (text === undefined) throw new BadInputFileError(file, 'has a UTF-8 BOM but invalid UTF-8 bytes');
  return text;
}

function utf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(enc).decode(bytes);
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

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return control / text.length;
}

/** Share of characters that are CJK, CJK punctuation, full-width forms or printable ASCII. */
function gbPlausibility(text: string): number {
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
