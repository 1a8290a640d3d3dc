import { envString } from '@app/common/config/env';
import { routeMatrix } from '@app/common/auth/route-matrix';
import { getPathsOf, sendLocationOnCreations } from '@app/common/http/created-location';
import { ProblemDetailsFilter } from '@app/common/http/problem.filter';
import { createValidationPipe } from '@app/common/http/validation';
import { accessLogMiddleware } from '@app/common/logging/access-log.middleware';
import { JsonLogger } from '@app/common/logging/json-logger';
import { correlationIdMiddleware } from '@app/common/logging/request-context';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { CONSOLE_CONFIG, CONSOLE_NAME, type ConsoleConfig } from './config/console-config';
import { consoleApiDocument } from './console-api-document';
import { ConsoleModule } from './console.module';
import { securityHeaders } from './spa/security-headers';
import { serveSinglePageApp } from './spa/single-page-app';

export interface RunningConsole {
  app: NestExpressApplication;
  url: string;
}

function describeApi(app: NestExpressApplication): void {
  SwaggerModule.setup('api/docs', app, consoleApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * Boots the console: security headers, cookies, correlation ids, the built UI at / and the API
 * under /api with problem+json errors. Used by main.ts and by tests (port 0).
 */
export async function runConsole(options: { port?: number } = {}): Promise<RunningConsole> {
  // rawBody: the backend-for-frontend forwards a JSON body as the bytes the browser sent.
  const logger = new JsonLogger(CONSOLE_NAME);
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule, { logger, bufferLogs: false, rawBody: true });
  const config = app.get<ConsoleConfig>(CONSOLE_CONFIG);
  if (process.env.NODE_ENV === 'production' && !config.session.cookieSecure) {
    new Logger('Console').warn('CONSOLE_COOKIE_SECURE is not true: the session cookie is also sent over plain HTTP. Serve the console over HTTPS and set it.');
  }
  app.set('etag', false);
  app.use(securityHeaders({ https: config.session.cookieSecure }));
  app.use(cookieParser());
  app.use(correlationIdMiddleware);
  app.use(accessLogMiddleware(logger));
  serveSinglePageApp(app, config.webDist);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  sendLocationOnCreations(app.getHttpAdapter().getInstance(), getPathsOf(routeMatrix(ConsoleModule)));
  app.enableShutdownHooks();
  describeApi(app);
  try {
    await app.listen(options.port ?? config.port, envString('HOST', '0.0.0.0'));
  } catch (err) {
    // A start refused (a weak CONSOLE_ADMIN_PASSWORD, a port in use) must not leave the pool open.
    await app.close().catch(() => undefined);
    throw err;
  }
  const bound = (app.getHttpServer().address() as { port: number }).port;
  return { app, url: `http://127.0.0.1:${bound}` };
}
