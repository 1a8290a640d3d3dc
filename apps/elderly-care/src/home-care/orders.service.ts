import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, shanghaiDate } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { livingElderInScope } from '../elders/elder-scope';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import type { CancelOrderDto, CreateOrderDto, VisitTimeDto } from './dto/home-care.dto';
import { HomeCareItem } from './home-care-item.entity';
import { HomeCareOrder } from './home-care-order.entity';
import { HomeCareProvider } from './home-care-provider.entity';
import { itemsInForce } from './rules/catalogue.rule';
import { checkOutProblem, MIN_VISIT_MINUTES_POLICY_KEY, nextStatus, OPEN_ORDER_STATUSES, type OrderAction } from './rules/order-lifecycle.rule';

const timeInvalid = (detail: string) => new ProblemException({ status: 422, code: 'HOME_CARE.TIME_INVALID', detail, errors: [{ field: 'at', code: 'invalidTime', message: detail }] });

@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
    private readonly audit: AuditService,
  ) {}

  /** An order of a catalogue item in force today; its price and subsidy are fixed now. */
  async create(dto: CreateOrderDto, actor: Principal): Promise<HomeCareOrder> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const elder = await livingElderInScope(manager, dto.residentId, actor);
      const [item] = itemsInForce(await manager.findBy(HomeCareItem, { code: dto.itemCode }), today);
      if (!item) {
        throw new ProblemException({ status: 422, code: 'HOME_CARE.ITEM_NOT_AVAILABLE', detail: `no catalogue item ${dto.itemCode} in force on ${today}`, errors: [{ field: 'itemCode', code: 'notInCatalogue', message: 'not in the catalogue today' }] });
      }
      const order = await manager.save(
        manager.create(HomeCareOrder, {
          residentId: elder.residentId,
          divisionCode: elder.region,
          itemId: item.id,
          itemCode: item.code,
          priceFen: item.priceFen,
          subsidyFen: item.subsidyFen,
          status: 'ORDERED',
          orderedOn: today,
          createdBy: actor.sub,
        }),
      );
      await this.audit.record(manager, { actor, action: 'home-care.order.ordered', entityType: 'home-care-order', entityId: order.id, after: { itemCode: item.code, priceFen: item.priceFen, subsidyFen: item.subsidyFen } });
      return order;
    });
  }

  async assign(id: string, providerId: string, actor: Principal): Promise<HomeCareOrder> {
    return this.transition(id, 'assign', actor, async (manager) => {
      if (!(await manager.existsBy(HomeCareProvider, { id: providerId }))) {
        throw new ProblemException({ status: 404, code: 'HOME_CARE.PROVIDER_NOT_FOUND', detail: `no provider ${providerId}`, errors: [{ field: 'providerId', code: 'notFound', message: 'no such provider' }] });
      }
      return { providerId };
    });
  }

  async checkIn(id: string, dto: VisitTimeDto, actor: Principal): Promise<HomeCareOrder> {
    const at = this.visitTime(dto);
    return this.transition(id, 'check-in', actor, async () => ({ checkedInAt: at }));
  }

  /** Refused (422 HOME_CARE.VISIT_TOO_SHORT) before the policy's minimum visit duration. */
  async checkOut(id: string, dto: VisitTimeDto, actor: Principal): Promise<HomeCareOrder> {
    const at = this.visitTime(dto);
    return this.transition(id, 'check-out', actor, async (_manager, order) => {
      const checkedInAt = order.checkedInAt as Date;
      const minMinutes = await this.policy.valueForMonth(MIN_VISIT_MINUTES_POLICY_KEY, YearMonth.fromDate(shanghaiDate(checkedInAt)));
      const problem = checkOutProblem(checkedInAt, at, minMinutes);
      if (problem === 'BEFORE_CHECK_IN') throw timeInvalid('the check-out is before the check-in');
      if (problem === 'TOO_SHORT') {
        throw new ProblemException({ status: 422, code: 'HOME_CARE.VISIT_TOO_SHORT', detail: `a visit lasts at least ${minMinutes} minutes`, errors: [{ field: 'at', code: 'visitTooShort', message: `at least ${minMinutes} minutes after the check-in` }] });
      }
      return { checkedOutAt: at, serviceMonth: YearMonth.fromDate(shanghaiDate(at)).toString() };
    });
  }

  /** The elder confirms the visit took place (recorded by the operator or the elder's app). */
  async confirm(id: string, actor: Principal): Promise<HomeCareOrder> {
    return this.transition(id, 'confirm', actor, async () => ({ confirmedAt: this.clock.now() }));
  }

  async cancel(id: string, dto: CancelOrderDto, actor: Principal): Promise<HomeCareOrder> {
    return this.transition(id, 'cancel', actor, async () => ({ cancelReason: dto.reason }));
  }

  /** A death cancels every open order of the person. Returns how many. */
  async cancelOpenOrdersOf(manager: EntityManager, residentId: string, actor: AuditActor): Promise<number> {
    const rows: { id: string; status: string }[] = await manager.query(
      // A CTE so that the driver hands back plain rows (an UPDATE returns [rows, count]).
      `WITH open AS (SELECT id, status FROM home_care_order WHERE resident_id = $1 AND status = ANY($2) FOR UPDATE),
            changed AS (UPDATE home_care_order o SET status = 'CANCELLED', cancel_reason = 'DECEASED' FROM open WHERE o.id = open.id RETURNING o.id, open.status)
       SELECT id, status FROM changed`,
      [residentId, OPEN_ORDER_STATUSES],
    );
    for (const row of rows) {
      await this.audit.record(manager, { actor, action: 'home-care.order.cancel', entityType: 'home-care-order', entityId: row.id, before: { status: row.status }, after: { status: 'CANCELLED', cancelReason: 'DECEASED' } });
    }
    return rows.length;
  }

  async get(id: string): Promise<HomeCareOrder> {
    const order = await this.dataSource.getRepository(HomeCareOrder).findOneBy({ id });
    if (!order) throw new ProblemException({ status: 404, code: 'HOME_CARE.ORDER_NOT_FOUND', detail: `no order ${id}` });
    return order;
  }

  async listOf(residentId: string): Promise<HomeCareOrder[]> {
    return this.dataSource.getRepository(HomeCareOrder).find({ where: { residentId: residentId.toUpperCase() }, order: { createdAt: 'ASC' } });
  }

  private visitTime(dto: VisitTimeDto): Date {
    const now = this.clock.now();
    if (dto.at === undefined) return now;
    const at = new Date(dto.at);
    if (Number.isNaN(at.getTime()) || !/(Z|[+-]\d{2}:\d{2})$/i.test(dto.at)) throw timeInvalid('at must be an instant with its offset');
    if (at.getTime() > now.getTime()) throw timeInvalid('at must not be in the future');
    return at;
  }

  /** One step of the order flow: locked, within the caller's division, audited, one transaction. */
  private async transition(
    id: string,
    action: OrderAction,
    actor: Principal,
    changes: (manager: EntityManager, order: HomeCareOrder) => Promise<Partial<HomeCareOrder>>,
  ): Promise<HomeCareOrder> {
    return this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(HomeCareOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!order) throw new ProblemException({ status: 404, code: 'HOME_CARE.ORDER_NOT_FOUND', detail: `no order ${id}` });
      assertWithinDivision(actor, order.divisionCode, 'divisionCode');
      const status = nextStatus(order.status, action);
      if (!status) {
        throw new ProblemException({ status: 409, code: 'HOME_CARE.ORDER_WRONG_STATUS', detail: `cannot ${action} an order that is ${order.status}` });
      }
      const change = { ...(await changes(manager, order)), status };
      await manager.update(HomeCareOrder, { id }, change);
      await this.audit.record(manager, { actor, action: `home-care.order.${action}`, entityType: 'home-care-order', entityId: id, before: { status: order.status }, after: change });
      return { ...order, ...change };
    });
  }
}
