import { AuditService } from '@app/common/audit/audit.service';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { stopEnrollments } from '../cases/enrollment-events';
import { Household, HouseholdMember } from '../households/household.entity';
import { OverpaymentDetector } from '../overpayments/overpayment-detector';
import { ReviewsService } from '../reviews/reviews.service';
import { caseStopsWithChild, coverageStopsFrom, dibaoExcludedFrom } from './rules/child-allowance-precedence.rule';

const ACTOR = { system: 'social-assistance.child-allowances' };

/**
 * DOMAIN §5 [A]: no double payment of the child allowance with 低保/特困 for the same child; the
 * child allowance takes precedence. From the allowance's first month the child no longer counts
 * in a 低保 household (the others are paid for from then on), a 特困 or 单人户 case of the child
 * stops (CHILD_ALLOWANCE), and what was already paid for those months becomes an overpayment.
 */
@Injectable()
export class ChildAllowancesService {
  constructor(
    private readonly audit: AuditService,
    private readonly reviews: ReviewsService,
    private readonly publisher: EventPublisher,
    private readonly overpayments: OverpaymentDetector,
  ) {}

  async allowanceStarted(manager: EntityManager, data: EventOf<'child-welfare.allowance.started.v1'>, eventId: string): Promise<void> {
    const residentId = data.residentId.toUpperCase();
    const fromMonth = YearMonth.parse(data.fromMonth);
    const memberships = await manager.find(HouseholdMember, { where: { residentId }, lock: { mode: 'pessimistic_write' } });
    for (const member of memberships) {
      const excludedFrom = dibaoExcludedFrom(member.dibaoExcludedFrom, fromMonth);
      if (excludedFrom === member.dibaoExcludedFrom) continue;
      await manager.update(HouseholdMember, { id: member.id }, { dibaoExcludedFrom: excludedFrom });
      await this.audit.record(manager, {
        actor: ACTOR,
        action: 'household-member.child-allowance',
        entityType: 'household',
        entityId: member.householdId,
        before: { residentId, dibaoExcludedFrom: member.dibaoExcludedFrom },
        after: { residentId, dibaoExcludedFrom: excludedFrom },
      });
    }
    // Only cases still paying the child: a replay of the same start finds none and changes nothing.
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT c.id FROM assistance_case c WHERE c.status IN ('APPROVED', 'ACTIVE', 'SUSPENDED')
         AND EXISTS (SELECT 1 FROM enrollment e WHERE e.case_id = c.id AND e.resident_id = $1 AND e.stop_from_month IS NULL)
       ORDER BY c.id FOR UPDATE`,
      [residentId],
    );
    for (const { id } of rows) {
      await this.stopCoverage(manager, await manager.findOneByOrFail(AssistanceCase, { id }), residentId, fromMonth, eventId);
    }
  }

  /** The allowance stopped: the child may count again in the household, which a review decides; nothing re-enrols by itself. */
  async allowanceStopped(manager: EntityManager, data: EventOf<'child-welfare.allowance.stopped.v1'>): Promise<void> {
    await this.reviews.lifeEvent(manager, [data.residentId], YearMonth.parse(data.stopFromMonth).firstDay(), 'dibao.review-due.child-allowance-stopped');
  }

  private async stopCoverage(manager: EntityManager, c: AssistanceCase, residentId: string, fromMonth: YearMonth, eventId: string): Promise<void> {
    const stopFrom = coverageStopsFrom(fromMonth, c.startMonth);
    await stopEnrollments(manager, this.publisher, c, stopFrom, 'CHILD_ALLOWANCE', { residentIds: [residentId], causeEventId: eventId });
    const household = await manager.findOneByOrFail(Household, { id: c.householdId });
    const members = await manager.findBy(HouseholdMember, { householdId: c.householdId });
    const caseStops = caseStopsWithChild(c.residentId !== null, livingDibaoMembers(members, stopFrom).length);
    const before = toCaseResponse(c);
    if (caseStops) {
      // Anyone else still enrolled on the case (none for 特困 or 单人户) stops with it.
      await stopEnrollments(manager, this.publisher, c, stopFrom, 'CHILD_ALLOWANCE', { causeEventId: eventId });
      Object.assign(c, { status: 'STOPPED', reason: 'CHILD_ALLOWANCE', stopFromMonth: stopFrom.toString() });
      await manager.save(c);
    }
    await this.audit.record(manager, {
      actor: ACTOR,
      action: caseStops ? `${c.program.toLowerCase()}.stop` : 'dibao.member-covered-by-child-allowance',
      entityType: 'assistance-case',
      entityId: c.id,
      before,
      after: { ...toCaseResponse(c), childResidentId: residentId, fromMonth: stopFrom.toString() },
      reason: 'CHILD_ALLOWANCE',
    });
    await this.overpayments.detect(manager, { assistanceCase: c, residentId, stopFrom, causeEventId: eventId, continuing: caseStops ? null : { household, members } });
  }
}
