/** Guarding API calls: an outcome holds the answer or the notice saying why the call failed. */
import { ApiError, isAbort } from '../api.ts';
import type { Notice } from '../state/types.ts';

/** The notice to show for a failed call. */
export function noticeOf(error: unknown): Notice {
  return error instanceof ApiError ? error.notice : { kind: 'protocol', status: 0 };
}

/** The outcome of an API call: its value, or the notice saying why it failed. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly notice: Notice; readonly aborted: boolean };

/**
 * Awaits an API call and captures its failure. Only the call is guarded: an
 * error thrown later while applying the answer is a bug and must surface as one.
 */
export async function attempt<T>(call: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    return { ok: false, notice: noticeOf(error), aborted: isAbort(error) };
  }
}
