/** GET /api/sources and /api/sources/{id}: the ingested files, their articles and normalised text. */
import { z } from 'zod';
import { SourceDetailSchema, SourceListSchema } from '../../schema/api.ts';
import { defineRoute } from './route.ts';

const SourceParams = z.object({
  id: z.string().min(1).max(500).describe('A source id such as source:000_x.txt (URL-encoded).'),
});

export const sourceRoutes = [
  defineRoute({
    id: 'listSources',
    method: 'get',
    path: '/api/sources',
    summary: 'Every ingested file, in ingest order.',
    tags: ['sources'],
    response: SourceListSchema,
    problems: [],
    handler: async (_input, { store }) => ({ sources: await store.listSources() }),
  }),
  defineRoute({
    id: 'getSource',
    method: 'get',
    path: '/api/sources/:id',
    summary: 'One source with its articles and normalised text (evidence offsets point into it).',
    tags: ['sources'],
    params: SourceParams,
    response: SourceDetailSchema,
    problems: [400, 404],
    handler: ({ params }, { store }) => store.getSource(params.id),
  }),
];
