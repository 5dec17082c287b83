/**
 * Producers for the Cypher console: opening it, the editor's query and
 * parameters, recalling earlier queries (Alt+↑/↓ or the history list), whether
 * the server runs Cypher, and each run's answer or the reason it has none.
 */
import type { CypherResponse } from '../../../schema/api.ts';
import { addToHistory, recallPosition, type HistoryEntry } from '../cypher/history.ts';
import type { CypherAvailability, CypherError, CypherState, CypherView, Producer } from './types.ts';

export const CLOSED_CYPHER: CypherState = {
  open: false,
  query: '',
  params: '',
  availability: { status: 'unknown' },
  status: 'idle',
  result: null,
  error: null,
  request: 0,
  view: 'table',
  history: [],
  recall: -1,
  draft: null,
};

const withCypher = (change: (cypher: CypherState) => CypherState): Producer => (state) => {
  const cypher = change(state.cypher);
  return cypher === state.cypher ? state : { ...state, cypher };
};

/** Opens or closes the console (toggles when `open` is not given). */
export const toggleCypher = (open?: boolean): Producer =>
  withCypher((cypher) => {
    const next = open ?? !cypher.open;
    return next === cypher.open ? cypher : { ...cypher, open: next };
  });

/** The user typed in the query editor. */
export const editQuery = (query: string): Producer =>
  withCypher((cypher) => (cypher.query === query ? cypher : { ...cypher, query, recall: -1, draft: null }));

/** The user typed in the parameters editor. */
export const editParams = (params: string): Producer =>
  withCypher((cypher) => (cypher.params === params ? cypher : { ...cypher, params, recall: -1, draft: null }));

/** Puts a query and its parameters in the editors (an example, or a history entry picked from the list). */
export const loadQuery = (entry: HistoryEntry): Producer =>
  withCypher((cypher) => ({ ...cypher, query: entry.query, params: entry.params, recall: -1, draft: null, error: null }));

/**
 * Steps through the history from the editor: `older` goes back one query. The
 * user's own text is kept and comes back when stepping past the newest entry.
 */
export const recallHistory = (older: boolean): Producer =>
  withCypher((cypher) => {
    const position = recallPosition(cypher.recall, older, cypher.history.length);
    if (position === cypher.recall) return cypher;
    const draft = cypher.recall === -1 ? { query: cypher.query, params: cypher.params } : cypher.draft;
    const entry = position === -1 ? draft : cypher.history[position];
    if (entry === null || entry === undefined) return cypher;
    return { ...cypher, query: entry.query, params: entry.params, recall: position, draft: position === -1 ? null : draft };
  });

/** The stored history was read. */
export const historyLoaded = (history: readonly HistoryEntry[]): Producer => withCypher((cypher) => ({ ...cypher, history }));

/** Forgets every query run. */
export const clearHistory = (): Producer =>
  withCypher((cypher) => (cypher.history.length === 0 ? cypher : { ...cypher, history: [], recall: -1, draft: null }));

/** Shows the answer as a table or as a graph. */
export const showCypherView = (view: CypherView): Producer => withCypher((cypher) => (cypher.view === view ? cypher : { ...cypher, view }));

/** Asking the server whether it runs Cypher. */
export const availabilityChecking = (): Producer => withCypher((cypher) => ({ ...cypher, availability: { status: 'checking' } }));

/** The server said whether it runs Cypher. */
export const availabilityKnown = (availability: CypherAvailability): Producer => withCypher((cypher) => ({ ...cypher, availability }));

/** The editors hold nothing that can be sent (no query, or parameters that are not a JSON object). */
export const cypherInvalid = (error: CypherError): Producer =>
  withCypher((cypher) => ({ ...cypher, status: 'error', error, result: null }));

/** A query went out: it joins the history; an older answer still on its way will be dropped. */
export const cypherRequested = (entry: HistoryEntry): Producer =>
  withCypher((cypher) => ({
    ...cypher,
    status: 'loading',
    error: null,
    request: cypher.request + 1,
    history: addToHistory(cypher.history, entry),
    recall: -1,
    draft: null,
  }));

/** The answer to request `request` arrived. */
export const cypherLoaded = (request: number, result: CypherResponse): Producer =>
  withCypher((cypher) => (cypher.request !== request ? cypher : { ...cypher, status: 'ready', result, error: null }));

/**
 * Request `request` failed. A 501 also settles the availability: the store does
 * not run Cypher, and the console keeps saying so with the server's instruction.
 */
export const cypherFailed = (request: number, error: CypherError): Producer =>
  withCypher((cypher) => {
    if (cypher.request !== request) return cypher;
    const availability: CypherAvailability = error.kind === 'unavailable' ? { status: 'unavailable', detail: error.detail } : cypher.availability;
    return { ...cypher, status: 'error', result: null, error, availability };
  });
