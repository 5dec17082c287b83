/**
 * Sources and articles: the ingested files with their normalised text, each
 * article with the entities it names; uploading files through the ingest
 * pipeline and deleting a source (both need the API key).
 */
import { z } from 'zod';
import {
  ArticleDetailSchema,
  DeleteSourceResponseSchema,
  IngestResponseSchema,
  SourceListSchema,
  SourceReadingSchema,
  type ArticleMention,
  type IngestResponse,
  type SourceReading,
} from '../../schema/api.ts';
import { ingestUploads } from '../ingest-uploads.ts';
import { textParam } from './params.ts';
import { defineRoute } from './route.ts';
import { compareStrings } from '../store/string-order.ts';
import type { GraphStore } from '../store/types.ts';

const SourceParams = z.object({
  id: textParam('A source id such as source:000_x.txt (URL-encoded).', 'source:000_7424df761f98a704.txt'),
});

const ArticleParams = z.object({
  id: textParam('An article id such as article:000_x.txt#0 (URL-encoded: # is %23).', 'article:000_7424df761f98a704.txt#1'),
});

/** 201 when something was stored anew, else 200 (every file unchanged, or some skipped). */
function uploadStatus(response: IngestResponse): number {
  return response.summary.created + response.summary.replaced > 0 ? 201 : 200;
}

/** A source with the mentions of all its articles added up per entity (most named first, then by id). */
async function readSource(store: GraphStore, id: string): Promise<SourceReading> {
  const detail = await store.getSource(id);
  const counts = new Map<string, ArticleMention>();
  for (const article of detail.articles) {
    for (const mention of (await store.getArticle(article.id)).mentions) {
      const seen = counts.get(mention.entity.id);
      counts.set(mention.entity.id, { entity: mention.entity, count: (seen?.count ?? 0) + mention.count });
    }
  }
  const mentions = [...counts.values()].sort((a, b) => b.count - a.count || compareStrings(a.entity.id, b.entity.id));
  return { ...detail, mentions };
}

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
    id: 'ingestSources',
    method: 'post',
    path: '/api/sources',
    summary: 'Upload text files; each goes through the ingest pipeline and is stored (needs the API key).',
    description:
      'Each file is decoded (UTF-8 or GB18030, detected), normalised, split, extracted and stored, as ' +
      '`policygraph ingest` does. A file seen before with the same bytes is unchanged; with other bytes it ' +
      'replaces what it said before. A file that cannot be read is skipped with the reason. Answers 201 when ' +
      'something was created or replaced, 200 when nothing changed, 400 (problem+json with every reason) when ' +
      'no file could be ingested.',
    tags: ['sources'],
    access: 'write',
    rateLimit: 'upload',
    upload: { field: 'files', description: 'One or more text files (.txt), UTF-8 or GB18030.' },
    response: IngestResponseSchema,
    status: uploadStatus,
    statuses: [201],
    problems: [400, 413],
    handler: ({ files }, { store, log, maxFileBytes }) => ingestUploads(store, files, log, maxFileBytes),
  }),
  defineRoute({
    id: 'getSource',
    method: 'get',
    path: '/api/sources/:id',
    summary: 'One source: metadata, articles, normalised text (evidence offsets point into it) and the entities it names.',
    tags: ['sources'],
    params: SourceParams,
    response: SourceReadingSchema,
    problems: [400, 404],
    handler: ({ params }, { store }) => readSource(store, params.id),
  }),
  defineRoute({
    id: 'deleteSource',
    method: 'delete',
    path: '/api/sources/:id',
    summary: 'Remove a source, its evidence, and what only it supported (needs the API key).',
    tags: ['sources'],
    access: 'write',
    params: SourceParams,
    response: DeleteSourceResponseSchema,
    problems: [400, 404],
    handler: async ({ params }, { store, log }) => {
      await store.deleteSource(params.id);
      log.info({ source: params.id }, 'source deleted');
      return { deleted: params.id };
    },
  }),
  defineRoute({
    id: 'getArticle',
    method: 'get',
    path: '/api/articles/:id',
    summary: 'One article: its metadata, its text, its source, and the entities it names with how often.',
    tags: ['sources'],
    params: ArticleParams,
    response: ArticleDetailSchema,
    problems: [400, 404],
    handler: ({ params }, { store }) => store.getArticle(params.id),
  }),
];
