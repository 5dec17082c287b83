/** GET /api/health: whether the store answers, and which store it is. */
import { HealthSchema, type Health } from '../../schema/api.ts';
import { defineRoute } from './route.ts';

export const healthRoutes = [
  defineRoute({
    id: 'getHealth',
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server and its store answer (503 when the store does not).',
    tags: ['meta'],
    cache: 'none',
    response: HealthSchema,
    problems: [],
    status: (health) => (health.status === 'ok' ? 200 : 503),
    statuses: [503],
    handler: async (_input, { store }): Promise<Health> => {
      try {
        await store.ping();
        return { status: 'ok', store: store.kind };
      } catch (error) {
        const detail = error instanceof Error ? error.message : 'the store did not answer';
        return { status: 'unavailable', store: store.kind, detail };
      }
    },
  }),
];
