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

/** Whom a death concerns here: anyone with an allowance or subsidy, a home care order, a bed or a home care bed (the tables' resident_id is char(18)). */
const CONCERNED = `EXISTS (SELECT 1 FROM allowance a WHERE a.resident_id = d.resident_id::bpchar)
  OR EXISTS (SELECT 1 FROM home_care_order o WHERE o.resident_id = d.resident_id::bpchar)
  OR EXISTS (SELECT 1 FROM bed_stay s WHERE s.resident_id = d.resident_id::bpchar AND s.discharged_on IS NULL)
  OR EXISTS (SELECT 1 FROM home_care_bed b WHERE b.resident_id = d.resident_id::bpchar AND b.ended_on IS NULL)`;

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
   * Records the deaths of a micro-batch (one statement) and returns the resident IDs among them
   * that `deathRegistered` has anything to change for; the others need nothing more.
   */
  recordNotices(manager: EntityManager, deaths: ReadonlyArray<EventOf<'civil-registration.death.registered.v1'>>): Promise<Set<string>> {
    return DECEASED_RESIDENT.recordAll(manager, deaths, CONCERNED);
  }

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
