import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authenticateBearer, requireAnyRole } from './authenticate';
import type { AuthenticatedRequest } from './current-principal.decorator';
import { IS_PUBLIC_KEY } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

/** Injection token for the JWT signing secret (see jwtSecretFromEnv). */
export const AUTH_JWT_SECRET = Symbol('AUTH_JWT_SECRET');

/**
 * Every HTTP route needs a valid bearer token unless marked @Public(); @Roles() narrows it further.
 * Missing, invalid or expired tokens are 401 (AUTH.UNAUTHENTICATED / AUTH.TOKEN_EXPIRED) with a
 * WWW-Authenticate challenge; a role mismatch is 403 AUTH.FORBIDDEN. Event handlers (other
 * context types) are not HTTP callers and pass through.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_JWT_SECRET) private readonly secret: string,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | string[] | undefined> }>();
    const principal = authenticateBearer(request.headers.authorization, this.secret);
    request.principal = principal;
    requireAnyRole(principal, this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets));
    return true;
  }
}
