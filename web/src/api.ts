/**
 * The explorer's only door to the server: typed calls to /api. Failures become
 * an `ApiError` whose `notice` is what the user is shown (the server's
 * problem+json `detail`, or which kind of failure it was).
 */
import type {
  CypherRequest,
  CypherResponse,
  EntityPage,
  Health,
  PathsResponse,
  Problem,
  SearchResponse,
  SourceDetail,
  SourceList,
  Subgraph,
} from '../../schema/api.ts';
import type { EntityType, RelationType } from '../../schema/model.ts';
import type { Notice } from './state/types.ts';

/** A request to the API failed; `notice` says why, `status` is 0 when no answer came. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly notice: Notice,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface SearchOptions {
  readonly type?: EntityType | null;
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

export interface NeighbourOptions {
  readonly depth?: number;
  readonly limit?: number;
  readonly type?: RelationType | null;
  readonly direction?: 'both' | 'out' | 'in';
}

export interface Api {
  overview(limit?: number): Promise<Subgraph>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** The entity with a page of its relations, from `offset` (0 unless given). */
  entity(id: string, signal?: AbortSignal, offset?: number): Promise<EntityPage>;
  neighbours(id: string, options?: NeighbourOptions): Promise<Subgraph>;
  paths(from: string, to: string, options?: { maxLength?: number; limit?: number }): Promise<PathsResponse>;
  sources(): Promise<SourceList>;
  source(id: string): Promise<SourceDetail>;
  /** Which store the server runs on (and whether it answers). */
  health(): Promise<Health>;
  /** Runs a read-only Cypher query (Neo4j only: 501 on the embedded store, 400 for a refused query). */
  cypher(request: CypherRequest): Promise<CypherResponse>;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Creates the API client. `base` prefixes every path (empty: same origin);
 * `fetchImpl` is injected so tests can answer without a server.
 */
export function createApi(base = '', fetchImpl: Fetch = (input, init) => fetch(input, init)): Api {
  const get = <T>(path: string, signal?: AbortSignal): Promise<T> => requestJson<T>(fetchImpl, 'GET', `${base}${path}`, { signal });
  return {
    overview: (limit) => get<Subgraph>(`/api/overview${query({ limit })}`),
    search: (text, options = {}) =>
      get<SearchResponse>(
        `/api/search${query({ q: text, type: options.type ?? undefined, limit: options.limit })}`,
        options.signal,
      ),
    entity: (id, signal, offset) => get<EntityPage>(`/api/entities/${encodeURIComponent(id)}${query({ offset })}`, signal),
    neighbours: (id, options = {}) =>
      get<Subgraph>(
        `/api/entities/${encodeURIComponent(id)}/neighbors${query({
          depth: options.depth,
          limit: options.limit,
          type: options.type ?? undefined,
          direction: options.direction,
        })}`,
      ),
    paths: (from, to, options = {}) =>
      get<PathsResponse>(`/api/paths${query({ from, to, maxLength: options.maxLength, limit: options.limit })}`),
    sources: () => get<SourceList>('/api/sources'),
    source: (id) => get<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`),
    health: () => get<Health>('/api/health'),
    cypher: (request) => requestJson<CypherResponse>(fetchImpl, 'POST', `${base}/api/cypher`, { body: request }),
  };
}

/** Builds `?a=1&b=2` from the defined values (empty when none). */
export function query(values: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

async function requestJson<T>(fetchImpl: Fetch, method: 'GET' | 'POST', url: string, options: { signal?: AbortSignal; body?: unknown }): Promise<T> {
  const init: RequestInit =
    options.body === undefined
      ? { method, headers: { accept: 'application/json' }, signal: options.signal }
      : { method, headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(options.body), signal: options.signal };
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, { kind: 'network' }, `${method} ${url} failed: no answer from the server`);
  }
  if (response.ok) return (await response.json()) as T;
  const problem = await readProblem(response);
  if (problem === null) {
    throw new ApiError(response.status, { kind: 'protocol', status: response.status }, `${method} ${url} answered ${response.status}`);
  }
  throw new ApiError(response.status, { kind: 'problem', detail: problem.detail }, `${method} ${url}: ${problem.detail}`);
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) return null;
  const { detail, title } = body as Record<string, unknown>;
  if (typeof detail !== 'string' || typeof title !== 'string') return null;
  return body as Problem;
}

/** Whether an error is the rejection of an aborted request (a newer search replaced it). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
