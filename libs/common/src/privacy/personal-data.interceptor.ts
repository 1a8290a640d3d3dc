import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator';
import { ProblemException } from '../http/problem';
import { maskPersonalData } from './mask-personal-data';
import { NO_PERSONAL_DATA_KEY } from './no-personal-data.decorator';

/** The role that may see personal data in full, and only when it says why. */
export const UNMASK_ROLE = 'unmask';
export const UNMASK_REASON_HEADER = 'x-unmask-reason';

/**
 * Masks personal data in every HTTP response by default. A caller with the `unmask` role who
 * sends `X-Unmask-Reason` gets full values, and that unmasking is written to the audit log with
 * who, when and why before the response leaves.
 */
@Injectable()
export class PersonalDataInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    if (this.reflector.getAllAndOverride<boolean | undefined>(NO_PERSONAL_DATA_KEY, [context.getHandler(), context.getClass()])) return next.handle();
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const reason = request.header(UNMASK_REASON_HEADER)?.trim();
    const principal = request.principal;
    if (!reason) return next.handle().pipe(map((body) => maskPersonalData(body)));
    if (!principal?.roles.includes(UNMASK_ROLE)) {
      throw new ProblemException({ status: 403, code: 'PRIVACY.UNMASK_FORBIDDEN', detail: `Unmasking personal data needs the ${UNMASK_ROLE} role.` });
    }
    const path = (request.originalUrl ?? request.url).split('?')[0];
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          this.dataSource
            .transaction((manager) =>
              this.audit.record(manager, { actor: principal, action: 'personal-data.unmasked', entityType: 'http-response', entityId: `${request.method} ${path}`, reason }),
            )
            .then(() => body),
        ),
      ),
    );
  }
}
