/**
 * The API reference page at /api/docs: server-rendered HTML from the OpenAPI
 * document itself (so it cannot disagree with it), with inline styles and no
 * script — nothing is fetched from the network. Each operation shows its
 * parameters with their constraints, its body, its answers and a curl line.
 */
import { createHash } from 'node:crypto';

type JsonObject = Record<string, unknown>;

const METHODS = ['get', 'post', 'delete'] as const;

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1d2430;background:#f7f8fa}
main{max-width:980px;margin:0 auto;padding:24px}
h1{margin:0 0 4px}h2{margin-top:40px;border-bottom:2px solid #d8dde6;padding-bottom:4px;text-transform:capitalize}
section.op{background:#fff;border:1px solid #d8dde6;border-radius:6px;margin:14px 0;padding:12px 16px}
.method{display:inline-block;min-width:58px;text-align:center;font-weight:700;border-radius:4px;padding:1px 6px;color:#fff;margin-right:8px}
.get{background:#2b7a4b}.post{background:#245eb0}.delete{background:#b03024}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
pre{background:#eef1f5;padding:8px 10px;border-radius:4px;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;border-top:1px solid #e4e8ee;padding:4px 6px;vertical-align:top}
th{font-weight:600;color:#4a5566}.muted{color:#6b7585}.lock{color:#b03024;font-weight:600}
nav a{margin-right:12px}details summary{cursor:pointer;color:#245eb0}`;

/** The page's inline style as a Content-Security-Policy source, so the policy can allow exactly it. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** HTML-escapes text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A schema in one line: its $ref name, type and constraints. */
function schemaSummary(schema: JsonObject): string {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  if (ref) return `<a href="#schema-${escapeHtml(ref)}">${escapeHtml(ref)}</a>`;
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(', ')}`);
  else if (schema.type === 'array') parts.push(`list of ${schemaSummary(asObject(schema.items))}`);
  else if (typeof schema.type === 'string') parts.push(escapeHtml(schema.type));
  if (typeof schema.format === 'string') parts.push(escapeHtml(schema.format));
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${String(schema.minimum ?? '')}–${String(schema.maximum ?? '')}`);
  if (schema.default !== undefined) parts.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  return parts.join(', ') || 'any';
}

function parameterTable(operation: JsonObject): string {
  const rows = asArray(operation.parameters).map((raw) => {
    const p = asObject(raw);
    const required = p.required === true ? '<span class="lock">required</span>' : '<span class="muted">optional</span>';
    return `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${required}</td><td>${schemaSummary(asObject(p.schema))}</td><td>${escapeHtml(String(p.description ?? ''))}</td></tr>`;
  });
  if (rows.length === 0) return '';
  return `<table><tr><th>parameter</th><th>in</th><th></th><th>schema</th><th>description</th></tr>${rows.join('')}</table>`;
}

function requestBody(operation: JsonObject): string {
  const content = asObject(asObject(operation.requestBody).content);
  const entries = Object.entries(content);
  if (entries.length === 0) return '';
  return `<p><b>Body</b>: ${entries.map(([type, media]) => `<code>${escapeHtml(type)}</code> ${schemaSummary(asObject(asObject(media).schema))}`).join('; ')}</p>`;
}

function responseTable(operation: JsonObject): string {
  const rows = Object.entries(asObject(operation.responses)).map(([status, raw]) => {
    const response = asObject(raw);
    const media = Object.entries(asObject(response.content))
      .map(([type, m]) => `<code>${escapeHtml(type)}</code> ${asObject(m).schema ? schemaSummary(asObject(asObject(m).schema)) : ''}`)
      .join('<br>');
    return `<tr><td><b>${escapeHtml(status)}</b></td><td>${escapeHtml(String(response.description ?? ''))}</td><td>${media}</td></tr>`;
  });
  return `<table><tr><th>status</th><th>meaning</th><th>body</th></tr>${rows.join('')}</table>`;
}

/** A value to show for a parameter: its example, first enum value or default. */
function exampleOf(schema: JsonObject): string {
  const value = asArray(schema.examples)[0] ?? asArray(schema.enum)[0] ?? schema.default ?? 'VALUE';
  return encodeURIComponent(String(value));
}

/** The path with examples for its path parameters and required query parameters. */
function exampleUrl(path: string, operation: JsonObject): string {
  let url = path;
  const query: string[] = [];
  for (const raw of asArray(operation.parameters)) {
    const p = asObject(raw);
    const value = exampleOf(asObject(p.schema));
    if (p.in === 'path') url = url.replace(`{${String(p.name)}}`, value);
    else if (p.in === 'query' && p.required === true) query.push(`${String(p.name)}=${value}`);
  }
  return query.length > 0 ? `${url}?${query.join('&')}` : url;
}

function curlLine(method: string, path: string, operation: JsonObject): string {
  const write = asArray(operation.security).some((s) => 'apiKey' in asObject(s));
  const auth = write ? ' -H "Authorization: Bearer $POLICYGRAPH_API_KEY"' : '';
  const content = asObject(asObject(operation.requestBody).content);
  const field = Object.keys(asObject(asObject(asObject(content['multipart/form-data']).schema).properties))[0];
  const form = field ? ` -F ${field}=@report.txt` : '';
  const json = content['application/json'] ? ` -H "Content-Type: application/json" -d '{"query": "MATCH (n) RETURN n LIMIT 5"}'` : '';
  const verb = method === 'get' || form ? '' : ` -X ${method.toUpperCase()}`;
  return `curl${verb}${auth}${form}${json} "http://localhost:3000${exampleUrl(path, operation)}"`;
}

function operationSection(method: string, path: string, operation: JsonObject): string {
  const write = asArray(operation.security).some((s) => 'apiKey' in asObject(s));
  return `<section class="op" id="${escapeHtml(String(operation.operationId))}">
<div><span class="method ${method}">${method.toUpperCase()}</span><code>${escapeHtml(path)}</code>${write ? ' <span class="lock">API key</span>' : ''}</div>
<p>${escapeHtml(String(operation.summary ?? ''))}</p>
${operation.description ? `<p class="muted">${escapeHtml(String(operation.description))}</p>` : ''}
${parameterTable(operation)}${requestBody(operation)}${responseTable(operation)}
<pre>${escapeHtml(curlLine(method, path, operation))}</pre>
</section>`;
}

function operationsByTag(doc: JsonObject): Map<string, string[]> {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(asObject(doc.paths))) {
    for (const method of METHODS) {
      const operation = asObject(asObject(item)[method]);
      if (Object.keys(operation).length === 0) continue;
      const tag = String(asArray(operation.tags)[0] ?? 'other');
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationSection(method, path, operation)]);
    }
  }
  return byTag;
}

function schemaSections(doc: JsonObject): string {
  return Object.entries(asObject(asObject(doc.components).schemas))
    .map(
      ([name, schema]) =>
        `<details id="schema-${escapeHtml(name)}"><summary>${escapeHtml(name)}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join('\n');
}

/** The reference page for an OpenAPI document. */
export function renderReferencePage(doc: JsonObject): string {
  const info = asObject(doc.info);
  const byTag = operationsByTag(doc);
  const nav = [...byTag.keys()].map((tag) => `<a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a>`).join('');
  const sections = [...byTag].map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>\n${ops.join('\n')}`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(String(info.title ?? 'API'))} reference</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(String(info.title ?? 'API'))} <span class="muted">${escapeHtml(String(info.version ?? ''))}</span></h1>
<p>${escapeHtml(String(info.description ?? ''))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi ?? ''))}).</p>
<nav>${nav}<a href="#schemas">schemas</a></nav>
${sections.join('\n')}
<h2 id="schemas">Schemas</h2>
${schemaSections(doc)}
</main></body></html>
`;
}
