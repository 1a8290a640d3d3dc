import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Canteen } from '../canteens/canteen.entity';
import { Meal } from '../meals/meal.entity';
import { settlementTotals } from './rules/settlement-totals.rule';
import { ClosedMonths } from './closed-months';
import { lockCanteenMonth } from './settlement-lock';
import { payApprovedSettlement } from './settlement-payables';
import { settlementView, type SettlementView } from './settlement-view';
import { Settlement, SettlementLine } from './settlement.entity';

function refuse(status: number, code: string, detail: string): ProblemException {
  return new ProblemException({ status, code, detail });
}

@Injectable()
export class SettlementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
    private readonly closedMonths: ClosedMonths,
  ) {}

  /** Opens the month's settlement of a canteen: the meal log is the claim. The opener is its maker. */
  async open(canteenId: string, month: string, maker: Principal): Promise<SettlementView> {
    if (month >= this.clock.currentMonth().toString()) throw refuse(409, 'SETTLEMENT.MONTH_NOT_ENDED', `${month} has not ended`);
    return this.dataSource.transaction(async (manager) => {
      const canteen = await manager.findOneBy(Canteen, { id: canteenId });
      if (!canteen) throw refuse(404, 'CANTEEN.NOT_FOUND', `no canteen ${canteenId}`);
      assertWithinDivision(maker, canteen.region, 'canteenId');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Settlement)
        .values({ canteenId, month, operator: canteen.operator, status: 'OPEN', openedBy: maker.sub })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (inserted.raw as Array<{ id: string }>)[0];
      if (!row) throw refuse(409, 'SETTLEMENT.ALREADY_OPEN', `the settlement of ${month} for this canteen exists`);
      const settlement = await manager.findOneByOrFail(Settlement, { id: row.id });
      await this.syncLines(manager, settlement);
      await this.audit.record(manager, { actor: maker, action: 'settlement.opened', entityType: 'settlement', entityId: settlement.id, after: settlement });
      return settlementView(manager, settlement);
    });
  }

  async get(id: string): Promise<SettlementView> {
    const manager = this.dataSource.manager;
    return settlementView(manager, await this.find(manager, id));
  }

  async dispute(id: string, lineId: string, reason: string, actor: Principal): Promise<SettlementView> {
    return this.changeLine(id, lineId, ['CLAIMED', 'ACCEPTED'], { status: 'DISPUTED', disputeReason: reason }, actor, 'settlement.line-disputed');
  }

  async resolve(id: string, lineId: string, outcome: 'ACCEPT' | 'REJECT', actor: Principal): Promise<SettlementView> {
    return this.changeLine(id, lineId, ['DISPUTED'], { status: outcome === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED' }, actor, 'settlement.line-resolved');
  }

  /**
   * Approves for payment and closes the month for the canteen; emits canteen.settlement.approved.v1
   * and, in the same transaction, the payment lines as canteen.payables.approved.v1 for payments.
   */
  async approve(id: string, approver: Principal): Promise<SettlementView> {
    const approved = await this.dataSource.transaction(async (manager) => {
      const settlement = await this.find(manager, id);
      await this.assertCanteenInDivision(manager, approver, settlement.canteenId);
      await lockCanteenMonth(manager, settlement.canteenId, settlement.month, 'exclusive');
      const current = await manager.findOneOrFail(Settlement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current.status === 'APPROVED') throw refuse(409, 'SETTLEMENT.ALREADY_APPROVED', 'the settlement is approved already');
      if (current.openedBy === approver.sub) {
        throw refuse(403, 'SETTLEMENT.SAME_PERSON_APPROVAL', 'the person who opened the settlement cannot approve it');
      }
      const before = { ...current };
      await this.syncLines(manager, current);
      const lines = await manager.findBy(SettlementLine, { settlementId: id });
      const totals = settlementTotals(lines);
      if (totals.openDisputes > 0) throw refuse(409, 'SETTLEMENT.OPEN_DISPUTES', `${totals.openDisputes} disputed line(s) must be resolved first`);
      if (totals.subsidyFen < 0) {
        throw refuse(409, 'SETTLEMENT.NEGATIVE_BALANCE', `corrections exceed the month's claims by ${-totals.subsidyFen} fen; dispute and reject corrections to carry them further`);
      }
      Object.assign(current, { status: 'APPROVED', mealCount: totals.mealCount, subsidyFen: totals.subsidyFen, approvedBy: approver.sub, approvedAt: this.clock.now() });
      await manager.save(current);
      await this.publisher.publish(
        manager,
        'canteen.settlement.approved.v1',
        { settlementId: current.id, canteenId: current.canteenId, month: current.month, mealCount: totals.mealCount, subsidyFen: totals.subsidyFen, approvedBy: approver.sub },
      );
      await payApprovedSettlement(manager, current, async (chunk) => {
        await this.publisher.publish(manager, 'canteen.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, { actor: approver, action: 'settlement.approved', entityType: 'settlement', entityId: current.id, before, after: current });
      return settlementView(manager, current);
    });
    this.closedMonths.add(approved.canteenId, approved.month);
    return approved;
  }

  private async changeLine(
    id: string,
    lineId: string,
    from: SettlementLine['status'][],
    change: Partial<SettlementLine>,
    actor: Principal,
    action: string,
  ): Promise<SettlementView> {
    return this.dataSource.transaction(async (manager) => {
      const settlement = await manager.findOne(Settlement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!settlement) throw refuse(404, 'SETTLEMENT.NOT_FOUND', `no settlement ${id}`);
      await this.assertCanteenInDivision(manager, actor, settlement.canteenId);
      if (settlement.status === 'APPROVED') throw refuse(409, 'SETTLEMENT.ALREADY_APPROVED', 'an approved settlement cannot change');
      const line = await manager.findOneBy(SettlementLine, { id: lineId, settlementId: id });
      if (!line) throw refuse(404, 'SETTLEMENT.LINE_NOT_FOUND', `no line ${lineId} in settlement ${id}`);
      if (!from.includes(line.status)) throw refuse(409, 'SETTLEMENT.LINE_STATE', `the line is ${line.status}`);
      await manager.update(SettlementLine, { id: lineId }, change);
      await this.audit.record(manager, { actor, action, entityType: 'settlement-line', entityId: lineId, before: line, after: { ...line, ...change } });
      return settlementView(manager, settlement);
    });
  }

  /** Writes on a settlement are writes on its canteen: the canteen's region must lie in the caller's division. */
  private async assertCanteenInDivision(manager: EntityManager, actor: Principal, canteenId: string): Promise<void> {
    const canteen = await manager.findOneByOrFail(Canteen, { id: canteenId });
    assertWithinDivision(actor, canteen.region, 'canteenId');
  }

  /**
   * Brings the claim up to date with the meal log: meals recorded late join, meals voided since
   * (a death) leave unless someone already decided on them. A meal paid in an approved month of
   * the canteen and voided since is taken back here with a correction line (negative amount): an
   * approved settlement never changes.
   */
  private async syncLines(manager: EntityManager, settlement: Settlement): Promise<void> {
    await manager.query(
      `INSERT INTO settlement_line (settlement_id, meal_id, subsidy_fen, status, kind)
       SELECT $1, m.id, m.subsidy_fen, 'CLAIMED', 'CLAIM' FROM meal m
       WHERE m.canteen_id = $2 AND m.meal_date >= $3::date AND m.meal_date < ($3::date + interval '1 month')
         AND m.subsidised AND m.status = 'VALID'
       ON CONFLICT (meal_id, kind) DO NOTHING`,
      [settlement.id, settlement.canteenId, `${settlement.month}-01`],
    );
    await manager.query(
      `INSERT INTO settlement_line (settlement_id, meal_id, subsidy_fen, status, kind, corrects_settlement_id)
       SELECT $1, l.meal_id, -l.subsidy_fen, 'CLAIMED', 'CORRECTION', p.id
       FROM settlement p
       JOIN settlement_line l ON l.settlement_id = p.id AND l.kind = 'CLAIM' AND l.status IN ('CLAIMED', 'ACCEPTED')
       JOIN meal m ON m.id = l.meal_id AND m.status = 'VOID'
       WHERE p.canteen_id = $2 AND p.status = 'APPROVED' AND p.month < $3
       ON CONFLICT (meal_id, kind) DO NOTHING`,
      [settlement.id, settlement.canteenId, settlement.month],
    );
    const voided = await manager
      .createQueryBuilder(Meal, 'm')
      .select('m.id', 'id')
      .innerJoin(SettlementLine, 'l', 'l.meal_id = m.id')
      .where("l.settlement_id = :id AND l.kind = 'CLAIM' AND m.status = :void", { id: settlement.id, void: 'VOID' })
      .getRawMany<{ id: string }>();
    if (voided.length > 0) {
      await manager.delete(SettlementLine, { settlementId: settlement.id, mealId: In(voided.map((v) => v.id)), status: 'CLAIMED', kind: 'CLAIM' });
    }
  }

  private async find(manager: EntityManager, id: string): Promise<Settlement> {
    const settlement = await manager.findOneBy(Settlement, { id });
    if (!settlement) throw refuse(404, 'SETTLEMENT.NOT_FOUND', `no settlement ${id}`);
    return settlement;
  }
}
