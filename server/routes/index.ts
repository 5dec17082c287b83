/**
 * Every API route, in one list: the app registers these and the OpenAPI
 * document describes exactly these.
 */
import { z } from 'zod';
import { openApiDocument } from '../openapi.ts';
import { cypherRoutes } from './cypher.ts';
import { entityRoutes } from './entities.ts';
import { graphRoutes } from './graph.ts';
import { healthRoutes } from './health.ts';
import { defineRoute, type Route } from './route.ts';
import { searchRoutes } from './search.ts';
import { sourceRoutes } from './sources.ts';

export const API_VERSION = '0.1.0';

const documentRoutes = [
  defineRoute({
    id: 'getOpenApi',
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API described as OpenAPI 3.1, generated from the schemas that validate it.',
    tags: ['meta'],
    response: z.record(z.string(), z.unknown()),
    problems: [],
    handler: async () => openApiDocument(API_ROUTES, API_VERSION),
  }),
];

export const API_ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...searchRoutes,
  ...entityRoutes,
  ...graphRoutes,
  ...sourceRoutes,
  ...cypherRoutes,
  ...documentRoutes,
];
