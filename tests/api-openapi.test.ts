/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by a validator made for the
 * OpenAPI schemas), every schema in it compiles as JSON Schema 2020-12, it lists
 * exactly the routes the app registers, and the reference page shows every operation.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { openApiPath } from '../server/openapi.ts';
import { renderReferencePage } from '../server/openapi-page.ts';
import { apiDocument } from '../server/routes/index.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';

type Operation = {
  operationId: string;
  security: Record<string, string[]>[];
  parameters: { schema: object }[];
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

const doc = apiDocument() as unknown as Document;

function operations(): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]): [string, string, Operation] => [method, path, op]));
}

describe('OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has only schemas that compile as JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'policygraph', components: doc.components }, 'policygraph');
    const compile = (schema: object) => ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"policygraph#/components')));
    let compiled = 0;
    for (const [, , op] of operations()) {
      const schemas = [
        ...op.parameters.map((p) => p.schema),
        ...Object.values(op.requestBody?.content ?? {}).map((m) => m.schema),
        ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}).map((m) => m.schema)),
      ];
      for (const schema of schemas) {
        if (!schema) continue;
        expect(() => compile(schema)).not.toThrow();
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(80);
  });

  it('lists every route of the app, and nothing else', () => {
    const app = createApp({ store: new EmbeddedStore({ dataDir: '/nonexistent' }) });
    const stack = (app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
    const inApp = stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => [m, layer.route!.path] as const) : []))
      .filter(([method, path]) => path.startsWith('/api') && method !== '_all')
      .map(([method, path]) => `${method} ${openApiPath(path)}`)
      .sort();
    const documented = operations().map(([method, path]) => `${method} ${path}`).sort();
    expect(documented).toEqual(inApp);
    expect(documented).toEqual(
      expect.arrayContaining([
        'get /api/relations',
        'get /api/articles/{id}',
        'get /api/export',
        'post /api/sources',
        'delete /api/sources/{id}',
        'post /api/extract',
        'get /api/docs',
      ]),
    );
  });

  it('marks writes as needing the API key and documents their refusals', () => {
    for (const [method, path, op] of operations()) {
      const write = op.security.some((s) => 'apiKey' in s);
      expect(write, `${method} ${path}`).toBe(['post /api/sources', 'delete /api/sources/{id}'].includes(`${method} ${path}`));
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401', '500', ...(write ? ['403'] : [])]));
    }
    const ids = operations().map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is shown on the reference page, every operation and schema', () => {
    const page = renderReferencePage(doc as unknown as Record<string, unknown>);
    for (const [, , op] of operations()) expect(page).toContain(`id="${op.operationId}"`);
    for (const name of Object.keys(doc.components.schemas)) expect(page).toContain(`id="schema-${name}"`);
    expect(page).not.toContain('<script');
  });
});
