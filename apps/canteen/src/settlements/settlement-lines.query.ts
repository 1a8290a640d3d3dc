// The lines of one settlement a page at a time, with the meal each claims, for the console's
// settlement page (a month of a busy canteen is thousands of lines). Within the caller's division
// by the canteen's region, like the writes on the settlement.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SettlementLineItem } from './dto/settlement.view';

@Injectable()
export class SettlementLinesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** By meal date and time served: a line keeps its place on its page whatever is decided on it. */
  /** 404 for no such settlement; 403 AUTH.OUTSIDE_DIVISION when its canteen lies outside the caller's division. */
  async assertReadable(settlementId: string, principal: Principal): Promise<void> {
    const [owner] = await this.dataSource.query<Array<{ region: string }>>(`SELECT c.region FROM settlement s JOIN canteen c ON c.id = s.canteen_id WHERE s.id = $1`, [settlementId]);
    if (!owner) throw new ProblemException({ status: 404, code: 'SETTLEMENT.NOT_FOUND', detail: `no settlement ${settlementId}` });
    assertWithinDivision(principal, owner.region, 'id');
  }

  async lines(settlementId: string, query: PageQuery, principal: Principal): Promise<Page<SettlementLineItem>> {
    await this.assertReadable(settlementId, principal);
    const { offset, limit } = pageWindow(query);
    const [items, counted] = await Promise.all([
      this.dataSource.query<SettlementLineItem[]>(
        `SELECT l.id, l.settlement_id AS "settlementId", l.meal_id AS "mealId", l.subsidy_fen AS "subsidyFen", l.kind,
                l.corrects_settlement_id AS "correctsSettlementId", l.status, l.dispute_reason AS "disputeReason",
                to_char(m.meal_date, 'YYYY-MM-DD') AS "mealDate", m.slot, m.tier, m.resident_id AS "residentId", d.name AS "dinerName"
         FROM settlement_line l JOIN meal m ON m.id = l.meal_id JOIN diner d ON d.id = m.diner_id
         WHERE l.settlement_id = $1
         ORDER BY m.meal_date, m.served_at, l.kind, l.id
         OFFSET $2 LIMIT $3`,
        [settlementId, offset, limit],
      ),
      this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM settlement_line WHERE settlement_id = $1`, [settlementId]),
    ]);
    return pageOf(items, Number(counted[0].n), query);
  }
}
