import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { ageOn, parseResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { caseNotFound, toCaseResponse, transitionCase } from '../cases/case-transition';
import type { CaseResponse, StopReason } from '../cases/dto/case.dto';
import { inHouseholdInMonth, livingDibaoMembers, paymentStartMonth } from '../cases/rules/case-lifecycle.rule';
import { assertNotCovered } from '../one-guarantee/one-guarantee';
import { startEnrollments, stopEnrollments } from '../cases/enrollment-events';
import { HouseholdMember } from '../households/household.entity';
import { householdWithinDivision } from '../households/households.service';
import type { ApplyTekunDto } from './dto/tekun.dto';
import { minorAdmission } from './rules/school-recheck.rule';
import { careLevel, tekunIneligibility } from './rules/tekun.rule';
import { TekunPolicy } from './tekun-policy';
import type { SocialAssistancePolicies } from '../policy-catalogue';

const OPEN_STATUSES = ['APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED'] as const;

/** 特困 applications for one person; ineligible applications are refused with the reason. */
@Injectable()
export class TekunService {
  constructor(
    readonly dataSource: DataSource,
    readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    readonly audit: AuditService,
  ) {}

  async apply(dto: ApplyTekunDto, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    const month = YearMonth.fromDate(today);
    const residentId = dto.residentId.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const household = await householdWithinDivision(manager, dto.householdId, principal, true);
      const members = (await manager.findBy(HouseholdMember, { householdId: household.id })).filter((m) => m.deceasedOn === null && inHouseholdInMonth(m, month));
      const person = members.find((m) => m.residentId === residentId);
      if (!person) throw new ProblemException({ status: 422, code: 'TEKUN.NOT_A_MEMBER', detail: 'The person is not a living member of the household.' });
      if ((await manager.countBy(AssistanceCase, { residentId, program: 'TEKUN', status: In([...OPEN_STATUSES]) })) > 0) {
        throw new ProblemException({ status: 409, code: 'TEKUN.OPEN_CASE_EXISTS', detail: 'The person already has an open 特困 case.' });
      }
      const policy = await TekunPolicy.load(this.policy, manager);
      const standard = policy.dibao.standard(household.area, month);
      const birthDate = parseResidentId(residentId, today).birthDate;
      const age = ageOn(birthDate, today);
      const ageLimits = policy.ageLimits(month);
      const ineligibility = tekunIneligibility(
        {
          age,
          severelyDisabled: person.categories.includes('SEVERELY_DISABLED'),
          monthlyIncomeFen: person.monthlyIncomeFen,
          dibaoStandard: standard,
          assetsWithinLimit: household.financialAssetsFen / members.length <= policy.dibao.assetLimitMonths(month) * standard,
          hasAbleSupporter: dto.hasAbleSupporter,
          receivesOrphanAllowance: dto.receivesOrphanAllowance ?? false,
        },
        ageLimits,
      );
      if (ineligibility) throw new ProblemException({ status: 422, code: 'TEKUN.NOT_ELIGIBLE', detail: `Not eligible: ${ineligibility}.`, extensions: { reason: ineligibility } });
      const minor = age < ageLimits.minorUnder ? minorAdmission(birthDate, age, ageLimits, policy.minorCoverage(month)) : null;
      const saved = await manager.save(
        manager.create(AssistanceCase, {
          program: 'TEKUN',
          householdId: household.id,
          residentId,
          careForm: dto.careForm,
          careLevel: careLevel(dto.unableActivities),
          payeeInstitution: dto.careForm === 'CENTRAL' ? dto.institution!.trim() : null,
          // A minor: covered to 18, school re-checked then (not decided at admission).
          ...(minor ? { coveredUntil: minor.coveredUntil, schoolRecheckDueOn: minor.schoolRecheckDueOn } : { coveredUntil: null, schoolRecheckDueOn: null }),
          status: 'APPLIED',
          appliedOn: today,
          appliedBy: principal.sub,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'tekun.applied', entityType: 'assistance-case', entityId: saved.id, after: toCaseResponse(saved) });
      return toCaseResponse(saved);
    });
  }

  async get(id: string, principal: Principal): Promise<CaseResponse> {
    const c = await this.dataSource.manager.findOneBy(AssistanceCase, { id, program: 'TEKUN' });
    if (!c) throw caseNotFound('TEKUN');
    await householdWithinDivision(this.dataSource.manager, c.householdId, principal);
    return toCaseResponse(c);
  }

  async approve(id: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'TEKUN', id, 'APPROVE', principal, async (manager, c) => {
      const start = paymentStartMonth(today);
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, startMonth: start.toString() });
      // The person's 低保 coverage ends first, then the 特困 claim is taken (one open coverage per person).
      await this.transferFromDibao(manager, c.residentId!, start, principal);
      await assertNotCovered(manager, [c.residentId!], start, { area: 'TEKUN' });
      await startEnrollments(manager, this.publisher, c, [c.residentId!], start, today);
    });
  }

  /**
   * One person, one guarantee: from the month 特困 starts, the person is no longer counted in a
   * 低保 household (their enrollment stops, TRANSFERRED_TO_TEKUN, and the household is paid for the
   * others); a 低保 case covering only them (单人户, or nobody else left) stops.
   */
  private async transferFromDibao(manager: EntityManager, residentId: string, start: YearMonth, principal: Principal): Promise<void> {
    await manager.update(HouseholdMember, { residentId, dibaoExcludedFrom: IsNull() }, { dibaoExcludedFrom: start.toString() });
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT c.id FROM assistance_case c WHERE c.program = 'DIBAO' AND c.status IN ('APPROVED', 'ACTIVE', 'SUSPENDED')
         AND EXISTS (SELECT 1 FROM enrollment e WHERE e.case_id = c.id AND e.resident_id = $1 AND e.stop_from_month IS NULL)
       ORDER BY c.id FOR UPDATE`,
      [residentId],
    );
    for (const { id } of rows) {
      const dibaoCase = await manager.findOneByOrFail(AssistanceCase, { id });
      const before = toCaseResponse(dibaoCase);
      await stopEnrollments(manager, this.publisher, dibaoCase, start, 'TRANSFERRED_TO_TEKUN', { residentIds: [residentId] });
      const others = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: dibaoCase.householdId }), start);
      const stopsCase = dibaoCase.residentId !== null || others.length === 0;
      if (stopsCase) {
        const stopFrom = dibaoCase.startMonth && YearMonth.parse(dibaoCase.startMonth).isAfter(start) ? dibaoCase.startMonth : start.toString();
        Object.assign(dibaoCase, { status: 'STOPPED', reason: 'TRANSFERRED_TO_TEKUN', stopFromMonth: stopFrom });
        await manager.save(dibaoCase);
      }
      await this.audit.record(manager, {
        actor: principal,
        action: stopsCase ? 'dibao.stop' : 'dibao.member-transferred-to-tekun',
        entityType: 'assistance-case',
        entityId: id,
        before,
        after: { ...toCaseResponse(dibaoCase), transferredResidentId: residentId, fromMonth: start.toString() },
        reason: 'TRANSFERRED_TO_TEKUN',
      });
    }
  }

  async reject(id: string, reason: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'TEKUN', id, 'REJECT', principal, async (_manager, c) => {
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, reason });
    });
  }

  async stop(id: string, reason: StopReason, fromMonth: string | undefined, principal: Principal): Promise<CaseResponse> {
    const stopFrom = fromMonth ? YearMonth.parse(fromMonth) : this.clock.currentMonth().next();
    return transitionCase(this, 'TEKUN', id, 'STOP', principal, async (manager, c) => {
      Object.assign(c, { reason, stopFromMonth: stopFrom.toString() });
      await stopEnrollments(manager, this.publisher, c, stopFrom, reason);
    });
  }
}
