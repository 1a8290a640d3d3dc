import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MonitoringService } from '../monitoring/monitoring.service';
import { assertNotCovered } from '../one-guarantee/one-guarantee';
import { startEnrollments, stopEnrollments } from '../cases/enrollment-events';
import { Household, HouseholdMember } from '../households/household.entity';
import { householdWithinDivision } from '../households/households.service';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { caseNotFound, toCaseResponse, transitionCase } from '../cases/case-transition';
import { DibaoPolicy } from './dibao-policy';
import type { AssessmentResponse, CaseResponse, StopReason } from '../cases/dto/case.dto';
import { assertPublicNoticeOver } from './public-notice.service';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { firstPaidMonth } from './rules/public-notice.rule';
import { dibaoIneligibility } from './rules/dibao-benefit.rule';
import { singlePersonIneligibility } from './rules/single-person.rule';
import { reviewDueOn } from '../reviews/rules/review-due.rule';
import type { SocialAssistancePolicies } from '../policy-catalogue';

const OPEN_STATUSES = ['APPLIED', 'IN_PUBLIC_NOTICE', 'APPROVED', 'ACTIVE', 'SUSPENDED'] as const;

/** 低保 applications and their lifecycle; every change with its audit entry and events in one transaction. */
@Injectable()
export class DibaoService {
  constructor(
    readonly dataSource: DataSource,
    readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    readonly audit: AuditService,
    private readonly monitoring: MonitoringService,
  ) {}

  /** `singlePersonId`: 单人户, the one member applying alone. */
  async apply(householdId: string, singlePersonId: string | undefined, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    const residentId = singlePersonId?.toUpperCase() ?? null;
    return this.dataSource.transaction(async (manager) => {
      const household = await householdWithinDivision(manager, householdId, principal, true);
      const open = await manager.countBy(AssistanceCase, { householdId, program: 'DIBAO', status: In([...OPEN_STATUSES]) });
      if (open > 0) throw new ProblemException({ status: 409, code: 'DIBAO.OPEN_CASE_EXISTS', detail: 'The household already has an open 低保 case.' });
      const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId }), YearMonth.fromDate(today));
      if (residentId && !living.some((m) => m.residentId === residentId)) {
        throw new ProblemException({ status: 422, code: 'DIBAO.NOT_A_MEMBER', detail: 'The single person is not a living member of the household.' });
      }
      await assertNotCovered(manager, residentId ? [residentId] : living.map((m) => m.residentId), firstPaidMonth(today), { area: 'DIBAO', field: () => 'householdId' });
      const assessment = await this.assess(manager, household, residentId, YearMonth.fromDate(today));
      const saved = await manager.save(manager.create(AssistanceCase, { program: 'DIBAO', householdId, residentId, status: 'APPLIED', appliedOn: today, appliedBy: principal.sub }));
      await this.audit.record(manager, { actor: principal, action: 'dibao.applied', entityType: 'assistance-case', entityId: saved.id, after: { ...toCaseResponse(saved), assessment } });
      return toCaseResponse(saved, { assessment });
    });
  }

  async get(id: string, principal: Principal): Promise<CaseResponse> {
    const c = await this.dataSource.manager.findOneBy(AssistanceCase, { id });
    if (!c || c.program !== 'DIBAO') throw caseNotFound('DIBAO');
    const household = await householdWithinDivision(this.dataSource.manager, c.householdId, principal);
    return toCaseResponse(c, { assessment: await this.assess(this.dataSource.manager, household, c.residentId, this.clock.currentMonth()) });
  }

  /** Approval by someone other than the clerk who took the application (four eyes). */
  async approve(id: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'DIBAO', id, 'APPROVE', principal, async (manager, c) => {
      await assertPublicNoticeOver(manager, c, today);
      const household = await manager.findOneByOrFail(Household, { id: c.householdId });
      // Judged with the standard of the first month to be paid (DOMAIN §1).
      const start = firstPaidMonth(today);
      const assessment = await this.assess(manager, household, c.residentId, start);
      if (!assessment.eligible) {
        throw new ProblemException({
          status: 422,
          code: 'DIBAO.NOT_ELIGIBLE',
          detail: `The household is not eligible in ${start.toString()}: ${assessment.ineligibility}.`,
          extensions: { reason: assessment.ineligibility, month: start.toString() },
        });
      }
      const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: c.householdId }), start).filter((m) => c.residentId === null || m.residentId === c.residentId);
      // One person, one guarantee; the enrollments below are the claims the database keeps unique.
      await assertNotCovered(manager, living.map((m) => m.residentId), start, { area: 'DIBAO' });
      const policy = await DibaoPolicy.load(this.policy, manager);
      const month = YearMonth.fromDate(today);
      const stability = living.map((m) => ({ categories: policy.categoriesOf(m, month) }));
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, startMonth: start.toString(), reviewDueOn: reviewDueOn(today, stability, policy.reviewIntervals(month)) });
      await startEnrollments(manager, this.publisher, c, living.map((m) => m.residentId), start, today);
    });
  }

  async reject(id: string, reason: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'DIBAO', id, 'REJECT', principal, async (manager, c) => {
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, reason });
      // 低保边缘: turned down for income between the standard and the borderline line → dynamic monitoring.
      await this.monitoring.enterOnRejection(manager, c.householdId, principal);
    });
  }

  async suspend(id: string, reason: string, principal: Principal): Promise<CaseResponse> {
    return transitionCase(this, 'DIBAO', id, 'SUSPEND', principal, async (_manager, c) => {
      c.reason = reason;
    });
  }

  async resume(id: string, principal: Principal): Promise<CaseResponse> {
    return transitionCase(this, 'DIBAO', id, 'RESUME', principal, async () => undefined);
  }

  async stop(id: string, reason: StopReason, fromMonth: string | undefined, principal: Principal): Promise<CaseResponse> {
    const stopFrom = fromMonth ? YearMonth.parse(fromMonth) : this.clock.currentMonth().next();
    return transitionCase(this, 'DIBAO', id, 'STOP', principal, async (manager, c) => {
      Object.assign(c, { reason, stopFromMonth: stopFrom.toString() });
      await stopEnrollments(manager, this.publisher, c, stopFrom, reason);
    });
  }

  private async assess(manager: EntityManager, household: Household, singlePersonId: string | null, month: YearMonth): Promise<AssessmentResponse> {
    const policy = await DibaoPolicy.load(this.policy, manager);
    const members = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: household.id }), month);
    const standard = policy.standard(household.area, month);
    const householdCheck = dibaoIneligibility({ members, financialAssetsFen: household.financialAssetsFen, standard, assetLimitMonths: policy.assetLimitMonths(month) });
    const person = members.find((m) => m.residentId === singlePersonId);
    const covered = singlePersonId ? (person ? [person] : []) : members;
    const ineligibility = !singlePersonId
      ? householdCheck
      : !person
        ? 'NO_MEMBERS'
        : householdCheck === 'ASSETS_ABOVE_LIMIT'
          ? householdCheck
          : singlePersonIneligibility({ person, household: members, standard, borderlineFactor: policy.singlePersonBorderlineFactor(month) });
    return { month: month.toString(), eligible: ineligibility === null, ineligibility, benefitFen: ineligibility ? 0 : policy.benefitFen(household.area, covered, month) };
  }
}
