/**
 * Schema-driven request generation for the API fuzz run: for every operation of
 * the OpenAPI document, fast-check arbitraries built from its parameter schemas
 * (valid values, values just outside their bounds, ids that exist, random
 * Unicode, malformed percent-escapes), its body (JSON or multipart uploads of
 * random bytes and names) and its headers (keys right and wrong, ETags).
 */
import fc from 'fast-check';

type JsonObject = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonObject;
}

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'delete';
  path: string;
  parameters: Parameter[];
  body: 'json' | 'multipart' | undefined;
  uploadField: string | undefined;
  responses: JsonObject;
}

export interface FuzzRequest {
  operation: Operation;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** A short description for failure messages. */
  describe: string;
}

/** Values that exist in the store, so requests also reach the handlers' success paths. */
export interface Known {
  entityIds: string[];
  sourceIds: string[];
  articleIds: string[];
  apiKey: string;
}

/** The document's operations. */
export function operationsOf(doc: JsonObject): Operation[] {
  const paths = doc.paths as Record<string, Record<string, JsonObject>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const content = ((op.requestBody as JsonObject | undefined)?.content ?? {}) as Record<string, JsonObject>;
      const multipart = content['multipart/form-data'];
      const properties = ((multipart?.schema as JsonObject | undefined)?.properties ?? {}) as JsonObject;
      return {
        id: String(op.operationId),
        method: method as Operation['method'],
        path,
        parameters: (op.parameters ?? []) as Parameter[],
        body: multipart ? 'multipart' : content['application/json'] ? 'json' : undefined,
        uploadField: Object.keys(properties)[0],
        responses: op.responses as JsonObject,
      };
    }),
  );
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', ' ', '..', '../..', '%', '#', ',', 'null', '-1', '1e309', '0x10', 'a'.repeat(600)),
);

function stringFor(name: string, schema: JsonObject, known: Known): fc.Arbitrary<string> {
  const pool = name === 'id' || name === 'from' || name === 'to' || name === 'seed' ? [...known.entityIds, ...known.sourceIds, ...known.articleIds] : [];
  const options: fc.Arbitrary<string>[] = [anyText];
  if (pool.length > 0) options.push(fc.constantFrom(...pool), fc.constantFrom(...pool));
  if (Array.isArray(schema.enum)) options.push(fc.constantFrom(...(schema.enum as string[])));
  if (schema.format === 'date') options.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constant('2025-02-30'));
  return fc.oneof(...options);
}

function integerFor(schema: JsonObject): fc.Arbitrary<string> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1000;
  return fc.oneof(
    fc.integer({ min, max }).map(String),
    fc.integer({ min: min - 3, max: max + 3 }).map(String),
    fc.constantFrom('1.5', '-0', 'NaN', 'Infinity', '9007199254740993', ''),
    anyText,
  );
}

/** Query/path values for one parameter: one or more strings (arrays repeat or join). */
function valuesFor(parameter: Parameter, known: Known): fc.Arbitrary<string[]> {
  const { schema, name } = parameter;
  if (schema.type === 'array') {
    const item = stringFor(name, (schema.items ?? {}) as JsonObject, known);
    return fc.array(item, { minLength: 1, maxLength: 3 }).chain((items) =>
      fc.constantFrom(items, [items.join(',')]),
    );
  }
  const one = schema.type === 'integer' ? integerFor(schema) : stringFor(name, schema, known);
  return one.map((v) => [v]);
}

/** Percent-encodes, or (rarely) leaves a value raw or breaks its escapes. */
const encoding = fc.constantFrom<'encode' | 'raw' | 'broken'>('encode', 'encode', 'encode', 'encode', 'raw', 'broken');

function encodeWith(mode: 'encode' | 'raw' | 'broken', value: string): string {
  const encoded = encodeURIComponent(value);
  if (mode === 'raw') return value.replace(/[?#&=/\s]/g, (c) => encodeURIComponent(c));
  if (mode === 'broken') return `${encoded}%E0%A4%A`;
  return encoded;
}

function urlFor(operation: Operation, known: Known): fc.Arbitrary<string> {
  const params = operation.parameters.filter((p) => p.in !== 'header');
  const entries = params.map((p) =>
    fc.record({ values: valuesFor(p, known), present: p.required ? fc.constant(true) : fc.boolean(), mode: encoding }),
  );
  const extra = fc.option(fc.tuple(anyText, anyText), { nil: undefined });
  return fc.tuple(fc.tuple(...entries), extra).map(([chosen, unknown]) => {
    let path = operation.path;
    const query: string[] = [];
    chosen.forEach(({ values, present, mode }, i) => {
      const p = params[i]!;
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeWith(mode, values[0] ?? '') || 'x');
      else if (present) for (const v of values) query.push(`${p.name}=${encodeWith(mode, v)}`);
    });
    if (unknown) query.push(`${encodeURIComponent(unknown[0])}=${encodeURIComponent(unknown[1])}`);
    return query.length > 0 ? `${path}?${query.join('&')}` : path;
  });
}

function headersFor(operation: Operation, known: Known): fc.Arbitrary<Record<string, string>> {
  const authorization = fc.constantFrom(undefined, `Bearer ${known.apiKey}`, `Bearer ${known.apiKey}`, 'Bearer wrong-key-0000000000000', 'Basic abc', 'Bearer');
  const etag = operation.parameters.some((p) => p.name === 'If-None-Match')
    ? fc.option(fc.oneof(fc.constant('*'), fc.constant('W/"x"'), anyText.filter((s) => /^[\x20-\x7e]*$/.test(s))), { nil: undefined })
    : fc.constant(undefined);
  return fc.tuple(authorization, etag).map(([auth, tag]) => ({
    ...(auth ? { authorization: auth } : {}),
    ...(tag !== undefined ? { 'if-none-match': tag } : {}),
  }));
}

const fileContent = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 0, maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom('市人大代表、江津区委书记唐大军出席会议。\n', '\ufeff重庆市发展改革委党组书记、主任高健。', ''),
);

function multipartFor(operation: Operation): fc.Arbitrary<FormData | string | undefined> {
  const file = fc.record({
    field: fc.oneof(fc.constant(operation.uploadField ?? 'files'), fc.constant(operation.uploadField ?? 'files'), anyText),
    name: fc.oneof(fc.constantFrom('report.txt', '../../etc/passwd', 'a/b\\c.txt', '', '中文.txt'), anyText),
    content: fileContent,
  });
  const form = fc.array(file, { maxLength: 3 }).map((files) => {
    const data = new FormData();
    for (const f of files) data.append(f.field || 'files', new Blob([f.content]), f.name || 'unnamed');
    return data;
  });
  return fc.oneof(form, form, fc.constant(undefined), anyText);
}

function jsonBody(): fc.Arbitrary<string | undefined> {
  const query = fc.oneof(fc.constantFrom('MATCH (n) RETURN n LIMIT 1', 'CREATE (n) RETURN n', 'RETURN $x'), anyText);
  const valid = fc.record({ query, params: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }) });
  return fc.oneof(valid.map((v) => JSON.stringify(v)), fc.jsonValue().map((v) => JSON.stringify(v)), anyText, fc.constant(undefined));
}

/** Requests for one operation. */
export function requestsFor(operation: Operation, known: Known): fc.Arbitrary<FuzzRequest> {
  const body: fc.Arbitrary<string | FormData | undefined> =
    operation.body === 'multipart' ? multipartFor(operation) : operation.body === 'json' ? jsonBody() : fc.constant(undefined);
  return fc.tuple(urlFor(operation, known), headersFor(operation, known), body).map(([url, headers, payload]) => {
    const withType = typeof payload === 'string' ? { ...headers, 'content-type': 'application/json' } : headers;
    return {
      operation,
      method: operation.method.toUpperCase(),
      url,
      headers: withType,
      ...(payload !== undefined ? { body: payload } : {}),
      describe: `${operation.method.toUpperCase()} ${url} ${JSON.stringify(withType)} ${payload instanceof FormData ? '[multipart]' : JSON.stringify(payload ?? null).slice(0, 200)}`,
    };
  });
}

/** Requests for any operation of the document. */
export function anyRequest(operations: Operation[], known: Known): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...operations.map((operation) => requestsFor(operation, known)));
}
