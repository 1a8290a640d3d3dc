import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ProblemException } from '../http/problem';
import type { Principal } from './claims';

export type AuthenticatedRequest = { principal?: Principal };

/** The authenticated caller, as put on the request by JwtAuthGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  // Only on a @Public() route can this be missing; a handler that needs a caller cannot go on.
  if (!principal) throw new ProblemException({ status: 401, code: 'AUTH.UNAUTHENTICATED', headers: { 'WWW-Authenticate': 'Bearer' } });
  return principal;
});
