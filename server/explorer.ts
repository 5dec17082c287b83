/**
 * Serves the built web explorer (web/dist, made by `npm run build:web`) at /,
 * with index.html for any non-API path so the explorer's own routes load. When
 * the explorer is not built, / says how to build it.
 */
import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** web/dist of this project. */
export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../web/dist');

const NOT_BUILT =
  'PolicyGraph: the web explorer is not built. Run `npm run build:web`, then reload this page.\n' +
  'The API is at /api (described at /api/openapi.json).\n';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Static files, then the index.html fallback for GET/HEAD outside /api. */
export function explorerHandlers(webRoot: string): RequestHandler[] {
  const index = join(webRoot, 'index.html');
  const fallback = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    if (await exists(index)) {
      res.sendFile(index);
    } else if (req.path === '/') {
      res.status(200).type('text/plain').send(NOT_BUILT);
    } else {
      res.status(404).type('text/plain').send(NOT_BUILT);
    }
  };
  return [express.static(webRoot, { index: false }), fallback];
}
