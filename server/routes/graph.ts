/** Whole-graph reads: the overview for the first screen, shortest paths, and counts. */
import { z } from 'zod';
import { PathsResponseSchema, StatsSchema, SubgraphSchema } from '../../schema/api.ts';
import { entityIdParam, integerParam } from './params.ts';
import { defineRoute } from './route.ts';

const OverviewQuery = z.object({ limit: integerParam(1, 2000, 150) });

const PathQuery = z.object({
  from: entityIdParam,
  to: entityIdParam.meta({ description: 'An entity id such as person:文天平.', examples: ['person:文天平'] }),
  maxLength: integerParam(1, 6, 4),
  limit: integerParam(1, 100, 10),
});

export const graphRoutes = [
  defineRoute({
    id: 'getOverview',
    method: 'get',
    path: '/api/overview',
    summary: 'The most connected entities and the relations among them: the first screen.',
    tags: ['graph'],
    query: OverviewQuery,
    response: SubgraphSchema,
    problems: [400],
    handler: ({ query }, { store }) => store.overview(query.limit),
  }),
  defineRoute({
    id: 'getPaths',
    method: 'get',
    path: '/api/paths',
    summary: 'All shortest paths (up to limit) between two entities, relations walked either way.',
    tags: ['graph'],
    query: PathQuery,
    response: PathsResponseSchema,
    problems: [400, 404],
    handler: ({ query }, { store }) =>
      store.shortestPaths(query.from, query.to, { maxLength: query.maxLength, limit: query.limit }),
  }),
  defineRoute({
    id: 'getStats',
    method: 'get',
    path: '/api/stats',
    summary: 'How many entities and relations of each type, evidence entries, sources and articles.',
    tags: ['meta'],
    response: StatsSchema,
    problems: [],
    handler: (_input, { store }) => store.stats(),
  }),
];
