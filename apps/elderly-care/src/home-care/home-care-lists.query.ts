// The division's home care orders and provider settlements as the console lists them: paged on
// the server, newest first, within the caller's division (the order's division, the provider's).
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PageQuery } from '@app/common/http/page-query.dto';
import type { OrderListItem, OrderListQuery, ProviderListItem, SettlementListItem, SettlementListQuery } from './dto/home-care-lists.dto';

const ORDER_COLUMNS = `o.id, e.id AS "elderId", o.resident_id AS "residentId", e.name, o.division_code AS "divisionCode",
  o.item_code AS "itemCode", i.item_name AS "itemName", o.price_fen AS "priceFen", o.subsidy_fen AS "subsidyFen", o.status,
  o.provider_id AS "providerId", p.provider_name AS "providerName", o.ordered_on::text AS "orderedOn",
  o.checked_in_at AS "checkedInAt", o.checked_out_at AS "checkedOutAt", o.service_month AS "serviceMonth",
  o.confirmed_at AS "confirmedAt", o.settlement_id AS "settlementId", o.cancel_reason AS "cancelReason"`;

@Injectable()
export class HomeCareListQueries {
  constructor(private readonly dataSource: DataSource) {}

  async orders(query: OrderListQuery, principal: Principal): Promise<Page<OrderListItem>> {
    const params: unknown[] = [`${divisionPrefix(principal.division)}%`];
    const conditions = ['o.division_code LIKE $1'];
    if (query.status) {
      params.push(query.status);
      conditions.push(`o.status = $${params.length}`);
    }
    if (query.month) {
      params.push(query.month);
      conditions.push(`(o.service_month = $${params.length} OR to_char(o.ordered_on, 'YYYY-MM') = $${params.length})`);
    }
    const where = `WHERE ${conditions.join(' AND ')}`;
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${ORDER_COLUMNS}
           FROM home_care_order o JOIN home_care_item i ON i.id = o.item_id
           LEFT JOIN elder e ON e.resident_id = o.resident_id LEFT JOIN home_care_provider p ON p.id = o.provider_id
         ${where} ORDER BY o.created_at DESC, o.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, offset, limit],
      ) as Promise<OrderListItem[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM home_care_order o ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map((r) => ({ ...r, priceFen: Number(r.priceFen), subsidyFen: Number(r.subsidyFen) }));
    return pageOf(items, Number(counted[0].n), query);
  }

  async settlements(query: SettlementListQuery, principal: Principal): Promise<Page<SettlementListItem>> {
    const params = [`${divisionPrefix(principal.division)}%`, query.month];
    const from = `FROM home_care_settlement s JOIN home_care_provider p ON p.id = s.provider_id WHERE p.division_code LIKE $1 AND s.month = $2`;
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT s.id, s.provider_id AS "providerId", p.provider_name AS "providerName", s.month, s.orders,
                s.price_fen AS "priceFen", s.subsidy_fen AS "subsidyFen", s.copay_fen AS "copayFen", s.status,
                s.created_by AS "createdBy", s.approved_by AS "approvedBy"
         ${from} ORDER BY p.provider_name, s.id OFFSET $3 LIMIT $4`,
        [...params, offset, limit],
      ) as Promise<SettlementListItem[]>,
      this.dataSource.query(`SELECT count(*) AS n ${from}`, params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map((r) => ({ ...r, orders: Number(r.orders), priceFen: Number(r.priceFen), subsidyFen: Number(r.subsidyFen), copayFen: Number(r.copayFen) }));
    return pageOf(items, Number(counted[0].n), query);
  }

  /** Providers of the caller's division, by name (the pickers of 派单 and 生成结算). */
  async providers(query: PageQuery, principal: Principal): Promise<Page<ProviderListItem>> {
    const params = [`${divisionPrefix(principal.division)}%`];
    const { offset, limit } = pageWindow(query);
    const [items, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT id, code, provider_name AS "providerName", division_code AS "divisionCode" FROM home_care_provider
          WHERE division_code LIKE $1 ORDER BY provider_name, code OFFSET $2 LIMIT $3`,
        [...params, offset, limit],
      ) as Promise<ProviderListItem[]>,
      this.dataSource.query('SELECT count(*) AS n FROM home_care_provider WHERE division_code LIKE $1', params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(items, Number(counted[0].n), query);
  }
}
