/**
 * createApp(): the Express app (no listen). Registers the API routes from their
 * descriptors: access check (API keys), upload parsing, validation of path,
 * query and body with their zod schemas, conditional GETs (ETag from the
 * store's revision), and answers checked against the response schema. Every
 * error is problem+json; the built explorer is served at /.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { pino, type Logger } from 'pino';
import { NotFoundError } from '../schema/errors.ts';
import { errorMiddleware, problem, sendProblem } from './errors.ts';
import { explorerHandlers, DEFAULT_WEB_ROOT } from './explorer.ts';
import { requireAccess, type ApiKeys } from './http/auth.ts';
import { answerIfFresh, cacheControl, contentTag, revisionTag } from './http/caching.ts';
import { corsHandler } from './http/cors.ts';
import { requestLogger } from './http/request-log.ts';
import { rateLimiters, securityHeaders, type RateLimits } from './http/security.ts';
import { uploadParser, type UploadLimits } from './http/upload.ts';
import { API_ROUTES, API_VERSION } from './routes/index.ts';
import { cacheModeOf, isRawAnswer, type RawAnswer, type Route, type RouteContext, type UploadedFile } from './routes/route.ts';
import { validateInput } from './validate.ts';
import type { CypherOptions, GraphStore } from './store/types.ts';

/** Keys, CORS origins, size and rate limits (from server/config.ts in `serve`). */
export interface HttpOptions extends ApiKeys, RateLimits {
  corsOrigins: string[];
  jsonLimitBytes: number;
  uploadLimitBytes: number;
  uploadMaxFiles: number;
}

export interface AppDependencies {
  store: GraphStore;
  /** Request and error logs; silent when absent (tests). */
  logger?: Logger;
  /** The built explorer (index.html and assets); defaults to web/dist of this project. */
  webRoot?: string;
  /** Limits for POST /api/cypher. */
  cypher?: CypherOptions;
  /** Defaults: no keys (reads open, writes refused), no CORS, 1 MiB JSON, 8 MiB × 20 files uploads. */
  http?: Partial<HttpOptions>;
}

const DEFAULT_CYPHER: CypherOptions = { timeoutMs: 5000, maxRows: 1000 };

export const DEFAULT_HTTP: HttpOptions = {
  apiKey: undefined,
  readKey: undefined,
  corsOrigins: [],
  jsonLimitBytes: 1024 ** 2,
  uploadLimitBytes: 8 * 1024 ** 2,
  uploadMaxFiles: 20,
  cypherPerMinute: 60,
  uploadsPerMinute: 30,
};

/** Builds the app; the caller listens. */
export function createApp(dependencies: AppDependencies): Express {
  const { store, webRoot = DEFAULT_WEB_ROOT, cypher = DEFAULT_CYPHER } = dependencies;
  const http: HttpOptions = { ...DEFAULT_HTTP, ...dependencies.http };
  const logger = dependencies.logger ?? pino({ level: 'silent' });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  const cors = corsHandler(http.corsOrigins);
  if (cors) app.use('/api', cors);
  app.use('/api', express.json({ limit: http.jsonLimitBytes }));
  const limits: UploadLimits = { fileBytes: http.uploadLimitBytes, files: http.uploadMaxFiles };
  const limiters = rateLimiters(http);
  for (const route of API_ROUTES) {
    const limiter = route.rateLimit ? limiters[route.rateLimit] : undefined;
    const limited = limiter ? [limiter] : [];
    const upload = route.upload ? [uploadParser(route.upload, limits)] : [];
    app[route.method](route.path, ...limited, requireAccess(route.access ?? 'read', http), ...upload, handle(route, store, cypher, http));
  }
  for (const [path, methods] of methodsByPath(API_ROUTES)) app.route(path).all(methodNotAllowed(methods));
  app.use('/api', (req: Request, _res: Response, next: NextFunction) => {
    next(new NotFoundError(`No API route ${req.method} ${req.originalUrl}; GET /api/openapi.json lists them`));
  });
  app.use(...explorerHandlers(webRoot));
  app.use(errorMiddleware(logger));
  return app;
}

function handle(route: Route, store: GraphStore, cypher: CypherOptions, http: HttpOptions) {
  const mode = cacheModeOf(route);
  const control = cacheControl(mode, http.readKey !== undefined);
  return async (req: Request, res: Response): Promise<void> => {
    const files = (res.locals.files as UploadedFile[] | undefined) ?? [];
    const input = validateInput(route, { params: req.params, query: req.query, body: req.body, files });
    if (mode === 'revision') {
      const etag = revisionTag(API_VERSION, store.kind, await store.revision());
      if (answerIfFresh(req, res, etag, control)) return;
    } else {
      res.setHeader('Cache-Control', control);
    }
    const context: RouteContext = { store, cypher, log: req.log, maxFileBytes: http.uploadLimitBytes };
    const result = await route.handler(input, context);
    const status = route.status?.(result) ?? 200;
    const produced = route.produces ? rawBody(res, route, result) : jsonBody(res, route, result);
    const body = mode === 'content' && isChunks(produced) ? [...produced].join('') : produced;
    if (mode === 'content' && !isChunks(body) && answerIfFresh(req, res, contentTag(body), control)) return;
    res.status(status);
    if (typeof body === 'string') res.send(body);
    else if (body instanceof Uint8Array) res.send(Buffer.from(body));
    else await streamChunks(res, body);
  };
}

function isChunks(body: RawAnswer['body']): body is Iterable<string> {
  return typeof body !== 'string' && !(body instanceof Uint8Array);
}

/** A JSON answer's text, after checking it against the route's response schema. */
function jsonBody(res: Response, route: Route, result: unknown): string {
  const checked = route.response.safeParse(result);
  if (!checked.success) throw new Error(`${route.id} answered outside its response schema: ${checked.error.message}`);
  res.type('application/json; charset=utf-8');
  return JSON.stringify(checked.data);
}

/** A file or page: its media type, and its download name when it has one. */
function rawBody(res: Response, route: Route, result: unknown): RawAnswer['body'] {
  if (!isRawAnswer(result)) throw new Error(`${route.id} did not answer a file or page`);
  const textual = /^text\/|\+xml$|\/json$|\/xml$/.test(result.mediaType);
  // attachment() guesses a type from the name, so the answer's own type is set after it.
  if (result.fileName) res.attachment(result.fileName);
  res.type(textual ? `${result.mediaType}; charset=utf-8` : result.mediaType);
  return result.body;
}

/** Writes chunks, waiting for the socket to drain, so a large export is not held twice; stops if the client left. */
async function streamChunks(res: Response, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) {
      await new Promise<void>((resume) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resume();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
  }
  res.end();
}

function methodsByPath(routes: readonly Route[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route.method.toUpperCase()]);
  return byPath;
}

function methodNotAllowed(methods: string[]) {
  const allow = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
  return (req: Request, res: Response): void => {
    res.setHeader('Allow', allow.join(', '));
    const detail = `${req.method} is not allowed on ${req.path}; use ${allow.join(' or ')}`;
    sendProblem(res, problem(405, 'METHOD_NOT_ALLOWED', detail));
  };
}
