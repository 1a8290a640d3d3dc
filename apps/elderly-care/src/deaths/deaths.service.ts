import { DeathNoticeTable } from '@app/common/read-models/death-notice.table';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllowanceLifecycle } from '../allowances/allowance-lifecycle';
import { HomeCareBedsService } from '../home-care/home-care-beds.service';
import { OrdersService } from '../home-care/orders.service';
import { InstitutionsService } from '../institutions/institutions.service';

const ACTOR = { system: 'elderly-care:death-registered' };
const DECEASED_RESIDENT = new DeathNoticeTable('deceased_resident');

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
    await DECEASED_RESIDENT.record(manager, data);
    const stopFrom = YearMonth.fromDate(data.dateOfDeath).next().toString();
    const { stopped, overpaidFen } = await this.lifecycle.stopAllOf(manager, data.residentId, stopFrom, 'DECEASED', ACTOR);
    const ordersCancelled = await this.orders.cancelOpenOrdersOf(manager, data.residentId, ACTOR);
    const discharged = await this.institutions.dischargeOnDeath(manager, data.residentId, data.dateOfDeath, ACTOR);
    const homeCareBedsEnded = await this.homeCareBeds.endOnDeath(manager, data.residentId, data.dateOfDeath, ACTOR);
    return { stopped, overpaidFen, ordersCancelled, discharged, homeCareBedsEnded };
  }
}
