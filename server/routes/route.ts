/**
 * Route descriptors: each API endpoint is data (method, path, summary, zod
 * schemas for path, query, body and response, who may call it, how its answer
 * is cached, and a handler). The app registers them from one list and
 * /api/openapi.json is generated from the same schemas that validate requests,
 * so the document cannot drift from the behaviour.
 */
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { CypherOptions, GraphStore } from '../store/types.ts';

export interface RouteContext {
  store: GraphStore;
  cypher: CypherOptions;
  /** The request's logger: every line carries its request id. */
  log: Logger;
  /** Largest uploaded file, in bytes (POLICYGRAPH_UPLOAD_LIMIT). */
  maxFileBytes: number;
}

/** A file from a multipart upload, held in memory (its size is capped by configuration). */
export interface UploadedFile {
  /** The client's file name, without any folder part. */
  name: string;
  bytes: Buffer;
}

export interface RouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
  files: UploadedFile[];
}

/** A non-JSON answer (an export file, an HTML page), sent as it is. */
export interface RawAnswer {
  mediaType: string;
  /** Offered as the download's name (Content-Disposition: attachment). */
  fileName?: string;
  body: string | Uint8Array | Iterable<string>;
}

export type HttpMethod = 'get' | 'post' | 'delete';

/**
 * `read`: open unless POLICYGRAPH_READ_KEY is set; `write`: needs POLICYGRAPH_API_KEY
 * (refused while none is configured).
 */
export type Access = 'read' | 'write';

/**
 * `revision`: ETag from the store's revision, checked before the handler runs;
 * `content`: ETag from the answer itself (documents that do not depend on the store);
 * `none`: never cached.
 */
export type CacheMode = 'revision' | 'content' | 'none';

/** A multipart/form-data upload: the form field that carries the files. */
export interface UploadSpec {
  field: string;
  /** At most this many files (also capped by POLICYGRAPH_UPLOAD_FILES). */
  maxFiles?: number;
  description: string;
}

interface RouteFields {
  /** The OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** Express path syntax: `/api/entities/:id`. */
  path: string;
  summary: string;
  /** Longer prose for the reference page (Markdown-free plain text). */
  description?: string;
  tags: string[];
  access?: Access;
  /** A costly request, limited per client (POLICYGRAPH_CYPHER_RATE, POLICYGRAPH_UPLOAD_RATE): 429 past the limit. */
  rateLimit?: 'cypher' | 'upload';
  cache?: CacheMode;
  upload?: UploadSpec;
  /** Media types of a RawAnswer; absent for JSON routes. */
  produces?: string[];
  /** Problem statuses the route may answer besides 500 (and 401/403 from access), for the document. */
  problems: number[];
  /** Statuses besides 200 that `status` may give, answered with the response schema. */
  statuses?: number[];
}

/** A registered route with its types erased; build one with defineRoute(). */
export interface Route extends RouteFields {
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The JSON answer's schema; for a raw route, the schema of its JSON form (documentation only). */
  response: z.ZodType;
  /** The status of a successful answer (default 200). */
  status?: (result: unknown) => number;
  handler: (input: RouteInput, context: RouteContext) => Promise<unknown>;
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

interface TypedInput<P, Q, B> {
  params: Output<P>;
  query: Output<Q>;
  body: Output<B>;
  files: UploadedFile[];
}

export interface RouteDefinition<P, Q, B, R extends z.ZodType, A> extends RouteFields {
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: (result: A) => number;
  handler: (input: TypedInput<P, Q, B>, context: RouteContext) => Promise<A>;
}

/** The effective cache mode: GET routes follow the store unless they say otherwise. */
export function cacheModeOf(route: Route): CacheMode {
  return route.cache ?? (route.method === 'get' ? 'revision' : 'none');
}

/**
 * Declares a JSON route with its handler typed from its schemas. The app
 * validates path, query and body with those schemas before calling the
 * handler, which is what makes the type erasure below sound.
 */
export function defineRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(definition: RouteDefinition<P, Q, B, R, z.input<R>> & { produces?: undefined }): Route {
  return erase(definition);
}

/** Declares a route whose answer is a file or a page rather than JSON. */
export function defineRawRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(definition: RouteDefinition<P, Q, undefined, R, RawAnswer> & { produces: string[] }): Route {
  return erase(definition);
}

function erase<P, Q, B, R extends z.ZodType, A>(definition: RouteDefinition<P, Q, B, R, A>): Route {
  const { handler, status, ...rest } = definition;
  return {
    ...(rest as Omit<Route, 'handler' | 'status'>),
    ...(status ? { status: (result: unknown) => status(result as A) } : {}),
    handler: (input, context) => handler(input as TypedInput<P, Q, B>, context),
  };
}

/** True for a handler's RawAnswer (raw routes only return these). */
export function isRawAnswer(value: unknown): value is RawAnswer {
  return typeof value === 'object' && value !== null && 'mediaType' in value && 'body' in value;
}
