import { AuditService } from '@app/common/audit/audit.service';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllowanceLifecycle } from '../allowances/allowance-lifecycle';
import { Allowance } from '../allowances/allowance.entity';
import { HomeCareBedsService } from '../home-care/home-care-beds.service';
import { OrdersService } from '../home-care/orders.service';
import { InstitutionsService } from '../institutions/institutions.service';

const ACTOR = { system: 'elderly-care:death-registered' };

export interface DeathOutcome {
  stopped: number;
  overpaidFen: number;
  ordersCancelled: number;
  discharged: number;
  homeCareBedsEnded: number;
}

@Injectable()
export class DeathsService {
  constructor(
    private readonly lifecycle: AllowanceLifecycle,
    private readonly audit: AuditService,
    private readonly orders: OrdersService,
    private readonly homeCareBeds: HomeCareBedsService,
    private readonly institutions: InstitutionsService,
  ) {}

  /**
   * Every allowance and subsidy stops from the month after the death (the death month is paid in
   * full, DOMAIN §0); whatever the payroll paid for later months becomes an overpayment. Open home
   * care orders are cancelled, the person is discharged from their bed and any home care bed ends.
   */
  async deathRegistered(manager: EntityManager, data: EventOf<'civil-registration.death.registered.v1'>): Promise<DeathOutcome> {
    // A corrected, earlier date of death wins; a later duplicate changes nothing.
    await manager.query(
      `INSERT INTO deceased_resident (resident_id, death_id, date_of_death) VALUES ($1, $2, $3)
       ON CONFLICT (resident_id) DO UPDATE SET date_of_death = LEAST(deceased_resident.date_of_death, EXCLUDED.date_of_death)`,
      [data.residentId, data.deathId, data.dateOfDeath],
    );
    const stopFrom = YearMonth.fromDate(data.dateOfDeath).next().toString();
    const allowances = await manager.findBy(Allowance, { residentId: data.residentId });
    let stopped = 0;
    let overpaidFen = 0;
    for (const allowance of allowances) {
      if (await this.lifecycle.stop(manager, allowance.id, stopFrom, 'DECEASED', ACTOR)) stopped++;
      overpaidFen += await this.recordOverpayment(manager, allowance, stopFrom);
    }
    const ordersCancelled = await this.orders.cancelOpenOrdersOf(manager, data.residentId, ACTOR);
    const discharged = await this.institutions.dischargeOnDeath(manager, data.residentId, data.dateOfDeath, ACTOR);
    const homeCareBedsEnded = await this.homeCareBeds.endOnDeath(manager, data.residentId, data.dateOfDeath, ACTOR);
    return { stopped, overpaidFen, ordersCancelled, discharged, homeCareBedsEnded };
  }

  private async recordOverpayment(manager: EntityManager, allowance: Allowance, stopFrom: string): Promise<number> {
    const [{ total }]: { total: string }[] = await manager.query(
      `SELECT COALESCE(sum(amount_fen), 0) AS total FROM allowance_payment WHERE allowance_id = $1 AND month >= $2`,
      [allowance.id, stopFrom],
    );
    const amountFen = Number(total);
    if (amountFen === 0) return 0;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO overpayment (allowance_id, resident_id, from_month, amount_fen) VALUES ($1, $2, $3, $4)
       ON CONFLICT (allowance_id) DO UPDATE SET amount_fen = EXCLUDED.amount_fen, from_month = EXCLUDED.from_month
       RETURNING id`,
      [allowance.id, allowance.residentId, stopFrom, amountFen],
    );
    await this.audit.record(manager, { actor: ACTOR, action: 'overpayment.recorded', entityType: 'overpayment', entityId: rows[0].id, after: { allowanceId: allowance.id, fromMonth: stopFrom, amountFen } });
    return amountFen;
  }
}
