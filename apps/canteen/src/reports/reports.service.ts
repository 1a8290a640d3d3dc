import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { annualReport, type AnnualReport, type MealAggregateRow } from './rules/annual-report.rule';

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Valid meals only: meals voided after a death are not counted. */
  async annual(year: number): Promise<AnnualReport> {
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await manager.query<Array<{ canteen_id: string; name: string; tier: string; subsidised: boolean; meals: string; subsidy_fen: string }>>(
        `SELECT m.canteen_id, c.name, m.tier, m.subsidised, count(*) AS meals, sum(m.subsidy_fen) AS subsidy_fen
         FROM meal m JOIN canteen c ON c.id = m.canteen_id
         WHERE m.status = 'VALID' AND m.meal_date >= $1 AND m.meal_date < $2
         GROUP BY m.canteen_id, c.name, m.tier, m.subsidised`,
        [from, to],
      );
      const [{ diners }] = await manager.query<Array<{ diners: string }>>(
        `SELECT count(DISTINCT resident_id) AS diners FROM meal WHERE status = 'VALID' AND meal_date >= $1 AND meal_date < $2`,
        [from, to],
      );
      const aggregates: MealAggregateRow[] = rows.map((r) => ({
        canteenId: r.canteen_id,
        canteenName: r.name,
        tier: r.tier,
        subsidised: r.subsidised,
        meals: Number(r.meals),
        subsidyFen: Number(r.subsidy_fen),
      }));
      return annualReport(year, aggregates, Number(diners));
    });
  }
}
