import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { CashPlusEligibilityService, notEligible } from './cash-plus-eligibility';
import { CashPlusPlan } from './cash-plus-plan.entity';
import { pilotOn } from './cash-plus-policy';
import { providerWithinDivision } from './cash-plus-providers.service';
import type { CreatePlanDto } from './dto/cash-plus.dto';
import type { CashPlusEligibilityResponse, CashPlusPlanResponse } from './dto/cash-plus-responses.dto';
import { periodsOverlap, planProblem, type PlanProblem } from './rules/plan.rule';

/** The problem code (written out, so the console's catalogue finds it) and detail of each refusal. */
const PLAN_PROBLEMS: Record<PlanProblem['code'], { code: string; detail: string }> = {
  PERIOD_REVERSED: { code: 'CASH_PLUS.PERIOD_REVERSED', detail: 'The plan ends before it starts.' },
  OUTSIDE_PILOT: { code: 'CASH_PLUS.OUTSIDE_PILOT', detail: 'A plan lies within the "物质+服务" pilot (the period of the programme budget in force).' },
  SERVICE_NOT_OFFERED: { code: 'CASH_PLUS.SERVICE_NOT_OFFERED', detail: 'The provider does not offer every service of the plan.' },
};

export function toPlanResponse(p: CashPlusPlan): CashPlusPlanResponse {
  const { id, residentId, name, category, regionCode, providerId, services, visitsPerMonth, fromDate, toDate, createdBy } = p;
  return { id, residentId, name, category, regionCode, providerId, services, visitsPerMonth, fromDate, toDate, createdBy };
}

/** The plan, or 404 CASH_PLUS.PLAN_NOT_FOUND; 403 when the person lives outside the caller's division. */
export async function planWithinDivision(manager: EntityManager, id: string, principal: Principal, lock = false): Promise<CashPlusPlan> {
  const plan = await manager.findOne(CashPlusPlan, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!plan) throw new ProblemException({ status: 404, code: 'CASH_PLUS.PLAN_NOT_FOUND', detail: `No "物质+服务" service plan ${id}.` });
  assertWithinDivision(principal, plan.regionCode, 'regionCode');
  return plan;
}

/** One service plan per person at a time, for people the programme serves, within the pilot. */
@Injectable()
export class CashPlusPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly eligibility: CashPlusEligibilityService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreatePlanDto, principal: Principal): Promise<CashPlusPlanResponse> {
    const residentId = dto.residentId.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      // Plans of one person are made one at a time across replicas (one plan at a time per person).
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cash-plus-plan:${residentId}`]);
      const provider = await providerWithinDivision(manager, dto.providerId, principal, 'providerId');
      const pilot = await pilotOn(this.policy, dto.fromDate, manager);
      const problem = planProblem({ from: dto.fromDate, to: dto.toDate, services: dto.services }, pilot?.period ?? null, provider.services);
      if (problem) {
        const { code, detail } = PLAN_PROBLEMS[problem.code];
        throw new ProblemException({ status: 422, code, detail, errors: [{ field: problem.field, code: problem.code, message: detail }] });
      }
      const judged = await this.eligibility.judge(manager, residentId, YearMonth.fromDate(dto.fromDate).toString());
      if (!judged.eligibility.eligible || judged.regionCode === null) throw notEligible(judged, 'residentId');
      assertWithinDivision(principal, judged.regionCode, 'residentId');
      const existing = await manager.findBy(CashPlusPlan, { residentId });
      const overlapping = existing.find((p) => periodsOverlap({ from: p.fromDate, to: p.toDate }, { from: dto.fromDate, to: dto.toDate }));
      if (overlapping) {
        throw new ProblemException({ status: 409, code: 'CASH_PLUS.PLAN_OVERLAPS', detail: `The person has a plan from ${overlapping.fromDate} to ${overlapping.toDate}: one plan at a time.`, errors: [{ field: 'fromDate', code: 'PLAN_OVERLAPS', message: 'overlaps an existing plan' }], extensions: { planId: overlapping.id } });
      }
      const plan = await manager.save(
        manager.create(CashPlusPlan, {
          residentId,
          name: judged.name ?? '',
          category: judged.eligibility.category,
          regionCode: judged.regionCode,
          providerId: provider.id,
          services: dto.services,
          visitsPerMonth: dto.visitsPerMonth,
          fromDate: dto.fromDate,
          toDate: dto.toDate,
          createdBy: principal.sub,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'cash-plus.plan.created', entityType: 'cash-plus-plan', entityId: plan.id, after: { ...toPlanResponse(plan), residentId: maskResidentId(residentId) } });
      return toPlanResponse(plan);
    });
  }

  async get(id: string, principal: Principal): Promise<CashPlusPlanResponse> {
    return toPlanResponse(await planWithinDivision(this.dataSource.manager, id, principal));
  }

  /** A person's plans within the caller's division, the latest first. */
  async ofPerson(residentId: string, principal: Principal): Promise<CashPlusPlanResponse[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CashPlusPlan, 'p')
      .where('p.resident_id = :residentId AND p.region_code LIKE :prefix', { residentId: residentId.toUpperCase(), prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('p.from_date', 'DESC')
      .getMany();
    return rows.map(toPlanResponse);
  }

  /** Whether the programme serves the person in a month, and why; 403 for a person living outside the caller's division. */
  async eligibilityOf(residentId: string, month: string, principal: Principal): Promise<CashPlusEligibilityResponse> {
    const judged = await this.eligibility.judge(this.dataSource.manager, residentId, month);
    if (judged.regionCode !== null) assertWithinDivision(principal, judged.regionCode, 'residentId');
    const e = judged.eligibility;
    return { residentId: judged.residentId, month, eligible: e.eligible, category: e.eligible ? e.category : null, reason: e.eligible ? null : e.reason };
  }
}
