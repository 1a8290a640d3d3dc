import { AuditService } from '@app/common/audit/audit.service';
import { PolicyService } from '@app/common/policy/policy.service';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../dibao/assistance-case.entity';
import { DibaoPolicy } from '../dibao/dibao-policy';
import { toCaseResponse } from '../dibao/case-transition';
import { livingDibaoMembers } from '../dibao/rules/case-lifecycle';
import { stopEnrolments, type Emit } from '../enrolments/enrolment-events';
import { Household, HouseholdMember } from '../households/household.entity';
import { detectOverpayment } from '../overpayments/detect-overpayment';
import type { SocialAssistancePolicies } from '../policy-catalogue';

const ACTOR = { system: 'social-assistance' };
const OPEN_STATUSES = ['APPROVED', 'ACTIVE', 'SUSPENDED'] as const;

type Death = EventOf<'civil-registration.death.registered.v1'>;

/**
 * A death stops the person's enrolments from the month after the death month (the death month
 * is paid in full), recomputes the household for the remaining members (no one left: the case
 * stops) and turns what was paid above the new entitlement for later months into an overpayment.
 */
@Injectable()
export class DeathsService {
  constructor(
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly audit: AuditService,
  ) {}

  async onDeath(manager: EntityManager, emit: Emit, death: Death, eventId: string): Promise<void> {
    const residentId = death.residentId.toUpperCase();
    await manager.query(
      `INSERT INTO death_notice (resident_id, death_id, date_of_death, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (resident_id) DO NOTHING`,
      [residentId, death.deathId, death.dateOfDeath, death.receivedAt],
    );
    const memberships = await manager.find(HouseholdMember, { where: { residentId, deceasedOn: IsNull() }, lock: { mode: 'pessimistic_write' } });
    const stopFrom = YearMonth.fromDate(death.dateOfDeath).next();
    for (const member of memberships) {
      await manager.update(HouseholdMember, { id: member.id }, { deceasedOn: death.dateOfDeath });
      await this.audit.record(manager, {
        actor: ACTOR,
        action: 'household-member.deceased',
        entityType: 'household',
        entityId: member.householdId,
        before: { residentId, deceasedOn: null },
        after: { residentId, deceasedOn: death.dateOfDeath },
      });
      const cases = await manager.find(AssistanceCase, { where: { householdId: member.householdId, status: In([...OPEN_STATUSES]) }, lock: { mode: 'pessimistic_write' } });
      for (const c of cases) await this.recompute(manager, emit, c, residentId, stopFrom, eventId);
    }
  }

  private async recompute(manager: EntityManager, emit: Emit, c: AssistanceCase, residentId: string, stopFrom: YearMonth, eventId: string): Promise<void> {
    // A 特困 or 单人户 case covers one person: another member's death does not touch it.
    if (c.residentId !== null && c.residentId !== residentId) return;
    await stopEnrolments(manager, emit, c, stopFrom, 'DECEASED', { residentIds: [residentId], causeEventId: eventId });
    const household = await manager.findOneByOrFail(Household, { id: c.householdId });
    const members = await manager.findBy(HouseholdMember, { householdId: c.householdId });
    const nobodyLeft = c.residentId !== null || livingDibaoMembers(members, stopFrom).length === 0;
    if (nobodyLeft) {
      const before = toCaseResponse(c);
      const stopMonth = c.startMonth && YearMonth.parse(c.startMonth).isAfter(stopFrom) ? YearMonth.parse(c.startMonth) : stopFrom;
      Object.assign(c, { status: 'STOPPED', reason: 'DECEASED', stopFromMonth: stopMonth.toString() });
      await manager.save(c);
      await this.audit.record(manager, { actor: ACTOR, action: `${c.program.toLowerCase()}.stop`, entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(c), reason: 'DECEASED' });
    }

    const policy = nobodyLeft ? null : await DibaoPolicy.load(this.policy, manager);
    await detectOverpayment(manager, emit, this.audit, c, residentId, stopFrom, (month) => (policy ? policy.benefitFen(household.area, members, month) : 0), eventId);
  }
}

