/** The state the explorer starts from. */
import type { Locale } from '../i18n/index.ts';
import { emptyDataset } from './dataset.ts';
import type { AppState } from './types.ts';

/** The empty starting state, in `locale`. */
export function initialState(locale: Locale): AppState {
  return {
    locale,
    dataset: emptyDataset(),
    overview: { status: 'idle', truncated: false },
    selected: null,
    hovered: null,
    search: { query: '', type: null, status: 'idle', results: [], active: -1, open: false },
    detail: { entityId: null, status: 'idle', data: null, expanding: false, expandTruncated: false },
    layout: { running: false, runs: 0 },
    camera: null,
    notice: null,
  };
}
