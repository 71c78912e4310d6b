import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where `npm run web:build` (and `npm start`) put the web app: apps/web/dist, from the sources, from dist/ (nest
 * build) or from dist/server-<hash>/ (scripts/build-server.cjs).
 */
export function webAppDir(): string | undefined {
  const candidates = [
    resolve(__dirname, '../../web/dist'),
    resolve(__dirname, '../../../../apps/web/dist'),
    resolve(__dirname, '../../../../../apps/web/dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/** GraphQL and the REST controllers' paths: a mail's unsubscribe link opens the API's page, not the web app. */
const API_PATHS = /^\/(graphql|health|unsubscribe|calendar|import|delegations)(\/|$)/;
/** A last path segment with an extension names a file (or a download such as /delegations/:id/brochure.pdf). */
const FILE_LIKE = /\.[^/]*$/;

/**
 * Whether a request is a page of the web app (answered with index.html): a GET or HEAD that accepts HTML, outside
 * the API paths, and not for a file. Everything else goes on to Nest's routes.
 */
export function isPageRequest(method: string, path: string, acceptsHtml: boolean): boolean {
  return (
    (method === 'GET' || method === 'HEAD') && acceptsHtml && !API_PATHS.test(path) && !FILE_LIKE.test(path)
  );
}

/**
 * Serves the web app's production build at `/`: hashed assets with a long cache, and index.html for every other
 * GET that asks for a page (the app routes on the client). API paths and downloads are never shadowed. These are
 * Express static handlers in front of Nest's routes: they expose only the public build, no API.
 */
export function serveWebApp(app: NestExpressApplication, dir = webAppDir()): boolean {
  if (!dir) return false;
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '1y',
    fallthrough: false,
  });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  const index = join(dir, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isPageRequest(request.method, request.path, Boolean(request.accepts('html')))) return next();
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
