/**
 * The console's query history, pure: the last queries run (with their
 * parameters), most recent first, without repeats; read back from storage
 * defensively, since anything may be stored under our key.
 */

/** One query as it was run: the text and the parameters as typed (JSON). */
export interface HistoryEntry {
  readonly query: string;
  readonly params: string;
}

/** Most queries kept. */
export const HISTORY_LIMIT = 30;

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean => a.query === b.query && a.params === b.params;

/** `history` with `entry` first; an equal earlier entry moves up rather than repeating; at most `limit` kept. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const query = entry.query.trim();
  if (query === '') return [...history];
  const clean = { query, params: entry.params.trim() };
  return [clean, ...history.filter((earlier) => !sameEntry(earlier, clean))].slice(0, Math.max(limit, 0));
}

/**
 * The history stored as JSON text; entries that are not `{query, params}`
 * strings are dropped, and unreadable text gives an empty history.
 */
export function parseHistory(stored: string | null, limit = HISTORY_LIMIT): HistoryEntry[] {
  if (stored === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const entries: HistoryEntry[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { query, params } = item as Record<string, unknown>;
    if (typeof query !== 'string' || query.trim() === '') continue;
    entries.push({ query, params: typeof params === 'string' ? params : '' });
  }
  return entries.slice(0, limit);
}

/** The history as text for storage. */
export function serializeHistory(history: readonly HistoryEntry[]): string {
  return JSON.stringify(history.map(({ query, params }) => ({ query, params })));
}

/**
 * Where recalling moves from `position` (-1: the editor's own text, 0: the most
 * recent query) when stepping `older` or newer; stays within -1…length-1.
 */
export function recallPosition(position: number, older: boolean, length: number): number {
  if (length === 0) return -1;
  const next = older ? position + 1 : position - 1;
  return Math.min(Math.max(next, -1), length - 1);
}
