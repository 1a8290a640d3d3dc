import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';

const NOT_BUILT = `民政服务平台 · 工作台 (Civil Affairs Platform console)

The console's web UI is not built, so there is nothing to show here yet.
Build it from the repository root with:

    npm run build:console      (vite build --config apps/console/web/vite.config.ts)

which writes apps/console/web/dist (or set CONSOLE_WEB_DIST to a folder holding a built
index.html), then reload this page. No restart is needed.
The console's API answers under /api; its OpenAPI document is at /api/docs.
`;

/** Paths that are the API's or the health checks', never the app's. */
const NOT_APP = /^\/(api|health)(\/|$)/;

/**
 * Serves the built UI from `webDist`: its files as they are (hashed assets cached for a year,
 * index.html never without asking), and index.html for any other GET that is not an API call, so
 * that the app's own routes (/dibao/applications/42) survive a reload. A missing file with an
 * extension stays a 404. Without a build, a short page says how to make one. The folder is
 * looked at per request, so a build made while the console runs is picked up.
 */
export function serveSinglePageApp(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, {
    index: false,
    setHeaders: (res, path) => {
      const immutable = path.startsWith(join(webDist, 'assets'));
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_APP.test(req.path) || extname(req.path) !== '') return next();
    const index = join(webDist, 'index.html');
    if (existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    }
    res.status(200).type('text/plain; charset=utf-8').send(NOT_BUILT);
  });
}
