// After a confirmed move out of the city (the household reassessed through the departure): a 特困
// case of the person stops (DOMAIN §1 reasons: MOVED_AWAY) from the month after the move, since it
// is not reassessed with the household; then what the review's case was paid for months from then
// on above what it is entitled to now becomes an overpayment, as after a death.
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import type { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { stopEnrollments } from '../cases/enrollment-events';
import { Household, HouseholdMember } from '../households/household.entity';
import { OverpaymentDetector } from '../overpayments/overpayment-detector';
import type { FindingCaseOutcome } from './dto/finding-review.dto';

@Injectable()
export class MoveEffects {
  constructor(
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
    private readonly overpayments: OverpaymentDetector,
  ) {}

  /** Answers the 特困 stop as an outcome, or null when the person had no open 特困 case. */
  async afterMove(manager: EntityManager, review: { case_id: string; resident_id: string; source_event_id: string }, stopFrom: YearMonth, principal: Principal): Promise<FindingCaseOutcome | null> {
    const tekun = await this.stopTekun(manager, review.case_id, review.resident_id, stopFrom, principal);
    const c = await manager.findOneByOrFail(AssistanceCase, { id: review.case_id });
    const continuing = c.status === 'STOPPED' ? null : { household: await manager.findOneByOrFail(Household, { id: c.householdId }), members: await manager.findBy(HouseholdMember, { householdId: c.householdId }) };
    await this.overpayments.detect(manager, { assistanceCase: c, residentId: review.resident_id, stopFrom, causeEventId: review.source_event_id, continuing });
    return tekun;
  }

  private async stopTekun(manager: EntityManager, caseId: string, residentId: string, stopFrom: YearMonth, principal: Principal): Promise<FindingCaseOutcome | null> {
    const c = await manager.findOne(AssistanceCase, { where: { id: caseId, program: 'TEKUN', residentId, status: In(['APPROVED', 'ACTIVE', 'SUSPENDED']) }, lock: { mode: 'pessimistic_write' } });
    if (!c) return null;
    const before = toCaseResponse(c);
    Object.assign(c, { status: 'STOPPED', reason: 'MOVED_AWAY', stopFromMonth: stopFrom.toString() });
    await manager.save(c);
    await stopEnrollments(manager, this.publisher, c, stopFrom, 'MOVED_AWAY');
    await this.audit.record(manager, { actor: principal, action: 'tekun.stop', entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(c), reason: 'MOVED_AWAY' });
    return { caseId: c.id, decision: 'STOP', stopFromMonth: stopFrom.toString(), reason: 'MOVED_AWAY' };
  }
}
