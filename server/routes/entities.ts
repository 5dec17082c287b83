/** GET /api/entities/{id} and its neighbourhood. */
import { z } from 'zod';
import { DirectionSchema, EntityDetailSchema, RelationTypeSchema, SubgraphSchema } from '../../schema/api.ts';
import { entityIdParam, integerParam, listParam } from './params.ts';
import { defineRoute } from './route.ts';

const EntityParams = z.object({ id: entityIdParam });

const NeighborQuery = z.object({
  depth: integerParam(1, 3, 1),
  limit: integerParam(1, 500, 50),
  type: listParam(RelationTypeSchema),
  direction: z
    .enum([...DirectionSchema.options, 'both'])
    .default('both')
    .describe('Follow outgoing relations, incoming ones, or both (default).'),
});

export const entityRoutes = [
  defineRoute({
    id: 'getEntity',
    method: 'get',
    path: '/api/entities/:id',
    summary: 'One entity with every relation it takes part in, each with its evidence sentences.',
    tags: ['entities'],
    params: EntityParams,
    response: EntityDetailSchema,
    problems: [400, 404],
    handler: ({ params }, { store }) => store.getEntity(params.id),
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
