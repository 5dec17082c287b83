/**
 * Reading an input file and decoding it to text. The encoding is detected from
 * the bytes (ingest/decode.ts), never assumed; files that are not usable text
 * are refused with a BadInputFileError that names the file and says why in one
 * line. Memory stays bounded: a file larger than the limit is refused from its
 * size alone, before a byte of it is read, and never more than the limit is read.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { BadInputFileError } from '../schema/errors.ts';
import { binaryFormat, decodeText, refuseHtml, type TextEncoding } from './decode.ts';

export type { TextEncoding } from './decode.ts';

export interface DecodedFile {
  text: string;
  encoding: TextEncoding;
  /** Hex SHA-256 of the raw bytes, so a changed file is recognised whatever its encoding. */
  sha256: string;
}

export interface ReadOptions {
  /** Largest file accepted, in bytes (default DEFAULT_MAX_FILE_BYTES). */
  maxBytes?: number;
}

/**
 * Files above this are refused rather than split: the pipeline holds about 100
 * bytes of memory per byte of text (measured: a 5 MB file peaks near 520 MB),
 * and one file is one Source whose text the explorer shows whole.
 */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Share of control characters (other than tab, CR, LF, FF) above which decoded text is rejected. */
const MAX_CONTROL_SHARE = 0.01;

/** Reads `file` and decodes it; throws BadInputFileError for a missing, empty, oversized, binary or undecodable file. */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<DecodedFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(file, maxBytes);
  } catch (err) {
    if (err instanceof BadInputFileError) throw err;
    const code = (err as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${String(code ?? err)})`;
    throw new BadInputFileError(file, why);
  }
  return decodeBytes(bytes, file, { maxBytes });
}

/** The file's bytes, refusing anything but a regular file of at most `maxBytes` (checked on the open handle). */
async function readBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new BadInputFileError(file, 'is a directory, not a file');
    if (!info.isFile()) throw new BadInputFileError(file, 'is not a regular file (a device, pipe or socket); give a text file');
    if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      // The file grew after stat: refuse rather than read without bound.
      if (length > maxBytes) throw tooLarge(file, length, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, size: number, maxBytes: number): BadInputFileError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new BadInputFileError(
    file,
    `is ${size > maxBytes + 1 ? mb(size) : `over ${mb(maxBytes)}`}, above the ${mb(maxBytes)} limit for one file; split it at paragraph breaks into smaller files, or raise POLICYGRAPH_MAX_FILE_SIZE`,
  );
}

/** Decodes raw bytes (pure; `file` only names the input in errors). */
export function decodeBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): DecodedFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length === 0) throw new BadInputFileError(file, 'the file is empty; give a text file with content');
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  const format = binaryFormat(bytes);
  if (format) throw new BadInputFileError(file, `looks like a ${format}, not a text file`);
  const { text, encoding } = decodeText(bytes, file);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new BadInputFileError(file, 'contains binary data (control characters); give a plain text file');
  }
  if (text.trim().length === 0) throw new BadInputFileError(file, 'contains only white space');
  refuseHtml(text, file);
  return { text, encoding, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return control / text.length;
}
