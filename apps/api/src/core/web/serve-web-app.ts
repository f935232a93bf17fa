import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the api answers itself; every other page address is the web app's (it routes in the browser). */
const API_PATHS = /^\/(graphql|health|files|api|calendar)(\/|$)/;

/** Whether `npm run build:web` has written the app there. */
export const webAppBuilt = (webRoot: string): boolean => existsSync(join(webRoot, 'index.html'));

/**
 * Serves the built web app (dist/web) from the api's origin: hashed assets cached for a
 * year, and index.html, never cached, for any page address a person opens or reloads.
 * Returns false when the app is not built (the api alone still works).
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string): boolean {
  if (!webAppBuilt(webRoot)) return false;
  const index = join(webRoot, 'index.html');
  app.useStaticAssets(join(webRoot, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(webRoot, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
