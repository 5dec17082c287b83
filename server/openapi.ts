/**
 * Builds the OpenAPI 3.1 document from the route descriptors: parameters and
 * bodies from the same zod schemas that validate requests, responses from the
 * schemas that check answers, access from each route's `access`, caching
 * headers from its cache mode. Shared wire types become components.
 */
import { z } from 'zod';
import * as api from '../schema/api.ts';
import * as model from '../schema/model.ts';
import { cacheModeOf, type Route } from './routes/route.ts';

type JsonObject = Record<string, unknown>;

/** Wire types published as components/schemas, by name. */
const COMPONENTS: Record<string, z.ZodType> = {
  Entity: model.EntitySchema,
  Evidence: model.EvidenceSchema,
  StoredRelation: model.StoredRelationSchema,
  ExtractedRelation: model.ExtractedRelationSchema,
  Extraction: model.ExtractionSchema,
  Source: model.SourceSchema,
  Article: model.ArticleSchema,
  Health: api.HealthSchema,
  SearchHit: api.SearchHitSchema,
  SearchResponse: api.SearchResponseSchema,
  EntitySummary: api.EntitySummarySchema,
  RelationPageView: api.RelationPageViewSchema,
  EntityPage: api.EntityPageSchema,
  Subgraph: api.SubgraphSchema,
  Path: api.PathSchema,
  PathsResponse: api.PathsResponseSchema,
  Stats: api.StatsSchema,
  SourceList: api.SourceListSchema,
  SourceDetail: api.SourceDetailSchema,
  RelationEntry: api.RelationEntrySchema,
  RelationPage: api.RelationPageSchema,
  ArticleMention: api.ArticleMentionSchema,
  SourceReading: api.SourceReadingSchema,
  ArticleDetail: api.ArticleDetailSchema,
  IngestFileResult: api.IngestFileResultSchema,
  IngestResponse: api.IngestResponseSchema,
  DeleteSourceResponse: api.DeleteSourceResponseSchema,
  CypherRequest: api.CypherRequestSchema,
  CypherResponse: api.CypherResponseSchema,
  Problem: api.ProblemSchema,
};

const REF_PREFIX = '#/components/schemas/';

const DESCRIBED: Record<number, string> = {
  201: 'Stored: something was created or replaced.',
  304: 'Not Modified: If-None-Match named the current ETag.',
  400: 'A parameter or the body is not valid; `parameter` names it.',
  401: 'An API key is needed (or the one sent is not valid): `Authorization: Bearer <key>`.',
  403: 'Writes are disabled: the server has no POLICYGRAPH_API_KEY.',
  404: 'No such entity, source or article.',
  413: 'The body or an uploaded file is larger than the configured limit.',
  429: 'Too many such requests from this client; Retry-After says when to try again.',
  501: 'The store does not offer this operation.',
  503: 'The store does not answer.',
};

const HEADER = (description: string) => ({ description, schema: { type: 'string' } });
const REQUEST_ID = { 'X-Request-Id': HEADER('The request id, also in every log line of the request.') };
const CACHE_HEADERS = {
  ETag: HEADER('Changes whenever the stored graph changes; send it back as If-None-Match.'),
  'Cache-Control': HEADER('public (or private when reads need a key), no-cache: revalidate every time.'),
};

/** The components, each referring to the others by $ref. */
function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `${REF_PREFIX}${id}`, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, clean(schema as JsonObject)]));
}

/** JSON Schema keywords that belong to a standalone document, not to an embedded schema. */
function clean({ $schema: _schema, $id: _id, ...rest }: JsonObject): JsonObject {
  return rest;
}

function schemaFor(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const id = Object.entries(COMPONENTS).find(([, s]) => s === schema)?.[0];
  if (id) return { $ref: `${REF_PREFIX}${id}` };
  return clean(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject);
}

function parameters(route: Route): JsonObject[] {
  const list: JsonObject[] = [];
  const add = (where: 'path' | 'query', shape: Record<string, z.ZodType>) => {
    for (const [name, field] of Object.entries(shape)) {
      const schema = schemaFor(field, 'input');
      list.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        ...(field.description ? { description: field.description } : {}),
        schema,
        ...(schema.type === 'array' ? { style: 'form', explode: name === 'seed' } : {}),
      });
    }
  };
  if (route.params) add('path', route.params.shape as Record<string, z.ZodType>);
  if (route.query) add('query', route.query.shape as Record<string, z.ZodType>);
  if (cacheModeOf(route) !== 'none') {
    list.push({ name: 'If-None-Match', in: 'header', required: false, description: 'An ETag from an earlier answer.', schema: { type: 'string' } });
  }
  return list;
}

function successContent(route: Route): JsonObject {
  if (!route.produces) return { 'application/json': { schema: schemaFor(route.response, 'output') } };
  return Object.fromEntries(
    route.produces.map((type) => {
      if (type === 'application/json') return [type, { schema: schemaFor(route.response, 'output') }];
      return [type, type === 'application/zip' ? {} : { schema: { type: 'string' } }];
    }),
  );
}

function responses(route: Route): JsonObject {
  const problem = (status: number) => ({
    description: DESCRIBED[status] ?? 'Error',
    headers: REQUEST_ID,
    content: { 'application/problem+json': { schema: { $ref: `${REF_PREFIX}Problem` } } },
  });
  const cached = cacheModeOf(route) !== 'none';
  const answer = (description: string) => ({
    description,
    headers: { ...REQUEST_ID, ...(cached ? CACHE_HEADERS : {}) },
    content: successContent(route),
  });
  const out: JsonObject = { 200: answer('OK') };
  for (const status of route.statuses ?? []) out[status] = answer(DESCRIBED[status] ?? 'Answer');
  if (cached) out[304] = { description: DESCRIBED[304], headers: { ...REQUEST_ID, ...CACHE_HEADERS } };
  const access = route.access ?? 'read';
  const problems = new Set([...route.problems, 401, ...(access === 'write' ? [403] : []), ...(route.rateLimit ? [429] : [])]);
  for (const status of [...problems].sort((a, b) => a - b)) out[status] = problem(status);
  out[500] = { ...problem(500), description: 'The server failed; the log has the details.' };
  return out;
}

function requestBody(route: Route): JsonObject | undefined {
  if (route.upload) {
    const { field, description, maxFiles } = route.upload;
    const file = { type: 'string', contentMediaType: 'text/plain' };
    const schema = maxFiles === 1 ? file : { type: 'array', items: file, minItems: 1 };
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: [field], properties: { [field]: { ...schema, description } } },
        },
      },
    };
  }
  if (!route.body) return undefined;
  return { required: true, content: { 'application/json': { schema: schemaFor(route.body, 'input') } } };
}

/** `/api/entities/:id` → `/api/entities/{id}` */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function operation(route: Route): JsonObject {
  const body = requestBody(route);
  const access = route.access ?? 'read';
  return {
    operationId: route.id,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses: responses(route),
    security: access === 'write' ? [{ apiKey: [] }] : [{}, { readKey: [] }],
  };
}

const DESCRIPTION =
  'A knowledge graph of Chinese policy and news texts: entities, relations with their evidence sentences, and sources. ' +
  'Reads are open unless the server sets POLICYGRAPH_READ_KEY; uploads and deletes need POLICYGRAPH_API_KEY as ' +
  '`Authorization: Bearer <key>`. Every error is application/problem+json. Reads carry an ETag that changes when ' +
  'the graph changes (304 on If-None-Match).';

/** The OpenAPI 3.1 document for `routes`. */
export function openApiDocument(routes: readonly Route[], version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  const bearer = (description: string) => ({ type: 'http', scheme: 'bearer', description });
  return {
    openapi: '3.1.0',
    info: { title: 'PolicyGraph API', version, description: DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'This server' }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiKey: bearer('POLICYGRAPH_API_KEY: needed for uploads and deletes.'),
        readKey: bearer('POLICYGRAPH_READ_KEY (or the API key): needed for reads only when the server sets it.'),
      },
    },
  };
}
