/**
 * Route descriptors: each API endpoint is data (method, path, summary, zod
 * schemas for path, query, body and response, and a handler). The app registers
 * them from one list and /api/openapi.json is generated from the same schemas
 * that validate requests, so the document cannot drift from the behaviour.
 */
import type { z } from 'zod';
import type { CypherOptions, GraphStore } from '../store/types.ts';

export interface RouteContext {
  store: GraphStore;
  cypher: CypherOptions;
}

export interface RouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** A registered route with its types erased; build one with defineRoute(). */
export interface Route {
  /** The OpenAPI operationId. */
  id: string;
  method: 'get' | 'post';
  /** Express path syntax: `/api/entities/:id`. */
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Problem statuses the route may answer besides 500, for the document. */
  problems: number[];
  /** The status of a successful answer (default 200); health answers 503 when the store is down. */
  status?: (result: unknown) => number;
  /** Statuses besides 200 that `status` may give, answered with the response schema. */
  statuses?: number[];
  handler: (input: RouteInput, context: RouteContext) => Promise<unknown>;
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDefinition<P, Q, B, R extends z.ZodType> {
  id: string;
  method: 'get' | 'post';
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  problems: number[];
  status?: (result: z.output<R>) => number;
  statuses?: number[];
  handler: (input: { params: Output<P>; query: Output<Q>; body: Output<B> }, context: RouteContext) => Promise<z.input<R>>;
}

/**
 * Declares a route with its handler typed from its schemas. The app validates
 * path, query and body with those schemas before calling the handler, which is
 * what makes the type erasure below sound.
 */
export function defineRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(definition: RouteDefinition<P, Q, B, R>): Route {
  const { handler, status, ...rest } = definition;
  return {
    ...(rest as Omit<Route, 'handler' | 'status'>),
    ...(status ? { status: (result: unknown) => status(result as z.output<R>) } : {}),
    handler: (input, context) => handler(input as { params: Output<P>; query: Output<Q>; body: Output<B> }, context),
  };
}
