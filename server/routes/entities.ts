/** GET /api/entities/{id} and its neighbourhood. */
import { z } from 'zod';
import { DirectionSchema, EntityPageSchema, RelationTypeSchema, SubgraphSchema } from '../../schema/api.ts';
import { DEFAULT_RELATION_WINDOW } from '../store/entity-page.ts';
import { checkDateRange, dateParam, entityIdParam, integerParam, listParam } from './params.ts';
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
    limit: integerParam(1, 2000, DEFAULT_RELATION_WINDOW.limit).describe(`Most relations in the answer, an integer from 1 to 2000 (default ${DEFAULT_RELATION_WINDOW.limit}).`),
    offset: integerParam(0, 10_000_000, 0).describe('Relations to skip: nextOffset of the previous page (default 0).'),
    evidenceLimit: integerParam(1, 1000, DEFAULT_RELATION_WINDOW.evidenceLimit).describe(
      `Most evidence entries per relation, an integer from 1 to 1000 (default ${DEFAULT_RELATION_WINDOW.evidenceLimit}); evidenceTotal counts them all.`,
    ),
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
    summary: 'One entity with the relations it takes part in, each with its evidence sentences, a page at a time.',
    description:
      'Relations can be narrowed by type, direction, and the dates of their evidence: a relation stays when some ' +
      'of its evidence falls between since and until, and carries only that evidence. The answer holds at most ' +
      'limit relations from offset on (relationsTotal counts them all; nextOffset gives the next page) and at most ' +
      'evidenceLimit evidence entries per relation (evidenceTotal counts them all).',
    tags: ['entities'],
    params: EntityParams,
    query: EntityQuery,
    response: EntityPageSchema,
    problems: [400, 404],
    handler: ({ params, query }, { store }) =>
      store.entityPage(params.id, {
        direction: query.direction,
        ...(query.type ? { types: query.type } : {}),
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
        offset: query.offset,
        limit: query.limit,
        evidenceLimit: query.evidenceLimit,
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
