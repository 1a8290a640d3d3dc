// The registration office's list of divorce applications by their state today (cooling-off,
// awaiting the certificate …), paged, within the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { addDays } from '@app/common/time/calendar-date';
import { YearMonth } from '@app/common/time/year-month';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { Divorce } from './divorce.entity';
import { DivorcesService } from './divorces.service';
import type { DivorceListQuery, DivorceWorkItem } from './dto/divorce-list.dto';
import type { DivorceState } from './rules/cooling-off.rule';

// rules/cooling-off.ts divorceState in SQL: an open application is cooling off through its last
// day, then awaits the certificate through the deadline, then is deemed withdrawn by law even
// before the expiry job records it.
const STATE_WHERE: Record<DivorceState, string> = {
  COOLING_OFF: `d.status = 'APPLIED' AND d.cooling_off_ends_on >= :today`,
  AWAITING_CERTIFICATE: `d.status = 'APPLIED' AND d.cooling_off_ends_on < :today AND d.certificate_deadline >= :today`,
  DEEMED_WITHDRAWN: `(d.status = 'DEEMED_WITHDRAWN' OR (d.status = 'APPLIED' AND d.certificate_deadline < :today))`,
  WITHDRAWN: `d.status = 'WITHDRAWN'`,
  REGISTERED: `d.status = 'REGISTERED'`,
};
/** The deadline that makes an application urgent in a state; others list the newest first. */
const URGENT_BY: Partial<Record<DivorceState, string>> = { COOLING_OFF: 'd.cooling_off_ends_on', AWAITING_CERTIFICATE: 'd.certificate_deadline' };

const lastDayOfMonth = (month: string): string => YearMonth.parse(month).lastDay();

@Injectable()
export class DivorceListQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly divorces: DivorcesService,
  ) {}

  async list(query: DivorceListQuery, principal: Principal): Promise<Page<DivorceWorkItem>> {
    const today = this.clock.today();
    const { offset, limit } = pageWindow(query);
    const urgentBy = query.status && URGENT_BY[query.status];
    const rows = this.filtered(query, principal, today);
    if (urgentBy) rows.orderBy(urgentBy, 'ASC');
    else rows.orderBy('d.applied_on', 'DESC');
    const [divorces, total] = await Promise.all([rows.addOrderBy('d.id').offset(offset).limit(limit).getMany(), this.filtered(query, principal, today).getCount()]);
    const items = divorces.map((d) => ({ ...this.divorces.toDto(d, today), divisionCode: d.divisionCode, certificateWindowOpensOn: addDays(d.coolingOffEndsOn, 1) }));
    return pageOf(items, total, query);
  }

  private filtered(query: DivorceListQuery, principal: Principal, today: string): SelectQueryBuilder<Divorce> {
    const qb = this.dataSource.manager.createQueryBuilder(Divorce, 'd').where('d.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%`, today });
    if (query.status) qb.andWhere(STATE_WHERE[query.status]);
    if (query.month) {
      // The certificate window opens the day after cooling-off ends: the last day of cooling-off
      // or the opening falls in the month when that last day is from the eve of the month on.
      const first = `${query.month}-01`;
      const last = lastDayOfMonth(query.month);
      qb.andWhere(
        `(d.cooling_off_ends_on BETWEEN CAST(:monthFirst AS date) - 1 AND :monthLast OR d.certificate_deadline BETWEEN :monthFirst AND :monthLast)`,
        { monthFirst: first, monthLast: last },
      );
    }
    return qb;
  }
}
