import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { CreateSettlementDto } from './dto/home-care.dto';
import { HomeCareOrder } from './home-care-order.entity';
import { HomeCareProvider } from './home-care-provider.entity';
import { HomeCareSettlement } from './home-care-settlement.entity';
import { mayApprove, settlementTotals } from './rules/settlement.rule';
import { payApprovedSettlement, settlementPaymentsPage, type SettlementPaymentView } from './settlement-payables';
import type { Page, PageQuery } from '@app/common/http/page-query.dto';

const notFound = (id: string) => new ProblemException({ status: 404, code: 'HOME_CARE.SETTLEMENT_NOT_FOUND', detail: `no settlement ${id}` });

@Injectable()
export class SettlementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly publisher: EventPublisher,
  ) {}

  /**
   * Settles a provider's confirmed visits of a month that is over (by check-out month): one
   * settlement per (provider, month); asking again returns the existing one unchanged.
   */
  async create(dto: CreateSettlementDto, actor: Principal): Promise<{ created: boolean; settlement: HomeCareSettlement }> {
    const month = YearMonth.parse(dto.month);
    if (!month.isBefore(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'HOME_CARE.SETTLEMENT_MONTH_OPEN', detail: `${dto.month} is not over yet`, errors: [{ field: 'month', code: 'monthNotOver', message: 'must be a past month' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      // The provider's row serialises settlements of the provider across replicas.
      const provider = await manager.findOne(HomeCareProvider, { where: { id: dto.providerId }, lock: { mode: 'pessimistic_write' } });
      if (!provider) throw new ProblemException({ status: 404, code: 'HOME_CARE.PROVIDER_NOT_FOUND', detail: `no provider ${dto.providerId}`, errors: [{ field: 'providerId', code: 'notFound', message: 'no such provider' }] });
      assertWithinDivision(actor, provider.divisionCode, 'providerId');
      const existing = await manager.findOneBy(HomeCareSettlement, { providerId: provider.id, month: dto.month });
      if (existing) return { created: false, settlement: existing };
      const orders = await manager.findBy(HomeCareOrder, { providerId: provider.id, serviceMonth: dto.month, status: 'CONFIRMED' });
      const totals = settlementTotals(orders);
      const settlement = await manager.save(manager.create(HomeCareSettlement, { providerId: provider.id, month: dto.month, ...totals, status: 'DRAFT', createdBy: actor.sub, approvedBy: null, approvedAt: null }));
      if (orders.length > 0) await manager.update(HomeCareOrder, { id: In(orders.map((o) => o.id)) }, { status: 'SETTLED', settlementId: settlement.id });
      await this.audit.record(manager, { actor, action: 'home-care.settlement.created', entityType: 'home-care-settlement', entityId: settlement.id, after: { providerId: provider.id, month: dto.month, ...totals, orderIds: orders.map((o) => o.id) } });
      return { created: true, settlement };
    });
  }

  /** Four eyes: 403 HOME_CARE.SETTLEMENT_SAME_PERSON when the maker approves their own settlement. */
  async approve(id: string, actor: Principal): Promise<HomeCareSettlement> {
    return this.dataSource.transaction(async (manager) => {
      const settlement = await manager.findOne(HomeCareSettlement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!settlement) throw notFound(id);
      const provider = await manager.findOneByOrFail(HomeCareProvider, { id: settlement.providerId });
      assertWithinDivision(actor, provider.divisionCode, 'providerId');
      if (settlement.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'HOME_CARE.SETTLEMENT_ALREADY_APPROVED', detail: `approved by ${settlement.approvedBy}` });
      if (!mayApprove(settlement.createdBy, actor.sub)) {
        throw new ProblemException({ status: 403, code: 'HOME_CARE.SETTLEMENT_SAME_PERSON', detail: 'a settlement is approved by someone other than its maker' });
      }
      const change = { status: 'APPROVED' as const, approvedBy: actor.sub, approvedAt: this.clock.now() };
      await manager.update(HomeCareSettlement, { id }, change);
      const approved = { ...settlement, ...change };
      // The subsidy goes to 一卡通 in the approval's transaction: approved means on its way to the bank.
      await payApprovedSettlement(manager, approved, provider.providerName, async (chunk) => {
        await this.publisher.publish(manager, 'elderly-care.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, { actor, action: 'home-care.settlement.approved', entityType: 'home-care-settlement', entityId: id, before: { status: settlement.status }, after: change });
      return approved;
    });
  }

  async get(id: string): Promise<HomeCareSettlement> {
    const settlement = await this.dataSource.getRepository(HomeCareSettlement).findOneBy({ id });
    if (!settlement) throw notFound(id);
    return settlement;
  }

  /** What the settlement paid through 一卡通, with the bank's outcome per line. */
  async payments(id: string, query: PageQuery): Promise<Page<SettlementPaymentView>> {
    await this.get(id);
    return settlementPaymentsPage(this.dataSource.manager, id, query);
  }
}
