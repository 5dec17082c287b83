/** GET /api/relations: every relation of one type with both ends, optionally from or to given entities, paged. */
import { z } from 'zod';
import { RelationPageSchema, RelationTypeSchema } from '../../schema/api.ts';
import { integerParam } from './params.ts';
import { defineRoute } from './route.ts';

const RelationQuery = z.object({
  type: RelationTypeSchema.describe(`The relation type: ${RelationTypeSchema.options.join(', ')}.`),
  from: z.string().min(1).max(500).optional().describe('Only relations starting at this entity id (e.g. person:唐大军).'),
  to: z.string().min(1).max(500).optional().describe('Only relations ending at this entity id (e.g. org:江津区委).'),
  limit: integerParam(1, 500, 100),
  cursor: z.string().max(1000).optional().describe('nextCursor from the previous page.'),
});

export const relationRoutes = [
  defineRoute({
    id: 'listRelations',
    method: 'get',
    path: '/api/relations',
    summary: 'Relations of one type with both of their ends, in key order, paged.',
    description:
      'For example every HOLDS_POSITION whose organization is org:江津区委: type=HOLDS_POSITION&to=org:江津区委. ' +
      'An unknown from/to id gives an empty page.',
    tags: ['graph'],
    query: RelationQuery,
    response: RelationPageSchema,
    problems: [400],
    handler: ({ query }, { store }) =>
      store.relations({
        type: query.type,
        limit: query.limit,
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
  }),
];
