// The paginated work list of elderly care's overpayments, within the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OverpaymentSearchDto, OverpaymentWorkItem } from './work-lists.dto';

@Injectable()
export class WorkListQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Overpayments of elders registered in the caller's division (a platform-wide caller also sees
   * those of people not in the registry), the oldest debt first.
   */
  async overpayments(query: OverpaymentSearchDto, principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    const prefix = divisionPrefix(principal.division);
    const params = [`${prefix}%`, prefix === '', query.status ?? null, query.residentId ?? null];
    const from = `FROM overpayment o JOIN allowance a ON a.id = o.allowance_id LEFT JOIN elder e ON e.resident_id = o.resident_id
      WHERE (e.region LIKE $1 OR (e.region IS NULL AND $2)) AND ($3::varchar IS NULL OR o.status = $3) AND ($4::char(18) IS NULL OR o.resident_id = $4)`;
    const { offset, limit } = pageWindow(query);
    const [items, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT o.id, o.allowance_id AS "allowanceId", o.resident_id AS "residentId", o.from_month AS "fromMonth", o.amount_fen AS "amountFen", o.status,
                o.recovery_status AS "recoveryStatus", o.created_at AS "createdAt", e.name, e.region, a.kind AS "allowanceKind"
         ${from} ORDER BY o.from_month, o.created_at, o.id OFFSET $5 LIMIT $6`,
        [...params, offset, limit],
      ) as Promise<OverpaymentWorkItem[]>,
      this.dataSource.query(`SELECT count(*) AS n ${from}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(items, Number(counted[0].n), query);
  }
}
