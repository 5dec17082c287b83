/** POST /api/cypher: read-only Cypher where the store speaks it (Neo4j); 501 on the embedded store. */
import { CypherRequestSchema, CypherResponseSchema } from '../../schema/api.ts';
import { defineRoute } from './route.ts';

export const cypherRoutes = [
  defineRoute({
    id: 'runCypher',
    method: 'post',
    path: '/api/cypher',
    summary: 'Run a read-only Cypher query with parameters (Neo4j store only; 501 on the embedded store).',
    tags: ['cypher'],
    rateLimit: 'cypher',
    body: CypherRequestSchema,
    response: CypherResponseSchema,
    problems: [400, 501],
    handler: ({ body }, { store, cypher }) => store.cypher(body.query, body.params ?? {}, cypher),
  }),
];
