/** The state the explorer starts from. */
import { noFilters } from '../filters/apply.ts';
import type { Locale } from '../i18n/index.ts';
import { CLOSED_CYPHER } from './cypher.ts';
import { emptyDataset } from './dataset.ts';
import { NO_PATHS } from './paths.ts';
import { CLOSED_READER } from './reader.ts';
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
    detail: { entityId: null, status: 'idle', data: null },
    expansions: new Map(),
    focused: [],
    filters: noFilters(),
    appearance: { color: 'type', size: 'degree' },
    paths: NO_PATHS,
    reader: CLOSED_READER,
    layout: { running: false, runs: 0, oneShot: null },
    camera: null,
    view: null,
    pendingView: null,
    sources: [],
    notice: null,
    cypher: CLOSED_CYPHER,
  };
}
