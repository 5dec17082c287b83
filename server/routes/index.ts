/**
 * Every API route, in one list: the app registers these and the OpenAPI
 * document (and the reference page made from it) describes exactly these.
 */
import { z } from 'zod';
import { openApiDocument } from '../openapi.ts';
import { renderReferencePage } from '../openapi-page.ts';
import { cypherRoutes } from './cypher.ts';
import { entityRoutes } from './entities.ts';
import { exportRoutes } from './export.ts';
import { extractRoutes } from './extract.ts';
import { graphRoutes } from './graph.ts';
import { healthRoutes } from './health.ts';
import { relationRoutes } from './relations.ts';
import { defineRawRoute, defineRoute, type Route } from './route.ts';
import { searchRoutes } from './search.ts';
import { sourceRoutes } from './sources.ts';

export const API_VERSION = '0.2.0';

let documentCache: Record<string, unknown> | undefined;

/** The OpenAPI document of API_ROUTES, built once. */
export function apiDocument(): Record<string, unknown> {
  documentCache ??= openApiDocument(API_ROUTES, API_VERSION);
  return documentCache;
}

const documentRoutes = [
  defineRoute({
    id: 'getOpenApi',
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API described as OpenAPI 3.1, generated from the schemas that validate it.',
    tags: ['meta'],
    cache: 'content',
    response: z.record(z.string(), z.unknown()),
    problems: [],
    handler: async () => apiDocument(),
  }),
  defineRawRoute({
    id: 'getApiReference',
    method: 'get',
    path: '/api/docs',
    summary: 'This API as a readable reference page (HTML made from /api/openapi.json).',
    tags: ['meta'],
    cache: 'content',
    response: z.string(),
    produces: ['text/html'],
    problems: [],
    handler: async () => ({ mediaType: 'text/html', body: renderReferencePage(apiDocument()) }),
  }),
];

export const API_ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...searchRoutes,
  ...entityRoutes,
  ...relationRoutes,
  ...graphRoutes,
  ...sourceRoutes,
  ...extractRoutes,
  ...exportRoutes,
  ...cypherRoutes,
  ...documentRoutes,
];
