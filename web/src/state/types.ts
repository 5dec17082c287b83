/**
 * The explorer's application state. Plain immutable data: producers in this
 * folder return a new state, controllers and panels read it.
 *
 * Derived state is not stored here; it flows through the pipeline
 * dataset → filtered (filters/) → appearance (appearance/) → sigma graph
 * (graph/, controllers/graphController.ts).
 */
import type { CypherResponse, EntityPage, PathsResponse, SearchHit, SourceDetail } from '../../../schema/api.ts';
import type { Entity, EntityType, Evidence, RelationType, Source, StoredRelation } from '../../../schema/model.ts';
import type { HistoryEntry } from '../cypher/history.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * Why a node is loaded: the overview, an expansion (`expand:<id>`), an entity
 * opened on its own (`focus:<id>`), or the current paths (`path`). A node
 * stays while at least one origin holds it, which is what lets a collapse
 * remove only what nothing else pinned.
 */
export type Origin = 'overview' | 'path' | `expand:${string}` | `focus:${string}`;

/** The entities and relations loaded from the server so far. */
export interface Dataset {
  readonly nodes: ReadonlyMap<string, Entity>;
  readonly edges: ReadonlyMap<string, StoredRelation>;
  /** For nodes added next to another one (expansion): the node they first appear beside. */
  readonly anchors: ReadonlyMap<string, string>;
  /** What holds each node on the graph. */
  readonly origins: ReadonlyMap<string, ReadonlySet<Origin>>;
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

/** A search result, marked when it was found by pinyin rather than by the server. */
export interface SearchResult extends SearchHit {
  readonly byPinyin?: boolean;
}

export interface SearchState {
  readonly query: string;
  readonly type: EntityType | null;
  readonly status: LoadStatus;
  readonly results: readonly SearchResult[];
  /** Index of the keyboard-highlighted result, -1 when none. */
  readonly active: number;
  readonly open: boolean;
}

export interface DetailState {
  readonly entityId: string | null;
  readonly status: LoadStatus;
  readonly data: EntityPage | null;
}

export type ExpandDirection = 'both' | 'out' | 'in';

/** What an expansion asks the server for. */
export interface ExpandOptions {
  readonly type: RelationType | null;
  readonly direction: ExpandDirection;
  readonly limit: number;
}

/** One node's expansion: what was asked, and whether the server had more (a hub). */
export interface Expansion extends ExpandOptions {
  readonly status: LoadStatus;
  readonly truncated: boolean;
}

export interface LayoutState {
  readonly running: boolean;
  /** Runs started so far; a new run restarts convergence tracking. */
  readonly runs: number;
  /** One-shot layouts (noverlap) asked for so far; each increment runs one. */
  readonly oneShot: { readonly id: string; readonly seq: number } | null;
}

/** A request to move the camera to a node; `seq` makes repeated requests distinct. */
export interface CameraRequest {
  readonly nodeId: string;
  readonly seq: number;
}

/** Sigma's camera in its normalised frame, as kept in the URL. */
export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export interface FiltersState {
  readonly hiddenEntityTypes: ReadonlySet<EntityType>;
  readonly hiddenRelationTypes: ReadonlySet<RelationType>;
  /** Relations below this confidence are hidden (0: none). */
  readonly minConfidence: number;
  /** Source ids whose evidence is ignored. */
  readonly hiddenSources: ReadonlySet<string>;
  /** Evidence dates kept (ISO YYYY-MM-DD, inclusive); null: unbounded. */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
}

export type ColorBy = 'type' | 'community';
export type SizeBy = 'degree' | 'pagerank';

export interface AppearanceState {
  readonly color: ColorBy;
  readonly size: SizeBy;
}

export interface PathsState {
  readonly from: string | null;
  readonly to: string | null;
  readonly status: LoadStatus;
  readonly result: PathsResponse | null;
  /** The path shown on its own, -1: all of them. */
  readonly active: number;
}

/** The source article opened from an evidence sentence. */
export interface ReaderState {
  readonly evidence: Evidence | null;
  readonly status: LoadStatus;
  readonly data: SourceDetail | null;
}

/** Whether the server runs Cypher: asked when the console first opens. */
export type CypherAvailability =
  | { readonly status: 'unknown' }
  | { readonly status: 'checking' }
  | { readonly status: 'available' }
  /** The store does not speak Cypher; `detail` is the server's own instruction (its 501 answer). */
  | { readonly status: 'unavailable'; readonly detail: string };

/** Why the console has no answer to show. */
export type CypherError =
  | { readonly kind: 'empty' }
  /** The parameters are not a JSON object (`message`: the parser's words, or the kind of value found). */
  | { readonly kind: 'params'; readonly reason: 'syntax' | 'notObject'; readonly message: string }
  /** The server refused the query (400): `detail` says why. */
  | { readonly kind: 'refused'; readonly detail: string }
  | { readonly kind: 'unavailable'; readonly detail: string }
  | { readonly kind: 'failed'; readonly notice: Notice };

export type CypherView = 'table' | 'graph';

/** The Cypher console: the editor's text, the last answer, and the history of queries run. */
export interface CypherState {
  readonly open: boolean;
  readonly query: string;
  /** The parameters as typed: JSON text. */
  readonly params: string;
  readonly availability: CypherAvailability;
  readonly status: LoadStatus;
  readonly result: CypherResponse | null;
  readonly error: CypherError | null;
  /** Requests sent so far: an answer to an older one is dropped. */
  readonly request: number;
  readonly view: CypherView;
  /** Queries run, most recent first. */
  readonly history: readonly HistoryEntry[];
  /** The history entry recalled into the editor (-1: the user's own text, kept in `draft`). */
  readonly recall: number;
  readonly draft: HistoryEntry | null;
}

export interface AppState {
  readonly locale: Locale;
  readonly dataset: Dataset;
  readonly overview: OverviewState;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly search: SearchState;
  readonly detail: DetailState;
  readonly expansions: ReadonlyMap<string, Expansion>;
  /** Entities opened on their own (search, links), in order: each holds a `focus:` origin. */
  readonly focused: readonly string[];
  readonly filters: FiltersState;
  readonly appearance: AppearanceState;
  readonly paths: PathsState;
  readonly reader: ReaderState;
  readonly layout: LayoutState;
  readonly camera: CameraRequest | null;
  /** Where the camera is (kept in the URL); `pendingView` is one to restore once the layout settles. */
  readonly view: CameraView | null;
  readonly pendingView: CameraView | null;
  /** The ingested source documents (for the source filter and the reader). */
  readonly sources: readonly Source[];
  readonly notice: Notice | null;
  readonly cypher: CypherState;
}

/** A pure state change: `(args) => (state) => state`, applied by the store. */
export type Producer<S = AppState> = (state: S) => S;
