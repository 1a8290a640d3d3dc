import { routeMatrix } from '@app/common/auth/route-matrix';
import { completeApiDocument } from '@app/common/http/openapi/complete-document';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ConsoleModule } from './console.module';

/** The console's own API (login, sessions, users), completed like the services' documents. */
export function consoleApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Civil Affairs Platform: console')
      .setDescription('The caseworkers’ console: login, sessions, users. /api/svc/<service>/… forwards to the services (see their own documents).')
      .setVersion('1')
      .setLicense('Proprietary: the city civil affairs bureau', 'https://civil-affairs.example/terms')
      .addServer('/', 'The console itself')
      .addCookieAuth('cap_session')
      .build(),
  );
  return completeApiDocument(document, {
    routes: routeMatrix(ConsoleModule),
    // The console limits failed logins (lockout) and event streams, not writes in general.
    rateLimitedWrites: false,
    unauthenticated: 'AUTH.NO_SESSION or AUTH.SESSION_EXPIRED: no live session.',
    security: [{ cookie: [] }],
  });
}
