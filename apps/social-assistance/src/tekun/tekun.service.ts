import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { ageOn, parseResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AssistanceCase } from '../dibao/assistance-case.entity';
import { caseNotFound, toCaseResponse, transitionCase } from '../dibao/case-transition';
import type { CaseResponse, StopReason } from '../dibao/dto/dibao.dto';
import { paymentStartMonth } from '../dibao/rules/case-lifecycle';
import { startEnrolments, stopEnrolments } from '../enrolments/enrolment-events';
import { Household, HouseholdMember } from '../households/household.entity';
import type { ApplyTekunDto } from './dto/tekun.dto';
import { careLevel, tekunIneligibility } from './rules/tekun';
import { TekunPolicy } from './tekun-policy';

const OPEN_STATUSES = ['APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED'] as const;

/** 特困 applications for one person; ineligible applications are refused with the reason. */
@Injectable()
export class TekunService {
  constructor(
    readonly dataSource: DataSource,
    readonly publisher: EventPublisher,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
    readonly audit: AuditService,
  ) {}

  async apply(dto: ApplyTekunDto, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    const month = YearMonth.fromDate(today);
    const residentId = dto.residentId.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const household = await manager.findOne(Household, { where: { id: dto.householdId }, lock: { mode: 'pessimistic_write' } });
      if (!household) throw new ProblemException({ status: 404, code: 'HOUSEHOLD.NOT_FOUND', detail: 'No household with this id.' });
      const members = (await manager.findBy(HouseholdMember, { householdId: household.id })).filter((m) => m.deceasedOn === null);
      const person = members.find((m) => m.residentId === residentId);
      if (!person) throw new ProblemException({ status: 422, code: 'TEKUN.NOT_A_MEMBER', detail: 'The person is not a living member of the household.' });
      if ((await manager.countBy(AssistanceCase, { residentId, program: 'TEKUN', status: In([...OPEN_STATUSES]) })) > 0) {
        throw new ProblemException({ status: 409, code: 'TEKUN.OPEN_CASE_EXISTS', detail: 'The person already has an open 特困 case.' });
      }
      const policy = await TekunPolicy.load(this.policy, manager);
      const standard = policy.dibao.standard(household.area, month);
      const ineligibility = tekunIneligibility(
        {
          age: ageOn(parseResidentId(residentId, today).birthDate, today),
          severelyDisabled: person.categories.includes('SEVERELY_DISABLED'),
          monthlyIncomeFen: person.monthlyIncomeFen,
          dibaoStandard: standard,
          assetsWithinLimit: household.financialAssetsFen / members.length <= policy.dibao.assetLimitMonths(month) * standard,
          hasAbleSupporter: dto.hasAbleSupporter,
        },
        policy.ageLimits(month),
      );
      if (ineligibility) throw new ProblemException({ status: 422, code: 'TEKUN.NOT_ELIGIBLE', detail: `Not eligible: ${ineligibility}.` });
      const saved = await manager.save(
        manager.create(AssistanceCase, {
          program: 'TEKUN',
          householdId: household.id,
          residentId,
          careForm: dto.careForm,
          careLevel: careLevel(dto.unableActivities),
          status: 'APPLIED',
          appliedOn: today,
          appliedBy: principal.sub,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'tekun.applied', entityType: 'assistance-case', entityId: saved.id, after: toCaseResponse(saved) });
      return toCaseResponse(saved);
    });
  }

  async get(id: string): Promise<CaseResponse> {
    const c = await this.dataSource.manager.findOneBy(AssistanceCase, { id, program: 'TEKUN' });
    if (!c) throw caseNotFound('TEKUN');
    return toCaseResponse(c);
  }

  async approve(id: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'TEKUN', id, 'APPROVE', principal, async (manager, c, emit) => {
      const start = paymentStartMonth(today);
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, startMonth: start.toString() });
      await startEnrolments(manager, emit, c, [c.residentId!], start, today);
    });
  }

  async reject(id: string, reason: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'TEKUN', id, 'REJECT', principal, async (_manager, c) => {
      Object.assign(c, { decidedOn: today, decidedBy: principal.sub, reason });
    });
  }

  async stop(id: string, reason: StopReason, fromMonth: string | undefined, principal: Principal): Promise<CaseResponse> {
    const stopFrom = fromMonth ? YearMonth.parse(fromMonth) : this.clock.currentMonth().next();
    return transitionCase(this, 'TEKUN', id, 'STOP', principal, async (manager, c, emit) => {
      Object.assign(c, { reason, stopFromMonth: stopFrom.toString() });
      await stopEnrolments(manager, emit, c, stopFrom, reason);
    });
  }
}
