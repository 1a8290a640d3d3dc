import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { overviewScope } from '../access/rules/division-access.rule';
import { CategoryPolicyRows } from '../categories/category-policy';
import { Child } from '../children/child.entity';
import { countChildren, reportDay } from './rules/annual-counts.rule';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { ProgrammeFigures } from './programme-figures.query';
import { childAllowanceStandards } from './standards-in-year';

/** Annual statistics of the caller's division (DOMAIN §5; the bureau's work summary figures). */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<ChildWelfarePolicies>,
    private readonly programmes: ProgrammeFigures,
  ) {}

  /** Pairings in force on the report day, and the rounds (走访轮次) the year's cadre visits were made in (city 2024: three). */
  private async pairings(q: (sql: string, params: unknown[]) => Promise<number>, join: string, from: string, day: string) {
    const inForce = `x.started_on <= $2 AND (x.ended_on IS NULL OR x.ended_on >= $2)`;
    return {
      childrenPaired: await q(`SELECT count(DISTINCT x.child_id) AS n FROM cadre_pairing x ${join} WHERE ${inForce}`, [day]),
      cadres: await q(`SELECT count(DISTINCT x.cadre_id) AS n FROM cadre_pairing x ${join} WHERE ${inForce}`, [day]),
      visitRounds: await q(`SELECT count(DISTINCT x.round) AS n FROM cadre_visit x ${join} WHERE x.visited_on BETWEEN $2 AND $3`, [from, day]),
    };
  }

  async annual(principal: Principal, year: number) {
    const today = this.clock.today();
    if (`${year}-01-01` > today) {
      throw new ProblemException({ status: 422, code: 'REPORT.YEAR_IN_FUTURE', detail: `${year} has not begun`, errors: [{ field: 'year', code: 'inFuture', message: 'must not be after the current year' }] });
    }
    const scope = overviewScope(principal);
    if (scope === null) throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'no division to report on' });
    const day = reportDay(year, today);
    const from = `${year}-01-01`;
    const prefix = `${scope}%`;
    const q = async (sql: string, params: unknown[] = []): Promise<number> => Number((await this.dataSource.query(sql, [prefix, ...params]))[0].n);

    const children = await this.dataSource.manager.createQueryBuilder(Child, 'c').where('c.village_code LIKE :prefix', { prefix }).getMany();
    const thresholds = (await CategoryPolicyRows.load(this.policy)).on(day);
    const counts = countChildren(children, day, thresholds);

    // A re-issue pays again a line the bank returned FAILED: counted once, as the line it re-issues.
    const allowanceRows: { category: string; lines: string; total: string }[] = await this.dataSource.query(
      `SELECT category, count(*) AS lines, COALESCE(sum(amount_fen), 0) AS total FROM allowance_payment
        WHERE village_code LIKE $1 AND month BETWEEN $2 AND $3 AND kind <> 'REISSUE' GROUP BY category ORDER BY category`,
      [prefix, `${year}-01`, `${year}-12`],
    );
    const allowanceByCategory = allowanceRows.map((r) => ({ category: r.category, lines: Number(r.lines), totalFen: Number(r.total) }));

    const join = `JOIN child c ON c.id = x.child_id AND c.village_code LIKE $1`;
    const window = { prefix: scope, year, day };
    return {
      year,
      scope,
      asOf: day,
      standards: await childAllowanceStandards(this.policy, year),
      children: counts,
      allowances: {
        totalFen: allowanceByCategory.reduce((n, r) => n + r.totalFen, 0),
        lines: allowanceByCategory.reduce((n, r) => n + r.lines, 0),
        byCategory: allowanceByCategory,
        // Lines also covered by 低保/特困 (the child allowance took precedence).
        overlappingLines: await q(`SELECT count(*) AS n FROM allowance_payment WHERE village_code LIKE $1 AND month BETWEEN $2 AND $3 AND overlap_program IS NOT NULL AND kind <> 'REISSUE'`, [`${year}-01`, `${year}-12`]),
      },
      visits: {
        done: await q(`SELECT count(*) AS n FROM visit x ${join} WHERE x.visited_on BETWEEN $2 AND $3`, [from, day]),
        // Active children whose visit was overdue on the report day.
        overdue: await q(`SELECT count(*) AS n FROM child c WHERE c.village_code LIKE $1 AND c.status = 'ACTIVE' AND c.registered_on <= $2 AND c.next_visit_due < $2`, [day]),
        byCadres: await q(`SELECT count(*) AS n FROM cadre_visit x ${join} WHERE x.visited_on BETWEEN $2 AND $3`, [from, day]),
      },
      helpNeeds: {
        raised: await q(`SELECT count(*) AS n FROM help_need x ${join} WHERE x.raised_on BETWEEN $2 AND $3`, [from, day]),
        closed: await q(`SELECT count(*) AS n FROM help_need x ${join} WHERE x.closed_on BETWEEN $2 AND $3`, [from, day]),
      },
      pairings: await this.pairings(q, join, from, day),
      adoptions: await q(`SELECT count(*) AS n FROM adoption WHERE village_code LIKE $1 AND registered_on BETWEEN $2 AND $3`, [from, day]),
      // The staff register: who was in post on the report day in the division.
      staff: await this.programmes.staff(window),
      ...(await this.programmes.studyGrants(window)),
      volunteers: await this.programmes.volunteers(window),
      charity: await this.programmes.charity(window),
    };
  }
}
