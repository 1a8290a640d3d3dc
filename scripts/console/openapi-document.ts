// A service's OpenAPI document without a server or a database: its AppModule is created in Nest's
// preview mode (modules and controllers are scanned, no provider is instantiated, so TypeORM,
// Redis and RabbitMQ never connect) and the document is built the way libs/service-kit/src/
// run-service.ts builds the one it serves at /api/docs-json. Kept apart from the typed-client
// generator so tests can read documents without loading openapi-typescript (an ES module).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export interface ServiceModule {
  /** Folder under apps/, and the <service> of the console's /api/svc/<service>. */
  name: string;
  module: unknown;
}

/** The document the running service serves at /api/docs-json (built as run-service.ts builds it). */
export async function openApiDocumentOf(service: ServiceModule): Promise<OpenAPIObject> {
  const app = await NestFactory.create(service.module as Parameters<typeof NestFactory.create>[0], { preview: true, logger: false, abortOnError: false });
  try {
    // The title and version do not reach the generated types; the paths and schemas do.
    return SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(`Civil Affairs Platform: ${service.name}`).setVersion('1').addBearerAuth().build());
  } finally {
    await app.close();
  }
}
