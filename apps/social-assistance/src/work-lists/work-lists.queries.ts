// The paginated work lists of social-assistance (`/api/v1/work-lists/…`): the same cases and
// records as the older unpaged lists, a page at a time with the total, within the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { casesDuePage, type CasesDue } from '../cases/cases-due';
import { toCaseWorkItems } from '../cases/case-work-items';
import type { CaseWorkItem } from '../cases/dto/case-list.dto';
import { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import type { VagrantCaseResponse } from '../vagrant-relief/dto/vagrant.dto';
import { VagrantReliefService } from '../vagrant-relief/vagrant-relief.service';
import type { OverpaymentSearchDto, OverpaymentWorkItem } from './dto/work-lists.dto';

interface OverpaymentRow {
  id: string;
  case_id: string;
  resident_id: string;
  months: string[];
  amount_fen: string;
  status: string;
  proposed_by: string | null;
  proposed_on: string | null;
  resolved_on: string | null;
  resolved_by: string | null;
  note: string | null;
  name: string | null;
  program: string;
  household_id: string;
  region_code: string;
}

function toOverpaymentItem(r: OverpaymentRow): OverpaymentWorkItem {
  return {
    id: r.id,
    caseId: r.case_id,
    residentId: r.resident_id,
    months: r.months,
    amountFen: Number(r.amount_fen),
    status: r.status,
    proposedBy: r.proposed_by,
    proposedOn: r.proposed_on,
    resolvedOn: r.resolved_on,
    resolvedBy: r.resolved_by,
    note: r.note,
    name: r.name,
    program: r.program,
    householdId: r.household_id,
    regionCode: r.region_code,
  };
}

@Injectable()
export class WorkListQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vagrant: VagrantReliefService,
  ) {}

  /** Open cases due on or before `asOf` (default today), the longest overdue first. */
  async casesDue(due: Omit<CasesDue, 'asOf'>, query: PageQuery & { asOf?: string }, principal: Principal): Promise<Page<CaseWorkItem>> {
    const today = this.clock.today();
    const { cases, total } = await casesDuePage(this.dataSource.manager, { ...due, asOf: query.asOf ?? today }, principal, pageWindow(query));
    return pageOf(await toCaseWorkItems(this.dataSource.manager, cases, today), total, query);
  }

  /** People in care past their (extended) stay, the longest overdue first. */
  async overdueStays(query: PageQuery, principal: Principal): Promise<Page<VagrantCaseResponse>> {
    const { offset, limit } = pageWindow(query);
    const overdue = () =>
      this.dataSource.manager
        .createQueryBuilder(VagrantCase, 'v')
        .where(`v.status = 'IN_CARE' AND v.stay_until < :today AND v.region_code LIKE :prefix`, { today: this.clock.today(), prefix: `${divisionPrefix(principal.division)}%` });
    const [rows, total] = await Promise.all([overdue().orderBy('v.stay_until').addOrderBy('v.id').offset(offset).limit(limit).getMany(), overdue().getCount()]);
    return pageOf(
      rows.map((c) => this.vagrant.view(c)),
      total,
      query,
    );
  }

  /** Receivables of households in the caller's division: write-offs awaiting approval first, then the oldest debt. */
  async overpayments(query: OverpaymentSearchDto, principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    const statuses = query.status ? [query.status] : ['OPEN', 'WRITE_OFF_PROPOSED'];
    const params = [`${divisionPrefix(principal.division)}%`, statuses, query.residentId ?? null];
    const from = `FROM overpayment o JOIN assistance_case c ON c.id = o.case_id JOIN household h ON h.id = c.household_id
      WHERE h.region_code LIKE $1 AND o.status = ANY($2) AND ($3::varchar IS NULL OR o.resident_id = $3)`;
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT o.id, o.case_id, o.resident_id, o.months, o.amount_fen, o.status, o.proposed_by, o.proposed_on::text, o.resolved_on::text, o.resolved_by, o.note,
           c.program, c.household_id, h.region_code,
           (SELECT m.name FROM household_member m WHERE m.household_id = c.household_id AND m.resident_id = o.resident_id LIMIT 1) AS name
         ${from}
         ORDER BY (o.status = 'WRITE_OFF_PROPOSED') DESC, o.months[1], o.id OFFSET $4 LIMIT $5`,
        [...params, offset, limit],
      ) as Promise<OverpaymentRow[]>,
      this.dataSource.query(`SELECT count(*) AS n ${from}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(rows.map(toOverpaymentItem), Number(counted[0].n), query);
  }
}
