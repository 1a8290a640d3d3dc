// Every OpenAPI document the platform serves, built offline: each service's AppModule and the
// console's module in Nest's preview mode (controllers scanned, no provider instantiated, so no
// database, broker or Redis is needed), completed as the running apps complete them.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { serviceApiDocument } from '@app/service-kit/api-document';
import { consoleApiDocument } from '../../apps/console/src/console-api-document';
import { ConsoleModule } from '../../apps/console/src/console.module';
import { SERVICE_MODULES } from '../security/service-modules';

export interface NamedDocument {
  name: string;
  document: OpenAPIObject;
}

async function inPreview<T>(module: unknown, build: (app: Awaited<ReturnType<typeof NestFactory.create>>) => T): Promise<T> {
  const app = await NestFactory.create(module as Parameters<typeof NestFactory.create>[0], { preview: true, logger: false, abortOnError: false });
  try {
    return build(app);
  } finally {
    await app.close();
  }
}

/** The document a service serves at /api/docs-json. */
export function serviceDocument(service: { name: string; module: unknown; description: string }): Promise<OpenAPIObject> {
  return inPreview(service.module, (app) => serviceApiDocument(app, service, service.module));
}

/** Every service's document and the console's. */
export async function allDocuments(): Promise<NamedDocument[]> {
  const documents: NamedDocument[] = [];
  for (const service of SERVICE_MODULES) documents.push({ name: service.name, document: await serviceDocument(service) });
  documents.push({ name: 'console', document: await inPreview(ConsoleModule, (app) => consoleApiDocument(app)) });
  return documents;
}
