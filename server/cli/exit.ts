/**
 * How the CLI ends: exit codes by error code (sysexits.h), and one-line
 * messages on stderr for the errors a user can act on.
 */
import type { ErrorCode } from '../../schema/errors.ts';
import { PolicyGraphError } from '../../schema/errors.ts';

export const EXIT_USAGE = 64;
const EXIT_SOFTWARE = 70;

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: EXIT_USAGE,
  BAD_INPUT_FILE: 65, // EX_DATAERR
  FORBIDDEN_QUERY: 65,
  NOT_FOUND: 66, // EX_NOINPUT
  STORE_UNAVAILABLE: 69, // EX_UNAVAILABLE
  UNSUPPORTED: 69,
  UNAUTHORIZED: 77, // EX_NOPERM
  CONFIG: 78, // EX_CONFIG
};

/** The exit code for a failure with this error code. */
export function exitCodeFor(code: ErrorCode): number {
  return EXIT_BY_CODE[code];
}

/** Writes one line about `error` to stderr and returns the exit code to end with. */
export function reportFailure(error: unknown): number {
  if (error instanceof PolicyGraphError) {
    process.stderr.write(`policygraph: ${oneLine(error.message)}\n`);
    return exitCodeFor(error.code);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`policygraph: unexpected error: ${oneLine(message)}\n`);
  return EXIT_SOFTWARE;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
