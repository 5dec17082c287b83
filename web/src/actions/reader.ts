/**
 * The evidence-first intent: open the source article an evidence sentence
 * comes from. Sources are cached by id for the session (their text does not
 * change while the explorer is open, and a second click should be instant).
 */
import type { SourceDetail } from '../../../schema/api.ts';
import type { Evidence } from '../../../schema/model.ts';
import type { Api } from '../api.ts';
import { openEvidence, sourceFailed, sourceLoaded } from '../state/reader.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { attempt } from './attempt.ts';

/** Creates the reader intents over `store` and `api`. */
export function readerActions(store: Store<AppState>, api: Api) {
  const cache = new Map<string, SourceDetail>();
  return {
    async openEvidence(evidence: Evidence): Promise<void> {
      const cached = cache.get(evidence.source) ?? null;
      store.update(openEvidence(evidence, cached));
      if (cached !== null) return;
      const outcome = await attempt(api.source(evidence.source));
      if (!outcome.ok) {
        store.update(sourceFailed(evidence.source, outcome.notice));
        return;
      }
      cache.set(evidence.source, outcome.value);
      store.update(sourceLoaded(outcome.value));
    },
  };
}
