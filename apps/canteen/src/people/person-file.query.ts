// 一人一档 at the canteens: the diner, their newest meals with the totals, and the 低保/特困
// coverage received for them. Read within the caller's division by the region of the canteen the
// diner registered at, as every write about the diner is checked.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { personNotFound } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssistanceEnrollment } from '../diner-status/assistance-enrollment.entity';
import type { CanteenPerson, DinerRecord, MealRecord } from './dto/person.dto';

const MEALS_SHOWN = 50;

@Injectable()
export class PersonFileQueries {
  constructor(private readonly dataSource: DataSource) {}

  async file(residentId: string, principal: Principal): Promise<CanteenPerson> {
    const [diner] = (await this.dataSource.query(
      `SELECT d.id, d.resident_id AS "residentId", d.card_number AS "cardNumber", d.name, d.registered_at_canteen_id AS "registeredAtCanteenId",
              c.name AS "canteenName", c.region AS "canteenRegion", d.local_registration AS "localRegistration",
              d.local_registration_evidence AS "localRegistrationEvidence", d.local_registration_confirmed_on::text AS "localRegistrationConfirmedOn",
              d.active, d.deceased_on::text AS "deceasedOn"
         FROM diner d JOIN canteen c ON c.id = d.registered_at_canteen_id WHERE d.resident_id = $1`,
      [residentId],
    )) as DinerRecord[];
    if (!diner) throw personNotFound();
    assertWithinDivision(principal, diner.canteenRegion, 'residentId');
    const [meals, totals, assistanceCoverage] = await Promise.all([
      this.dataSource.query(
        `SELECT m.id, m.canteen_id AS "canteenId", c.name AS "canteenName", m.meal_date::text AS "mealDate", m.slot, m.tier, m.subsidised, m.subsidy_fen AS "subsidyFen",
                m.full_price_reason AS "fullPriceReason", m.status, m.void_reason AS "voidReason", m.served_at AS "servedAt"
           FROM meal m JOIN canteen c ON c.id = m.canteen_id WHERE m.resident_id = $1 ORDER BY m.served_at DESC, m.id LIMIT ${MEALS_SHOWN}`,
        [residentId],
      ) as Promise<MealRecord[]>,
      this.dataSource.query(
        `SELECT count(*) AS meals, count(*) FILTER (WHERE subsidised AND status = 'VALID') AS subsidised, COALESCE(sum(subsidy_fen) FILTER (WHERE subsidised AND status = 'VALID'), 0) AS fen
           FROM meal WHERE resident_id = $1`,
        [residentId],
      ) as Promise<Array<{ meals: string; subsidised: string; fen: string }>>,
      this.dataSource.manager.find(AssistanceEnrollment, { where: { residentId }, order: { fromMonth: 'ASC' } }),
    ]);
    return {
      residentId,
      name: diner.name,
      diner,
      meals,
      mealCount: Number(totals[0].meals),
      subsidisedMealCount: Number(totals[0].subsidised),
      subsidyFen: Number(totals[0].fen),
      assistanceCoverage: assistanceCoverage.map((e) => ({ program: e.program, fromMonth: e.fromMonth, stopFromMonth: e.stopFromMonth })),
    };
  }
}
