/**
 * Validates a request's path parameters, query and body against a route's zod
 * schemas; a failure is a ValidationError naming the parameter and what it expects.
 */
import type { z } from 'zod';
import { ValidationError } from '../schema/errors.ts';
import type { Route, RouteInput } from './routes/route.ts';

type Location = 'path' | 'query' | 'body';

const LABEL: Record<Location, string> = { path: 'Path parameter', query: 'Query parameter', body: 'Body field' };

/** Parses the three parts of a request; what a route has no schema for is left undefined. */
export function validateInput(route: Route, raw: RouteInput): RouteInput {
  return {
    params: parse(route.params, raw.params, 'path'),
    query: parse(route.query, raw.query, 'query'),
    body: parse(route.body, raw.body, 'body'),
    files: raw.files,
  };
}

function parse(schema: z.ZodType | undefined, value: unknown, where: Location): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const parameter = where === 'body' ? ['body', ...path].join('.') : (path[0] ?? where);
  const field = where === 'body' || !path[0] ? undefined : fieldOf(schema, path[0]);
  const expects = field?.description ? ` Expected: ${field.description}` : '';
  const what = where === 'body' && path.length === 0 ? 'The request body' : `${LABEL[where]} ${path.join('.') || parameter}`;
  throw new ValidationError(`${what} is not valid: ${issue?.message ?? 'invalid value'}.${expects}`, parameter);
}

function fieldOf(schema: z.ZodType, name: string): z.ZodType | undefined {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  return shape?.[name];
}
