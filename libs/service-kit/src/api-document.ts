import { routeMatrix } from '@app/common/auth/route-matrix';
import { completeApiDocument } from '@app/common/http/openapi/complete-document';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * The OpenAPI document a service serves at /api/docs-json, completed with the errors and headers
 * every route has (libs/common/src/http/openapi). One builder for the running service, the typed
 * console clients and the document linter, so what they check is what is served.
 */
export function serviceApiDocument(app: INestApplication, service: { name: string; description: string }, rootModule: unknown): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`Civil Affairs Platform: ${service.name}`)
      .setDescription(service.description)
      .setVersion('1')
      .setLicense('Proprietary: the city civil affairs bureau', 'https://civil-affairs.example/terms')
      .addServer('/', 'The service itself (behind the console: /api/svc/<service>)')
      .addBearerAuth()
      .build(),
  );
  return completeApiDocument(document, {
    routes: routeMatrix(rootModule),
    rateLimitedWrites: true,
    unauthenticated: 'AUTH.UNAUTHENTICATED or AUTH.TOKEN_EXPIRED: no valid bearer token.',
    security: [{ bearer: [] }],
  });
}
