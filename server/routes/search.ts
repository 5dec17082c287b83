/** GET /api/search: entities by name or alias, exact hits first, then prefix, then substring. */
import { z } from 'zod';
import { EntityTypeSchema, SearchResponseSchema } from '../../schema/api.ts';
import { integerParam, listParam } from './params.ts';
import { defineRoute } from './route.ts';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200).meta({ description: 'Part of a name or alias, e.g. 江津 or 唐大军.', examples: ['唐大军'] }),
  type: listParam(EntityTypeSchema),
  limit: integerParam(1, 100, 20),
  cursor: z.string().max(500).optional().describe('nextCursor from the previous page.'),
});

export const searchRoutes = [
  defineRoute({
    id: 'searchEntities',
    method: 'get',
    path: '/api/search',
    summary: 'Find entities by (part of) a name or alias; exact hits first, then prefix, then substring.',
    tags: ['entities'],
    query: SearchQuery,
    response: SearchResponseSchema,
    problems: [400],
    handler: ({ query }, { store }) =>
      store.search({
        q: query.q,
        limit: query.limit,
        ...(query.type ? { types: query.type } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
  }),
];
