/**
 * The explorer's application state. Plain immutable data: producers in this
 * folder return a new state, controllers and panels read it.
 *
 * Derived state is not stored here; it flows through the pipeline
 * dataset → appearance → sigma graph (graph/, appearance/, controllers/).
 */
import type { EntityDetail, SearchHit } from '../../../schema/api.ts';
import type { Entity, EntityType, StoredRelation } from '../../../schema/model.ts';
import type { Locale } from '../i18n/index.ts';

/** The entities and relations loaded from the server so far. */
export interface Dataset {
  readonly nodes: ReadonlyMap<string, Entity>;
  readonly edges: ReadonlyMap<string, StoredRelation>;
  /** For nodes added next to another one (expansion): the node they first appear beside. */
  readonly anchors: ReadonlyMap<string, string>;
}

/** Something the user should read: a server problem's detail, or a client-side failure. */
export type Notice =
  | { readonly kind: 'problem'; readonly detail: string }
  | { readonly kind: 'network' }
  | { readonly kind: 'protocol'; readonly status: number };

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface OverviewState {
  readonly status: LoadStatus;
  readonly truncated: boolean;
}

export interface SearchState {
  readonly query: string;
  readonly type: EntityType | null;
  readonly status: LoadStatus;
  readonly results: readonly SearchHit[];
  /** Index of the keyboard-highlighted result, -1 when none. */
  readonly active: number;
  readonly open: boolean;
}

export interface DetailState {
  readonly entityId: string | null;
  readonly status: LoadStatus;
  readonly data: EntityDetail | null;
  readonly expanding: boolean;
  /** The last expansion of this entity was cut short by the server's limit. */
  readonly expandTruncated: boolean;
}

export interface LayoutState {
  readonly running: boolean;
  /** Runs started so far; a new run restarts convergence tracking. */
  readonly runs: number;
}

/** A request to move the camera to a node; `seq` makes repeated requests distinct. */
export interface CameraRequest {
  readonly nodeId: string;
  readonly seq: number;
}

export interface AppState {
  readonly locale: Locale;
  readonly dataset: Dataset;
  readonly overview: OverviewState;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly search: SearchState;
  readonly detail: DetailState;
  readonly layout: LayoutState;
  readonly camera: CameraRequest | null;
  readonly notice: Notice | null;
}

/** A pure state change: `(args) => (state) => state`, applied by the store. */
export type Producer<S = AppState> = (state: S) => S;
