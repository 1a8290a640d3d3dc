import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { jwtSecretFromEnv } from './auth-config';
import { authenticateBearer } from './authenticate';
import { AUTH_JWT_SECRET, JwtAuthGuard } from './jwt-auth.guard';

/**
 * Installs JwtAuthGuard for every route of the application. The secret is resolved when the
 * module is created, so a production service without JWT_SECRET fails at start, not per request.
 *
 * Nest runs guards only on routes that exist, so an unknown path would answer 404 to anybody and
 * let anonymous callers map the API. The middleware added in onModuleInit closes that gap: Nest
 * calls onModuleInit after registering the routes and before its not-found handler, so the
 * middleware sees exactly the requests no route took, and answers 401 unless the token is valid
 * (a valid token then gets the 404).
 */
@Module({
  providers: [
    { provide: AUTH_JWT_SECRET, useFactory: () => jwtSecretFromEnv() },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [AUTH_JWT_SECRET],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(AUTH_JWT_SECRET) private readonly secret: string,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    // No HTTP server: a testing module or a pure microservice.
    if (!adapter) return;
    adapter.use((req: Request, _res: Response, next: NextFunction) => {
      try {
        authenticateBearer(req.headers.authorization, this.secret);
        next();
      } catch (problem) {
        next(problem);
      }
    });
  }
}
