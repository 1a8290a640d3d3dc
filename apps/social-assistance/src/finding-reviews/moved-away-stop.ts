// A confirmed move out of the city stops a 特困 case (DOMAIN §1 reasons: MOVED_AWAY) from the
// month after the move; 低保 cases stop or go on through the household reassessment. Months
// already paid from then on become an overpayment, as after a death.
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import type { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { stopEnrollments } from '../cases/enrollment-events';
import { OverpaymentDetector } from '../overpayments/overpayment-detector';
import type { FindingCaseOutcome } from './dto/finding-review.dto';

@Injectable()
export class MovedAwayStop {
  constructor(
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
    private readonly overpayments: OverpaymentDetector,
  ) {}

  /** Stops the open 特困 case of the person; answers its outcome, or null when there is none to stop. */
  async stopPersonCase(manager: EntityManager, caseId: string, residentId: string, stopFrom: YearMonth, reviewId: string, principal: Principal): Promise<FindingCaseOutcome | null> {
    const c = await manager.findOne(AssistanceCase, { where: { id: caseId, program: 'TEKUN', residentId, status: In(['APPROVED', 'ACTIVE', 'SUSPENDED']) }, lock: { mode: 'pessimistic_write' } });
    if (!c) return null;
    const before = toCaseResponse(c);
    Object.assign(c, { status: 'STOPPED', reason: 'MOVED_AWAY', stopFromMonth: stopFrom.toString() });
    await manager.save(c);
    await stopEnrollments(manager, this.publisher, c, stopFrom, 'MOVED_AWAY');
    await this.audit.record(manager, { actor: principal, action: 'tekun.stop', entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(c), reason: 'MOVED_AWAY' });
    await this.overpayments.detect(manager, { assistanceCase: c, residentId, stopFrom, causeEventId: reviewId, continuing: null });
    return { caseId: c.id, decision: 'STOP', stopFromMonth: stopFrom.toString(), reason: 'MOVED_AWAY' };
  }
}
