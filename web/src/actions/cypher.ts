/**
 * Intents of the Cypher console: open it (and ask once whether the server runs
 * Cypher), and run the editor's query with its parameters. A refused query
 * (400) and a store without Cypher (501) are the console's own messages, with
 * the server's words; other failures carry the usual notice.
 */
import { ApiError } from '../api.ts';
import type { Api } from '../api.ts';
import { parseParams } from '../cypher/params.ts';
import { availabilityChecking, availabilityKnown, cypherFailed, cypherInvalid, cypherLoaded, cypherRequested, toggleCypher } from '../state/cypher.ts';
import type { Store } from '../state/store.ts';
import type { AppState, CypherError } from '../state/types.ts';
import { noticeOf } from './attempt.ts';

/** What a failed Cypher request means for the console. */
export function cypherErrorOf(error: unknown): CypherError {
  if (error instanceof ApiError && error.notice.kind === 'problem') {
    if (error.status === 501) return { kind: 'unavailable', detail: error.notice.detail };
    if (error.status === 400) return { kind: 'refused', detail: error.notice.detail };
  }
  return { kind: 'failed', notice: noticeOf(error) };
}

/** A query that asks nothing of the data: sent only to hear the embedded store's 501 instruction. */
const PROBE_QUERY = 'RETURN 1';

/** Creates the console intents over `store` and `api`. */
export function cypherActions(store: Store<AppState>, api: Api) {
  const checkAvailability = async (): Promise<void> => {
    if (store.get().cypher.availability.status !== 'unknown') return;
    store.update(availabilityChecking());
    try {
      const health = await api.health();
      if (health.store === 'neo4j') {
        store.update(availabilityKnown({ status: 'available' }));
        return;
      }
      await api.cypher({ query: PROBE_QUERY });
      store.update(availabilityKnown({ status: 'available' }));
    } catch (error) {
      const meaning = cypherErrorOf(error);
      // Only a 501 settles it; anything else (server busy, down) leaves it to the next query.
      store.update(availabilityKnown(meaning.kind === 'unavailable' ? { status: 'unavailable', detail: meaning.detail } : { status: 'unknown' }));
    }
  };

  return {
    /** Opens or closes the console; the first opening asks whether the server runs Cypher. */
    async toggleCypher(open?: boolean): Promise<void> {
      store.update(toggleCypher(open));
      if (store.get().cypher.open) await checkAvailability();
    },
    /** Runs the editor's query with its parameters. */
    async runCypher(): Promise<void> {
      const { query, params } = store.get().cypher;
      if (query.trim() === '') return store.update(cypherInvalid({ kind: 'empty' }));
      const parsed = parseParams(params);
      if (!parsed.ok) {
        const message = parsed.reason === 'syntax' ? parsed.message : parsed.found;
        return store.update(cypherInvalid({ kind: 'params', reason: parsed.reason, message }));
      }
      store.update(cypherRequested({ query, params }));
      const request = store.get().cypher.request;
      try {
        store.update(cypherLoaded(request, await api.cypher({ query, params: parsed.value })));
      } catch (error) {
        store.update(cypherFailed(request, cypherErrorOf(error)));
      }
    },
  };
}
