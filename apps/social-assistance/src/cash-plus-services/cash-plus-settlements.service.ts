import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { payApprovedSettlement, settlementPaymentsPage, type SettlementPaymentView } from '@app/common/payables/settlement-lines';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { CASH_PLUS_KEYS, periodMonths, pilotOfMonth } from './cash-plus-policy';
import { providerWithinDivision } from './cash-plus-providers.service';
import { approvedFenBetween, CASH_PLUS_PAYABLES, toSettlementResponse } from './cash-plus-settlement-payables';
import { CashPlusSettlement } from './cash-plus-settlement.entity';
import { CashPlusVisit } from './cash-plus-visit.entity';
import type { CreateSettlementDto, SettlementListQuery } from './dto/cash-plus.dto';
import type { CashPlusBudgetResponse, CashPlusSettlementResponse, CreatedSettlementResponse } from './dto/cash-plus-responses.dto';
import { budgetDecision, mayApprove, settlementAmountFen } from './rules/settlement.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

const notFound = (id: string) => new ProblemException({ status: 404, code: 'CASH_PLUS.SETTLEMENT_NOT_FOUND', detail: `No "物质+服务" settlement ${id}.` });

/** Providers' monthly settlements: confirmed visits × price per visit, approved within the budget by a second person. */
@Injectable()
export class CashPlusSettlementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
  ) {}

  /** One settlement per (provider, month) of a month that is over; asking again returns it unchanged. */
  async create(dto: CreateSettlementDto, principal: Principal): Promise<CreatedSettlementResponse> {
    const month = YearMonth.parse(dto.month);
    if (!month.isBefore(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'CASH_PLUS.SETTLEMENT_MONTH_OPEN', detail: `${dto.month} is not over yet.`, errors: [{ field: 'month', code: 'SETTLEMENT_MONTH_OPEN', message: 'must be a past month' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      // The provider's row serialises its settlements, and visits of the month check for one.
      const provider = await providerWithinDivision(manager, dto.providerId, principal, 'providerId', true);
      const existing = await manager.findOneBy(CashPlusSettlement, { providerId: provider.id, month: dto.month });
      if (existing) return { created: false, settlement: await toSettlementResponse(manager, existing) };
      const pricePerVisitFen = await this.policy.valueForMonth(CASH_PLUS_KEYS.pricePerVisit, month, manager);
      const visits = await manager.find(CashPlusVisit, { where: { providerId: provider.id, month: dto.month }, lock: { mode: 'pessimistic_write' } });
      const confirmed = visits.filter((v) => v.status === 'CONFIRMED');
      const count = (status: CashPlusVisit['status']): number => visits.filter((v) => v.status === status).length;
      const amountFen = settlementAmountFen(confirmed.length, pricePerVisitFen);
      const settlement = await manager.save(
        manager.create(CashPlusSettlement, { providerId: provider.id, month: dto.month, visits: confirmed.length, unconfirmedVisits: count('RECORDED'), disputedVisits: count('DISPUTED'), pricePerVisitFen, amountFen, status: 'DRAFT', createdBy: principal.sub, approvedBy: null, approvedAt: null }),
      );
      if (confirmed.length > 0) await manager.update(CashPlusVisit, { id: In(confirmed.map((v) => v.id)) }, { settlementId: settlement.id });
      await this.audit.record(manager, { actor: principal, action: 'cash-plus.settlement.created', entityType: 'cash-plus-settlement', entityId: settlement.id, after: { providerId: provider.id, month: dto.month, visits: confirmed.length, pricePerVisitFen, amountFen } });
      return { created: true, settlement: await toSettlementResponse(manager, settlement) };
    });
  }

  /**
   * Four eyes (403 CASH_PLUS.SETTLEMENT_SAME_PERSON) and the budget (422 CASH_PLUS.BUDGET_EXCEEDED);
   * in the same transaction the settlement's lines go to payments as social-assistance.payables.approved.v1.
   */
  async approve(id: string, principal: Principal): Promise<CashPlusSettlementResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Approvals count against one budget: one at a time across replicas.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['cash-plus-budget']);
      const settlement = await manager.findOne(CashPlusSettlement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!settlement) throw notFound(id);
      const provider = await providerWithinDivision(manager, settlement.providerId, principal, 'providerId');
      if (settlement.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'CASH_PLUS.SETTLEMENT_ALREADY_APPROVED', detail: `Approved by ${settlement.approvedBy}.` });
      if (!mayApprove(settlement.createdBy, principal.sub)) throw new ProblemException({ status: 403, code: 'CASH_PLUS.SETTLEMENT_SAME_PERSON', detail: 'A settlement is approved by someone other than its maker.' });
      const pilot = await pilotOfMonth(this.policy, settlement.month, manager);
      const { fromMonth, toMonth } = periodMonths(pilot.period);
      const decision = budgetDecision({ budgetFen: pilot.budgetFen, approvedFen: await approvedFenBetween(manager, fromMonth, toMonth), amountFen: settlement.amountFen });
      if (!decision.withinBudget) {
        throw new ProblemException({ status: 422, code: 'CASH_PLUS.BUDGET_EXCEEDED', detail: `The settlement exceeds the remaining "物质+服务" budget by ${decision.shortFen} fen.`, extensions: { remainingFen: decision.remainingFen, shortFen: decision.shortFen } });
      }
      const change = { status: 'APPROVED' as const, approvedBy: principal.sub, approvedAt: this.clock.now() };
      await manager.update(CashPlusSettlement, { id }, change);
      const approved = Object.assign(settlement, change);
      await payApprovedSettlement(manager, CASH_PLUS_PAYABLES, { id, payeeId: provider.id, payeeName: provider.name, month: settlement.month, amountFen: settlement.amountFen, approvedBy: principal.sub }, async (chunk) => {
        await this.publisher.publish(manager, 'social-assistance.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, { actor: principal, action: 'cash-plus.settlement.approved', entityType: 'cash-plus-settlement', entityId: id, before: { status: 'DRAFT' }, after: { ...change, amountFen: settlement.amountFen, remainingFen: decision.remainingFen } });
      return toSettlementResponse(manager, approved);
    });
  }

  async get(id: string, principal: Principal): Promise<CashPlusSettlementResponse> {
    const manager = this.dataSource.manager;
    const settlement = await manager.findOneBy(CashPlusSettlement, { id });
    if (!settlement) throw notFound(id);
    await providerWithinDivision(manager, settlement.providerId, principal, 'providerId');
    return toSettlementResponse(manager, settlement);
  }

  /** The settlement's 一卡通 lines (its own, re-issues it carries) with the bank's outcome. */
  async payments(id: string, query: PageQuery, principal: Principal): Promise<Page<SettlementPaymentView>> {
    await this.get(id, principal);
    return settlementPaymentsPage(this.dataSource.manager, CASH_PLUS_PAYABLES, id, query);
  }

  /** Settlements of a month of providers in the caller's division. */
  async listForMonth(query: SettlementListQuery, principal: Principal): Promise<Page<CashPlusSettlementResponse>> {
    const manager = this.dataSource.manager;
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await manager
      .createQueryBuilder(CashPlusSettlement, 's')
      .innerJoin('cash_plus_provider', 'p', 'p.id = s.provider_id')
      .where('s.month = :month AND p.division_code LIKE :prefix', { month: query.month, prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('s.created_at')
      .addOrderBy('s.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(await Promise.all(rows.map((s) => toSettlementResponse(manager, s))), total, query);
  }

  /** The programme's budget in force for a month (the pilot's, city-wide), what approved settlements spent of it and what remains. */
  async budget(month: string): Promise<CashPlusBudgetResponse> {
    const pilot = await pilotOfMonth(this.policy, month);
    const { fromMonth, toMonth } = periodMonths(pilot.period);
    const approvedFen = await approvedFenBetween(this.dataSource.manager, fromMonth, toMonth);
    return { month, periodFrom: pilot.period.from, periodTo: pilot.period.to, budgetFen: pilot.budgetFen, approvedFen, remainingFen: Math.max(pilot.budgetFen - approvedFen, 0) };
  }
}
