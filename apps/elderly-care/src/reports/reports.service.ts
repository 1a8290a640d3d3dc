import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HIGH_AGE_TIERS_POLICY_KEY } from '../allowances/rules/high-age-allowance.rule';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY } from '../service-subsidy/rules/service-subsidy.rule';
import { CareCapacityQuery } from './care-capacity.query';
import { allowanceStandards } from './rules/allowance-standards.rule';
import { bedFigures, levelCounts, reportAsOf } from './rules/annual-report.rule';

type Row = Record<string, string | number | null>;
const num = (v: string | number | null | undefined): number => Number(v ?? 0);
/**
 * A person's records belong to the division of the elder registry; a person not in it is counted
 * only by a platform-wide caller (as in the overpayment work list). `$p` is the caller's prefix.
 */
const ELDER_IN = (alias: string, p: string): string => `LEFT JOIN elder e ON e.resident_id = ${alias}.resident_id WHERE coalesce(e.region, '') LIKE ${p}`;

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly careCapacity: CareCapacityQuery,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
  ) {}

  /**
   * The allowance standards in force during the year with their dates (city-wide policy), then
   * recipients, money paid (fen), assessments, home care, institutions, care workers and facilities
   * of one calendar year, within the caller's division (a county reports its own).
   */
  async annual(principal: Principal, year: number) {
    const today = this.clock.today();
    if (`${year}-01-01` > today) {
      throw new ProblemException({ status: 422, code: 'REPORT.YEAR_IN_FUTURE', detail: `${year} has not begun`, errors: [{ field: 'year', code: 'yearInFuture', message: 'must not be in the future' }] });
    }
    const asOf = reportAsOf(year, today);
    const prefix = `${divisionPrefix(principal.division)}%`;
    const [rows, capacity] = await Promise.all([this.read(year, asOf, prefix), this.careCapacity.read(year, asOf, principal.division)]);
    const report = toAnnualReport(year, asOf, rows);
    const standards = allowanceStandards(await this.policy.periods(HIGH_AGE_TIERS_POLICY_KEY), await this.policy.periods(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY), year);
    return {
      ...report,
      standards,
      assessments: { ...report.assessments, ...capacity.assessmentsByPurpose },
      institutions: { ...report.institutions, byOperatingModel: capacity.institutionsByOperatingModel, careWorkers: capacity.careWorkers },
      facilities: capacity.facilities,
    };
  }

  /** One query per part of the report, run side by side; `prefix` (ending in %) is the caller's division. */
  private read(year: number, asOf: string, prefix: string): Promise<AnnualRows> {
    const first = `${year}-01`;
    const last = `${year}-12`;
    const q = (sql: string, params: unknown[]): Promise<Row[]> => this.dataSource.query(sql, params);
    return Promise.all([
      // Anyone whose allowance or subsidy ran in at least one month of the year.
      q(
        `SELECT a.kind, a.tier, count(DISTINCT a.resident_id) AS recipients FROM allowance a ${ELDER_IN('a', '$3')}
            AND a.from_month <= $2 AND (a.stop_from_month IS NULL OR a.stop_from_month > $1) AND a.from_month < COALESCE(a.stop_from_month, '9999-99')
          GROUP BY a.kind, a.tier ORDER BY a.kind, a.tier`,
        [first, last, prefix],
      ),
      // A re-issue pays again a line the bank returned FAILED: counted once, as the line it re-issues.
      q(
        `SELECT p.kind, count(*) AS lines, count(DISTINCT p.resident_id) AS paid_recipients, sum(p.amount_fen) AS total FROM allowance_payment p ${ELDER_IN('p', '$3')}
            AND p.month BETWEEN $1 AND $2 AND p.line_type <> 'REISSUE' GROUP BY p.kind ORDER BY p.kind`,
        [first, last, prefix],
      ),
      q(`SELECT x.level, count(*) AS n FROM assessment x ${ELDER_IN('x', '$3')} AND x.assessed_on BETWEEN $1 AND $2 GROUP BY x.level`, [`${year}-01-01`, `${year}-12-31`, prefix]),
      q(`SELECT status, count(*) AS n FROM home_care_order WHERE ordered_on BETWEEN $1 AND $2 AND division_code LIKE $3 GROUP BY status ORDER BY status`, [`${year}-01-01`, `${year}-12-31`, prefix]),
      // A visit is a checked-out order (confirmed or settled later), counted in its check-out month.
      q(
        `SELECT count(*) AS visits, count(DISTINCT resident_id) AS elders, COALESCE(sum(price_fen), 0) AS price, COALESCE(sum(subsidy_fen), 0) AS subsidy
           FROM home_care_order WHERE service_month BETWEEN $1 AND $2 AND status IN ('CHECKED_OUT', 'CONFIRMED', 'SETTLED') AND division_code LIKE $3`,
        [first, last, prefix],
      ),
      q(
        `SELECT count(*) FILTER (WHERE contracted_on <= $2 AND (ended_on IS NULL OR ended_on > $2)) AS active,
                count(*) FILTER (WHERE contracted_on BETWEEN $1 AND $2) AS contracted
           FROM home_care_bed WHERE division_code LIKE $3`,
        [`${year}-01-01`, asOf, prefix],
      ),
      q(
        `SELECT (SELECT count(*) FROM institution WHERE division_code LIKE $1) AS institutions,
                (SELECT count(*) FROM bed b JOIN institution i ON i.id = b.institution_id WHERE i.division_code LIKE $1) AS beds`,
        [prefix],
      ),
      q(
        `SELECT count(*) FILTER (WHERE admitted_on <= $2 AND (discharged_on IS NULL OR discharged_on > $2)) AS occupied,
                count(*) FILTER (WHERE admitted_on BETWEEN $1 AND $3) AS admissions,
                count(*) FILTER (WHERE discharged_on BETWEEN $1 AND $3) AS discharges
           FROM bed_stay s JOIN institution i ON i.id = s.institution_id WHERE i.division_code LIKE $4`,
        [`${year}-01-01`, asOf, `${year}-12-31`, prefix],
      ),
    ]);
  }
}

/** recipients, paid, assessments, orders, visits, home-care beds, institutions, stays */
type AnnualRows = [Row[], Row[], Row[], Row[], Row[], Row[], Row[], Row[]];

function toAnnualReport(year: number, asOf: string, [recipients, paid, assessments, orders, visits, homeCareBeds, institutions, stays]: AnnualRows) {
  const paidOf = (kind: string) => paid.find((p) => p.kind === kind);
  const recipientsOf = (kind: string) => recipients.filter((r) => r.kind === kind);
  const v = visits[0];
  return {
    year,
    asOf,
    highAgeAllowance: {
      recipientsByTier: recipientsOf('HIGH_AGE').map((r) => ({ tier: r.tier, recipients: num(r.recipients) })),
      paymentLines: num(paidOf('HIGH_AGE')?.lines),
      paidRecipients: num(paidOf('HIGH_AGE')?.paid_recipients),
      totalFen: num(paidOf('HIGH_AGE')?.total),
    },
    serviceSubsidy: {
      recipients: recipientsOf('SERVICE_SUBSIDY').reduce((n, r) => n + num(r.recipients), 0),
      paymentLines: num(paidOf('SERVICE_SUBSIDY')?.lines),
      paidRecipients: num(paidOf('SERVICE_SUBSIDY')?.paid_recipients),
      totalFen: num(paidOf('SERVICE_SUBSIDY')?.total),
    },
    assessments: {
      total: assessments.reduce((n, r) => n + num(r.n), 0),
      byLevel: levelCounts(assessments.map((r) => ({ level: num(r.level), n: num(r.n) }))),
    },
    homeCare: {
      orders: orders.reduce((n, r) => n + num(r.n), 0),
      ordersByStatus: orders.map((r) => ({ status: r.status, orders: num(r.n) })),
      visits: num(v.visits),
      eldersServed: num(v.elders),
      visitsPriceFen: num(v.price),
      visitsSubsidyFen: num(v.subsidy),
      homeCareBeds: { activeAsOf: num(homeCareBeds[0].active), contractedInYear: num(homeCareBeds[0].contracted) },
    },
    institutions: {
      institutions: num(institutions[0].institutions),
      ...bedFigures(num(institutions[0].beds), num(stays[0].occupied), num(stays[0].admissions), num(stays[0].discharges)),
    },
  };
}
