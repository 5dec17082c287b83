/**
 * Builds the OpenAPI 3.1 document from the route descriptors: parameters and
 * bodies from the same zod schemas that validate requests, responses from the
 * schemas that check answers. Shared wire types become components.
 */
import { z } from 'zod';
import * as api from '../schema/api.ts';
import * as model from '../schema/model.ts';
import type { Route } from './routes/route.ts';

type JsonObject = Record<string, unknown>;

/** Wire types published as components/schemas, by name. */
const COMPONENTS: Record<string, z.ZodType> = {
  Entity: model.EntitySchema,
  Evidence: model.EvidenceSchema,
  StoredRelation: model.StoredRelationSchema,
  Source: model.SourceSchema,
  Article: model.ArticleSchema,
  Health: api.HealthSchema,
  SearchHit: api.SearchHitSchema,
  SearchResponse: api.SearchResponseSchema,
  EntitySummary: api.EntitySummarySchema,
  RelationView: api.RelationViewSchema,
  EntityDetail: api.EntityDetailSchema,
  Subgraph: api.SubgraphSchema,
  Path: api.PathSchema,
  PathsResponse: api.PathsResponseSchema,
  Stats: api.StatsSchema,
  SourceList: api.SourceListSchema,
  SourceDetail: api.SourceDetailSchema,
  CypherRequest: api.CypherRequestSchema,
  CypherResponse: api.CypherResponseSchema,
  Problem: api.ProblemSchema,
};

const REF_PREFIX = '#/components/schemas/';

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
        ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
      });
    }
  };
  if (route.params) add('path', route.params.shape as Record<string, z.ZodType>);
  if (route.query) add('query', route.query.shape as Record<string, z.ZodType>);
  return list;
}

function responses(route: Route): JsonObject {
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: `${REF_PREFIX}Problem` } } },
  });
  const answer = (description: string) => ({
    description,
    content: { 'application/json': { schema: schemaFor(route.response, 'output') } },
  });
  const out: JsonObject = { 200: answer('OK') };
  const described: Record<number, string> = {
    400: 'A parameter or the body is not valid; `parameter` names it.',
    404: 'No such entity or source.',
    501: 'The store does not offer this operation.',
    503: 'The store does not answer.',
  };
  for (const status of route.problems) out[status] = problem(described[status] ?? 'Error');
  for (const status of route.statuses ?? []) out[status] = answer(described[status] ?? 'Answer');
  out[500] = problem('The server failed; the log has the details.');
  return out;
}

/** `/api/entities/:id` → `/api/entities/{id}` */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function operation(route: Route): JsonObject {
  return {
    operationId: route.id,
    summary: route.summary,
    tags: route.tags,
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaFor(route.body, 'input') } } } }
      : {}),
    responses: responses(route),
  };
}

/** The OpenAPI 3.1 document for `routes`. */
export function openApiDocument(routes: readonly Route[], version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PolicyGraph API',
      version,
      description: 'A knowledge graph of Chinese policy and news texts: entities, relations with their evidence sentences, and sources.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: componentSchemas() },
  };
}
