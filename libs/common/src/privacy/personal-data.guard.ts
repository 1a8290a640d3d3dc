import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authenticateBearer } from '../auth/authenticate';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator';
import { AUTH_JWT_SECRET } from '../auth/jwt-auth.guard';
import { IS_PUBLIC_KEY } from '../auth/public.decorator';
import { ProblemException } from '../http/problem';
import { NO_PERSONAL_DATA_KEY } from './no-personal-data.decorator';
import { markResponse } from './personal-data-response';

/** The role that may see personal data in full, and only when it says why. */
export const UNMASK_ROLE = 'unmask';
export const UNMASK_REASON_HEADER = 'x-unmask-reason';

/**
 * The reason as the caller wrote it. HTTP headers carry only Latin-1, so a reason in Chinese
 * arrives percent-encoded (encodeURIComponent, as the console sends it); one that is not valid
 * percent-encoding is kept as sent.
 */
export function unmaskReason(header: string | undefined): string | undefined {
  const raw = header?.trim();
  if (!raw || !raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw;
  }
}

/**
 * Whose data a POST search asked for: resident IDs travel in its body, never in the URL, so the
 * audit entry of an unmasking records them from there (the audit log is where they belong).
 */
function searchedFor(body: unknown): { searchedFor: Record<string, string> } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const ids = Object.entries(body as Record<string, unknown>).filter(([key, value]) => /residentId$/i.test(key) && typeof value === 'string');
  return ids.length > 0 ? { searchedFor: Object.fromEntries(ids.map(([key, value]) => [key, (value as string).toUpperCase()])) } : undefined;
}

/**
 * Decides, before the handler runs, how the response's personal data leaves (the masking itself
 * is done where Express serialises the body, see personal-data-response.ts): masked by default;
 * as it is for routes marked @NoPersonalData(); in full for a caller with the `unmask` role who
 * sends `X-Unmask-Reason`, after that unmasking is written to the audit log with who, when and why.
 * A caller without the role who asks is refused with 403 before anything is done.
 *
 * A guard rather than an interceptor: Nest wraps every interceptor of a route in an
 * AsyncResource and an rxjs pipeline per request, which cost a third of a meal's CPU
 * (docs/performance.md, bench/meals).
 */
@Injectable()
export class PersonalDataGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(AUTH_JWT_SECRET) private readonly secret: string,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const http = context.switchToHttp();
    const response = http.getResponse<Response>();
    if (this.reflector.getAllAndOverride<boolean | undefined>(NO_PERSONAL_DATA_KEY, targets)) {
      markResponse(response, { kind: 'as-is' });
      return true;
    }
    const request = http.getRequest<Request & AuthenticatedRequest>();
    const reason = unmaskReason(request.header(UNMASK_REASON_HEADER));
    if (!reason || this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;
    // Guards run in an order Nest does not promise: the principal may not be set yet.
    const principal = request.principal ?? authenticateBearer(request.headers.authorization, this.secret);
    if (!principal.roles.includes(UNMASK_ROLE)) {
      throw new ProblemException({ status: 403, code: 'PRIVACY.UNMASK_FORBIDDEN', detail: `Unmasking personal data needs the ${UNMASK_ROLE} role.` });
    }
    const path = (request.originalUrl ?? request.url).split('?')[0];
    markResponse(response, {
      kind: 'unmasked',
      beforeSend: () =>
        this.dataSource.transaction((manager) =>
          this.audit.record(manager, { actor: principal, action: 'personal-data.unmasked', entityType: 'http-response', entityId: `${request.method} ${path}`, after: searchedFor(request.body), reason }),
        ),
    });
    return true;
  }
}
