// The month's settlements of the canteens within the caller's division, a page at a time, with the
// sums per operator over all of them (the operator is settled across its canteens).
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from '../canteens/canteen.entity';
import type { MonthSettlementsQuery } from './dto/settlement.dto';
import { settlementTotals, totalsByOperator, type OperatorTotals, type SettlementLineFacts } from './rules/settlement-totals.rule';
import { settlementView, type SettlementView } from './settlement-view';
import { Settlement } from './settlement.entity';

export interface MonthSettlements extends Page<SettlementView & { canteenName: string }> {
  month: string;
  /** Over every settlement of the month in the division, not only this page's. */
  byOperator: OperatorTotals[];
}

@Injectable()
export class MonthSettlementsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** By operator, then canteen name. */
  async forMonth(query: MonthSettlementsQuery, reader: Principal): Promise<MonthSettlements> {
    const manager = this.dataSource.manager;
    const prefix = `${divisionPrefix(reader.division)}%`;
    const { offset, limit } = pageWindow(query);
    const rows = await manager
      .createQueryBuilder(Settlement, 's')
      .innerJoin(Canteen, 'c', 'c.id = s.canteen_id')
      .addSelect('c.name', 'canteen_name')
      .where('s.month = :month AND c.region LIKE :prefix', { month: query.month, prefix })
      .orderBy('s.operator')
      .addOrderBy('c.name')
      .addOrderBy('s.id')
      .offset(offset)
      .limit(limit)
      .getRawAndEntities<{ canteen_name: string }>();
    const items = await Promise.all(rows.entities.map(async (s, i) => ({ ...(await settlementView(manager, s)), canteenName: rows.raw[i].canteen_name })));
    const all = await this.totalsOfMonth(query.month, prefix);
    return { month: query.month, items, total: all.length, page: query.page, pageSize: query.pageSize, byOperator: totalsByOperator(all) };
  }

  /** Each settlement's totals by the same rule as its view, from the lines' facts alone. */
  private async totalsOfMonth(month: string, prefix: string): Promise<OperatorTotals[]> {
    const lines = await this.dataSource.query<Array<SettlementLineFacts & { settlementId: string; operator: string }>>(
      `SELECT s.id AS "settlementId", s.operator, l.status, l.subsidy_fen AS "subsidyFen", l.kind
       FROM settlement s JOIN canteen c ON c.id = s.canteen_id LEFT JOIN settlement_line l ON l.settlement_id = s.id
       WHERE s.month = $1 AND c.region LIKE $2`,
      [month, prefix],
    );
    const bySettlement = new Map<string, { operator: string; lines: SettlementLineFacts[] }>();
    for (const line of lines) {
      const entry = bySettlement.get(line.settlementId) ?? { operator: line.operator, lines: [] };
      if (line.status) entry.lines.push(line);
      bySettlement.set(line.settlementId, entry);
    }
    return [...bySettlement.values()].map(({ operator, lines: facts }) => {
      const totals = settlementTotals(facts);
      return { operator, mealCount: totals.mealCount, subsidyFen: totals.subsidyFen };
    });
  }
}
