/** GET /api/entities/{id} and its neighbourhood. */
import { z } from 'zod';
import { DirectionSchema, EntityDetailSchema, RelationTypeSchema, SubgraphSchema } from '../../schema/api.ts';
import { checkDateRange, dateParam, entityIdParam, integerParam, listParam } from './params.ts';
import { filterRelations } from './relation-filter.ts';
import { defineRoute } from './route.ts';

const EntityParams = z.object({ id: entityIdParam });

const directionParam = z
  .enum([...DirectionSchema.options, 'both'])
  .default('both')
  .describe('Follow outgoing relations, incoming ones, or both (default).');

const EntityQuery = z
  .object({
    type: listParam(RelationTypeSchema),
    direction: directionParam,
    since: dateParam('Only evidence dated on or after this day (evidence without a date is left out)'),
    until: dateParam('Only evidence dated on or before this day (evidence without a date is left out)'),
  })
  .superRefine(checkDateRange);

const NeighborQuery = z.object({
  depth: integerParam(1, 3, 1),
  limit: integerParam(1, 500, 50),
  type: listParam(RelationTypeSchema),
  direction: directionParam,
});

export const entityRoutes = [
  defineRoute({
    id: 'getEntity',
    method: 'get',
    path: '/api/entities/:id',
    summary: 'One entity with the relations it takes part in, each with its evidence sentences.',
    description:
      'Relations can be narrowed by type, direction, and the dates of their evidence: a relation stays when some ' +
      'of its evidence falls between since and until, and carries only that evidence.',
    tags: ['entities'],
    params: EntityParams,
    query: EntityQuery,
    response: EntityDetailSchema,
    problems: [400, 404],
    handler: async ({ params, query }, { store }) =>
      filterRelations(await store.getEntity(params.id), {
        direction: query.direction,
        ...(query.type ? { types: query.type } : {}),
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
      }),
  }),
  defineRoute({
    id: 'getNeighbors',
    method: 'get',
    path: '/api/entities/:id/neighbors',
    summary: 'The entities within 1–3 relations of one entity, nearest and most connected first.',
    tags: ['graph'],
    params: EntityParams,
    query: NeighborQuery,
    response: SubgraphSchema,
    problems: [400, 404],
    handler: ({ params, query }, { store }) =>
      store.neighbors(params.id, {
        depth: query.depth,
        limit: query.limit,
        direction: query.direction,
        ...(query.type ? { relationTypes: query.type } : {}),
      }),
  }),
];
