import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { CashPlusEligibilityService, notEligible } from './cash-plus-eligibility';
import { CashPlusSettlement } from './cash-plus-settlement.entity';
import { CashPlusVisit } from './cash-plus-visit.entity';
import { planWithinDivision } from './cash-plus-plans.service';
import type { RecordVisitDto } from './dto/cash-plus.dto';
import type { CashPlusVisitResponse } from './dto/cash-plus-responses.dto';
import { reviewProblem, VISIT_PROBLEM_FIELD, visitMonth, visitProblem, type VisitProblem } from './rules/visit.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

/** The problem code (written out, so the console's catalogue finds it) and detail of each refusal. */
const VISIT_PROBLEMS: Record<VisitProblem, { code: string; detail: string }> = {
  VISIT_IN_FUTURE: { code: 'CASH_PLUS.VISIT_IN_FUTURE', detail: 'A visit is recorded once it has taken place.' },
  OUTSIDE_PLAN_PERIOD: { code: 'CASH_PLUS.OUTSIDE_PLAN_PERIOD', detail: "The visit's date lies outside the plan's period." },
  AFTER_DEATH: { code: 'CASH_PLUS.AFTER_DEATH', detail: 'The visit is dated after the death of the person.' },
  SERVICE_NOT_IN_PLAN: { code: 'CASH_PLUS.SERVICE_NOT_IN_PLAN', detail: 'The service is not one of the plan.' },
  ABOVE_VISITS_PER_MONTH: { code: 'CASH_PLUS.ABOVE_VISITS_PER_MONTH', detail: "The plan's visits of that month are all recorded." },
};

export function toVisitResponse(v: CashPlusVisit): CashPlusVisitResponse {
  const { id, planId, providerId, visitedOn, month, service, durationMinutes, note, status, recordedBy, confirmedBy, confirmedOn, disputedBy, disputedOn, disputeReason, settlementId } = v;
  return { id, planId, providerId, visitedOn, month, service, durationMinutes, note, status, recordedBy, confirmedBy, confirmedOn, disputedBy, disputedOn, disputeReason, settlementId };
}

/** 409 CASH_PLUS.MONTH_SETTLED once the provider's month is settled: later visits would never be paid. */
async function assertMonthOpen(manager: EntityManager, providerId: string, month: string): Promise<void> {
  if (await manager.existsBy(CashPlusSettlement, { providerId, month })) {
    throw new ProblemException({ status: 409, code: 'CASH_PLUS.MONTH_SETTLED', detail: `The provider's settlement of ${month} is drawn up.`, errors: [{ field: 'visitedOn', code: 'MONTH_SETTLED', message: `${month} is settled` }] });
  }
}

/** Visits the provider records on a plan, confirmed by a caseworker other than who recorded them. */
@Injectable()
export class CashPlusVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eligibility: CashPlusEligibilityService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(planId: string, dto: RecordVisitDto, principal: Principal): Promise<CashPlusVisitResponse> {
    return this.dataSource.transaction(async (manager) => {
      // The plan's row serialises its visits: the monthly count cannot be passed by two at once.
      const plan = await planWithinDivision(manager, planId, principal, true);
      const month = visitMonth(dto.visitedOn);
      const recordedInMonth = await manager.countBy(CashPlusVisit, { planId, month, status: Not('DISPUTED') });
      const judged = await this.eligibility.judge(manager, plan.residentId, month);
      const problem = visitProblem(plan, { visitedOn: dto.visitedOn, service: dto.service, today: this.clock.today(), deceasedOn: judged.facts.deceasedOn, recordedInMonth });
      if (problem) {
        const { code, detail } = VISIT_PROBLEMS[problem];
        throw new ProblemException({ status: 422, code, detail, errors: [{ field: VISIT_PROBLEM_FIELD[problem], code: problem, message: detail }] });
      }
      // A death is judged by the visit's date above; in the month of death the person was still served.
      if (!judged.eligibility.eligible && judged.eligibility.reason !== 'DECEASED') throw notEligible(judged, 'visitedOn');
      await assertMonthOpen(manager, plan.providerId, month);
      if (await manager.existsBy(CashPlusVisit, { planId, visitedOn: dto.visitedOn, service: dto.service, status: Not('DISPUTED') })) {
        throw new ProblemException({ status: 409, code: 'CASH_PLUS.VISIT_DUPLICATE', detail: 'This service is already recorded on this day.', errors: [{ field: 'visitedOn', code: 'VISIT_DUPLICATE', message: 'already recorded' }] });
      }
      const visit = await manager.save(
        manager.create(CashPlusVisit, { planId, providerId: plan.providerId, visitedOn: dto.visitedOn, month, service: dto.service, durationMinutes: dto.durationMinutes, note: dto.note?.trim() || null, status: 'RECORDED', recordedBy: principal.sub, confirmedBy: null, confirmedOn: null, disputedBy: null, disputedOn: null, disputeReason: null, settlementId: null }),
      );
      await this.audit.record(manager, { actor: principal, action: 'cash-plus.visit.recorded', entityType: 'cash-plus-visit', entityId: visit.id, after: toVisitResponse(visit) });
      return toVisitResponse(visit);
    });
  }

  /** A caseworker accepts the visit for payment. */
  async confirm(id: string, principal: Principal): Promise<CashPlusVisitResponse> {
    return this.review(id, principal, 'cash-plus.visit.confirmed', { status: 'CONFIRMED', confirmedBy: principal.sub, confirmedOn: this.clock.today() });
  }

  /** A caseworker does not accept the visit: it is not paid, and no longer counts in its month. */
  async dispute(id: string, reason: string, principal: Principal): Promise<CashPlusVisitResponse> {
    return this.review(id, principal, 'cash-plus.visit.disputed', { status: 'DISPUTED', disputedBy: principal.sub, disputedOn: this.clock.today(), disputeReason: reason.trim() });
  }

  /**
   * Four eyes and once: 403 CASH_PLUS.VISIT_SAME_PERSON for who recorded it, 409
   * CASH_PLUS.VISIT_ALREADY_CONFIRMED / CASH_PLUS.VISIT_DISPUTED once decided, 409
   * CASH_PLUS.MONTH_SETTLED once the month is settled.
   */
  private async review(id: string, principal: Principal, action: string, decision: Partial<CashPlusVisit>): Promise<CashPlusVisitResponse> {
    return this.dataSource.transaction(async (manager) => {
      const visit = await manager.findOne(CashPlusVisit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!visit) throw new ProblemException({ status: 404, code: 'CASH_PLUS.VISIT_NOT_FOUND', detail: `No "物质+服务" visit ${id}.` });
      await planWithinDivision(manager, visit.planId, principal);
      const problem = reviewProblem(visit, principal.sub);
      if (problem === 'VISIT_ALREADY_CONFIRMED') throw new ProblemException({ status: 409, code: 'CASH_PLUS.VISIT_ALREADY_CONFIRMED', detail: `Confirmed by ${visit.confirmedBy} on ${visit.confirmedOn}.` });
      if (problem === 'VISIT_DISPUTED') throw new ProblemException({ status: 409, code: 'CASH_PLUS.VISIT_DISPUTED', detail: `Disputed by ${visit.disputedBy} on ${visit.disputedOn}.` });
      if (problem === 'VISIT_SAME_PERSON') throw new ProblemException({ status: 403, code: 'CASH_PLUS.VISIT_SAME_PERSON', detail: 'A visit is confirmed or disputed by someone other than who recorded it.' });
      await assertMonthOpen(manager, visit.providerId, visit.month);
      const before = toVisitResponse(visit);
      Object.assign(visit, decision);
      await manager.update(CashPlusVisit, { id }, decision);
      await this.audit.record(manager, { actor: principal, action, entityType: 'cash-plus-visit', entityId: id, before, after: toVisitResponse(visit) });
      return toVisitResponse(visit);
    });
  }

  /** The visits of a plan, by date. */
  async ofPlan(planId: string, query: PageQuery, principal: Principal): Promise<Page<CashPlusVisitResponse>> {
    await planWithinDivision(this.dataSource.manager, planId, principal);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(CashPlusVisit, { where: { planId }, order: { visitedOn: 'ASC', service: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(rows.map(toVisitResponse), total, query);
  }
}
