/**
 * createApp(): the Express app (no listen). Registers the API routes from their
 * descriptors (validating path, query and body with their zod schemas and
 * checking answers against the response schema), answers problem+json for
 * every error, and serves the built explorer at /.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { NotFoundError } from '../schema/errors.ts';
import { errorMiddleware, problem, sendProblem } from './errors.ts';
import { explorerHandlers, DEFAULT_WEB_ROOT } from './explorer.ts';
import { API_ROUTES } from './routes/index.ts';
import type { Route, RouteContext } from './routes/route.ts';
import { validateInput } from './validate.ts';
import type { CypherOptions, GraphStore } from './store/types.ts';

export interface AppDependencies {
  store: GraphStore;
  /** Request and error logs; silent when absent (tests). */
  logger?: Logger;
  /** The built explorer (index.html and assets); defaults to web/dist of this project. */
  webRoot?: string;
  /** Limits for POST /api/cypher. */
  cypher?: CypherOptions;
}

const DEFAULT_CYPHER: CypherOptions = { timeoutMs: 5000, maxRows: 1000 };
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Builds the app; the caller listens. */
export function createApp(dependencies: AppDependencies): Express {
  const { store, webRoot = DEFAULT_WEB_ROOT, cypher = DEFAULT_CYPHER } = dependencies;
  const logger = dependencies.logger ?? pino({ level: 'silent' });
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger, genReqId: requestId }));
  app.use('/api', express.json({ limit: '1mb' }));
  const context: RouteContext = { store, cypher };
  for (const route of API_ROUTES) app[route.method](route.path, handle(route, context));
  for (const [path, methods] of methodsByPath(API_ROUTES)) app.route(path).all(methodNotAllowed(methods));
  app.use('/api', (req: Request, _res: Response, next: NextFunction) => {
    next(new NotFoundError(`No API route ${req.method} ${req.originalUrl}; GET /api/openapi.json lists them`));
  });
  app.use(...explorerHandlers(webRoot));
  app.use(errorMiddleware(logger));
  return app;
}

/** Uses the caller's X-Request-Id when it looks like one, else a new one; echoes it in the answer. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

function handle(route: Route, context: RouteContext) {
  return async (req: Request, res: Response): Promise<void> => {
    const input = validateInput(route, { params: req.params, query: req.query, body: req.body });
    const result = await route.handler(input, context);
    const checked = route.response.safeParse(result);
    if (!checked.success) {
      throw new Error(`${route.id} answered outside its response schema: ${checked.error.message}`);
    }
    res.status(route.status?.(checked.data) ?? 200).json(checked.data);
  };
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
