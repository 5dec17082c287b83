/**
 * Parameters of a Cypher query as the user types them: a JSON object (empty
 * text means none). Pure; the reason for a refusal is for the console to show.
 */

export type ParamsParse =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly reason: 'syntax'; readonly message: string }
  | { readonly ok: false; readonly reason: 'notObject'; readonly found: string };

/** What kind of JSON value `value` is, in words for the refusal. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Parses the parameters text: `{}` for blank text, a JSON object, or why it is not one. */
export function parseParams(text: string): ParamsParse {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'notObject', found: kindOf(value) };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Parameters as the console shows them: pretty JSON, or empty text for none. */
export function formatParams(params: Readonly<Record<string, unknown>>): string {
  return Object.keys(params).length === 0 ? '' : JSON.stringify(params, null, 2);
}
