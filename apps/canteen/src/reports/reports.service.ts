import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fundingReport, type FundingReport } from '../funding/rules/funding-report.rule';
import type { FundingKind } from '../funding/rules/funding.rule';
import type { OperatingMode } from '../canteens/rules/operating-mode.rule';
import { annualReport, type AnnualReport, type MealAggregateRow } from './rules/annual-report.rule';
import { canteensOpen, type CanteensOpen } from './rules/canteens-open.rule';

/** Meals and subsidy, the canteens open at the year's start and end, and the funding each canteen received in the year by its operating mode. */
export type CanteenAnnualReport = AnnualReport & { canteens: CanteensOpen; funding: FundingReport };

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Valid meals only: meals voided after a death are not counted. Canteens by their opening day
   * (open on 1 January, opened later in the year, open on 31 December). Funding by the day it was
   * received. Only the canteens of the caller's division (by the canteen's region, as the canteen
   * list shows them): a county reports its own.
   */
  async annual(principal: Principal, year: number): Promise<CanteenAnnualReport> {
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const prefix = `${divisionPrefix(principal.division)}%`;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await manager.query<Array<{ canteen_id: string; name: string; tier: string; subsidised: boolean; meals: string; subsidy_fen: string }>>(
        `SELECT m.canteen_id, c.name, m.tier, m.subsidised, count(*) AS meals, sum(m.subsidy_fen) AS subsidy_fen
         FROM meal m JOIN canteen c ON c.id = m.canteen_id
         WHERE m.status = 'VALID' AND m.meal_date >= $1 AND m.meal_date < $2 AND c.region LIKE $3
         GROUP BY m.canteen_id, c.name, m.tier, m.subsidised`,
        [from, to, prefix],
      );
      const [{ diners }] = await manager.query<Array<{ diners: string }>>(
        `SELECT count(DISTINCT m.resident_id) AS diners FROM meal m JOIN canteen c ON c.id = m.canteen_id
          WHERE m.status = 'VALID' AND m.meal_date >= $1 AND m.meal_date < $2 AND c.region LIKE $3`,
        [from, to, prefix],
      );
      const aggregates: MealAggregateRow[] = rows.map((r) => ({
        canteenId: r.canteen_id,
        canteenName: r.name,
        tier: r.tier,
        subsidised: r.subsidised,
        meals: Number(r.meals),
        subsidyFen: Number(r.subsidy_fen),
      }));
      const canteens = await manager.query<Array<{ id: string; name: string; operating_mode: OperatingMode; opened_on: string }>>(
        `SELECT id, name, operating_mode, opened_on::text AS opened_on FROM canteen WHERE region LIKE $1`,
        [prefix],
      );
      const sums = await manager.query<Array<{ canteen_id: string; kind: FundingKind; amount_fen: string }>>(
        `SELECT f.canteen_id, f.kind, sum(f.amount_fen) AS amount_fen FROM canteen_funding f JOIN canteen c ON c.id = f.canteen_id
          WHERE f.funded_on >= $1 AND f.funded_on < $2 AND c.region LIKE $3 GROUP BY f.canteen_id, f.kind`,
        [from, to, prefix],
      );
      const funding = fundingReport(
        canteens.map((c) => ({ canteenId: c.id, canteenName: c.name, operatingMode: c.operating_mode })),
        sums.map((r) => ({ canteenId: r.canteen_id, kind: r.kind, amountFen: Number(r.amount_fen) })),
      );
      return { ...annualReport(year, aggregates, Number(diners)), canteens: canteensOpen(canteens.map((c) => c.opened_on), year), funding };
    });
  }
}
