import { envInt, envString } from '@app/common/config/env';
import { HealthRegistry } from '@app/common/health/health.registry';
import { routeMatrix } from '@app/common/auth/route-matrix';
import { getPathsOf, sendLocationOnCreations } from '@app/common/http/created-location';
import { ProblemDetailsFilter } from '@app/common/http/problem.filter';
import { createValidationPipe } from '@app/common/http/validation';
import { accessLogMiddleware } from '@app/common/logging/access-log.middleware';
import { JsonLogger } from '@app/common/logging/json-logger';
import { correlationIdMiddleware } from '@app/common/logging/request-context';
import { httpMetricsMiddleware } from '@app/common/metrics/http-metrics.middleware';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NestMicroservice } from '@nestjs/microservices';
import { SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AmqpEventTransport, MESSAGING_CONFIG, RethrowRpcErrorsFilter, type MessagingConfig, type TransportHooks } from '@app/messaging';
import { serviceApiDocument } from './api-document';
import type { ServiceDefinition } from './service-definition';

export interface RunningService {
  app: INestApplication;
  transport: AmqpEventTransport;
  url: string;
}

/**
 * Boots a service: HTTP API with problem+json errors, validation, Location on every 201, OpenAPI at /api/docs and JSON
 * logs, plus the event transport that serves its @OnEvent handlers. Shared by every
 * service's main.ts and by tests that start a service in-process.
 */
export async function runService(
  appModule: Parameters<typeof NestFactory.create>[0],
  definition: ServiceDefinition,
  options: { hooks?: TransportHooks; port?: number } = {},
): Promise<RunningService> {
  const logger = new JsonLogger(definition.name);
  const app = await NestFactory.create<NestExpressApplication>(appModule, { logger, bufferLogs: false });
  // Responses are API answers to one caller, not cacheable documents: no ETag to hash per response.
  app.getHttpAdapter().getInstance().set('etag', false);
  app.use(httpMetricsMiddleware);
  app.use(correlationIdMiddleware);
  app.use(accessLogMiddleware(logger));
  // After the middlewares above, where Nest would put its own parser (which it then leaves out).
  if (definition.jsonBodyLimit) app.useBodyParser('json', { limit: definition.jsonBodyLimit });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  sendLocationOnCreations(app.getHttpAdapter().getInstance(), getPathsOf(routeMatrix(appModule)));
  const document = serviceApiDocument(app, definition, appModule);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const config = app.get<MessagingConfig>(MESSAGING_CONFIG);
  const transport = new AmqpEventTransport(app.get(DataSource), config, options.hooks);
  // Listeners are registered on listen(), after the filter is in place: registered earlier,
  // they would keep Nest's default filter, which hides the error behind "Internal server error".
  const microservice = app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false, deferInitialization: true }) as unknown as NestMicroservice;
  microservice.useGlobalFilters(new RethrowRpcErrorsFilter());
  // The application runs the modules' lifecycle hooks; the microservice must not run them again.
  microservice.setIsInitHookCalled(true);
  app.get(HealthRegistry).register({
    name: 'consumer',
    check: async () => {
      if (!transport.isConnected) throw new Error('event consumer not connected to RabbitMQ');
    },
  });

  await app.startAllMicroservices();
  const port = options.port ?? envInt('PORT', definition.port);
  const host = envString('HOST', '0.0.0.0');
  await app.listen(port, host);
  const bound = (app.getHttpServer().address() as { port: number }).port;
  const url = `http://127.0.0.1:${bound}`;
  return { app, transport, url };
}
