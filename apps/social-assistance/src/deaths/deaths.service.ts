import { AuditService } from '@app/common/audit/audit.service';
import { DeathNoticeTable } from '@app/common/read-models/death-notice.table';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { stopEnrollments } from '../cases/enrollment-events';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { Household, HouseholdMember } from '../households/household.entity';
import { OverpaymentDetector } from '../overpayments/overpayment-detector';

const ACTOR = { system: 'social-assistance' };
const DEATH_NOTICE = new DeathNoticeTable('death_notice');
const OPEN_STATUSES = ['APPROVED', 'ACTIVE', 'SUSPENDED'] as const;

type Death = EventOf<'civil-registration.death.registered.v1'>;

/**
 * A death stops the person's enrollments from the month after the death month (the death month
 * is paid in full), recomputes the household for the remaining members (no one left: the case
 * stops) and turns what was paid above the new entitlement for later months into an overpayment.
 * The walk goes down: the notice, the person's memberships, each open case, its overpayment.
 */
@Injectable()
export class DeathsService {
  constructor(
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
    private readonly overpayments: OverpaymentDetector,
  ) {}

  async onDeath(manager: EntityManager, death: Death, eventId: string): Promise<void> {
    const residentId = death.residentId.toUpperCase();
    await DEATH_NOTICE.record(manager, death, { received_at: death.receivedAt });
    const stopFrom = YearMonth.fromDate(death.dateOfDeath).next();
    for (const member of await manager.find(HouseholdMember, { where: { residentId, deceasedOn: IsNull() }, lock: { mode: 'pessimistic_write' } })) {
      await this.markDeceased(manager, member, death.dateOfDeath);
      const cases = await manager.find(AssistanceCase, { where: { householdId: member.householdId, status: In([...OPEN_STATUSES]) }, lock: { mode: 'pessimistic_write' } });
      for (const c of cases) await this.removeFromCase(manager, c, residentId, stopFrom, eventId);
    }
  }

  private async markDeceased(manager: EntityManager, member: HouseholdMember, dateOfDeath: string): Promise<void> {
    await manager.update(HouseholdMember, { id: member.id }, { deceasedOn: dateOfDeath });
    await this.audit.record(manager, {
      actor: ACTOR,
      action: 'household-member.deceased',
      entityType: 'household',
      entityId: member.householdId,
      before: { residentId: member.residentId, deceasedOn: null },
      after: { residentId: member.residentId, deceasedOn: dateOfDeath },
    });
  }

  /** Stops the person's enrollment on the case, the case itself when nobody is left, then detects the overpayment. */
  private async removeFromCase(manager: EntityManager, c: AssistanceCase, residentId: string, stopFrom: YearMonth, eventId: string): Promise<void> {
    // A 特困 or 单人户 case covers one person: another member's death does not touch it.
    if (c.residentId !== null && c.residentId !== residentId) return;
    await stopEnrollments(manager, this.publisher, c, stopFrom, 'DECEASED', { residentIds: [residentId], causeEventId: eventId });
    const household = await manager.findOneByOrFail(Household, { id: c.householdId });
    const members = await manager.findBy(HouseholdMember, { householdId: c.householdId });
    const nobodyLeft = c.residentId !== null || livingDibaoMembers(members, stopFrom).length === 0;
    if (nobodyLeft) await this.stopCase(manager, c, stopFrom);
    await this.overpayments.detect(manager, { assistanceCase: c, residentId, stopFrom, causeEventId: eventId, continuing: nobodyLeft ? null : { household, members } });
  }

  private async stopCase(manager: EntityManager, c: AssistanceCase, stopFrom: YearMonth): Promise<void> {
    const before = toCaseResponse(c);
    const stopMonth = c.startMonth && YearMonth.parse(c.startMonth).isAfter(stopFrom) ? YearMonth.parse(c.startMonth) : stopFrom;
    Object.assign(c, { status: 'STOPPED', reason: 'DECEASED', stopFromMonth: stopMonth.toString() });
    await manager.save(c);
    await this.audit.record(manager, { actor: ACTOR, action: `${c.program.toLowerCase()}.stop`, entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(c), reason: 'DECEASED' });
  }
}
