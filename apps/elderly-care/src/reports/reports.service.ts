import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CareCapacityQuery } from './care-capacity.query';
import { bedFigures, levelCounts, reportAsOf } from './rules/annual-report.rule';

type Row = Record<string, string | number | null>;
const num = (v: string | number | null | undefined): number => Number(v ?? 0);

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly careCapacity: CareCapacityQuery,
  ) {}

  /** Recipients, money paid (fen), assessments, home care, institutions, care workers and facilities of one calendar year. */
  async annual(year: number) {
    const today = this.clock.today();
    if (`${year}-01-01` > today) {
      throw new ProblemException({ status: 422, code: 'REPORT.YEAR_IN_FUTURE', detail: `${year} has not begun`, errors: [{ field: 'year', code: 'yearInFuture', message: 'must not be in the future' }] });
    }
    const asOf = reportAsOf(year, today);
    const [rows, capacity] = await Promise.all([this.read(year, asOf), this.careCapacity.read(year, asOf)]);
    const report = toAnnualReport(year, asOf, rows);
    return {
      ...report,
      assessments: { ...report.assessments, ...capacity.assessmentsByPurpose },
      institutions: { ...report.institutions, byOperatingModel: capacity.institutionsByOperatingModel, careWorkers: capacity.careWorkers },
      facilities: capacity.facilities,
    };
  }

  /** One query per part of the report, run side by side. */
  private read(year: number, asOf: string): Promise<AnnualRows> {
    const first = `${year}-01`;
    const last = `${year}-12`;
    const q = (sql: string, params: unknown[]): Promise<Row[]> => this.dataSource.query(sql, params);
    return Promise.all([
      // Anyone whose allowance or subsidy ran in at least one month of the year.
      q(
        `SELECT kind, tier, count(DISTINCT resident_id) AS recipients FROM allowance
          WHERE from_month <= $2 AND (stop_from_month IS NULL OR stop_from_month > $1) AND from_month < COALESCE(stop_from_month, '9999-99')
          GROUP BY kind, tier ORDER BY kind, tier`,
        [first, last],
      ),
      q(`SELECT kind, count(*) AS lines, count(DISTINCT resident_id) AS paid_recipients, sum(amount_fen) AS total FROM allowance_payment WHERE month BETWEEN $1 AND $2 GROUP BY kind ORDER BY kind`, [first, last]),
      q(`SELECT level, count(*) AS n FROM assessment WHERE assessed_on BETWEEN $1 AND $2 GROUP BY level`, [`${year}-01-01`, `${year}-12-31`]),
      q(`SELECT status, count(*) AS n FROM home_care_order WHERE ordered_on BETWEEN $1 AND $2 GROUP BY status ORDER BY status`, [`${year}-01-01`, `${year}-12-31`]),
      // A visit is a checked-out order (confirmed or settled later), counted in its check-out month.
      q(
        `SELECT count(*) AS visits, count(DISTINCT resident_id) AS elders, COALESCE(sum(price_fen), 0) AS price, COALESCE(sum(subsidy_fen), 0) AS subsidy
           FROM home_care_order WHERE service_month BETWEEN $1 AND $2 AND status IN ('CHECKED_OUT', 'CONFIRMED', 'SETTLED')`,
        [first, last],
      ),
      q(
        `SELECT count(*) FILTER (WHERE contracted_on <= $2 AND (ended_on IS NULL OR ended_on > $2)) AS active,
                count(*) FILTER (WHERE contracted_on BETWEEN $1 AND $2) AS contracted
           FROM home_care_bed`,
        [`${year}-01-01`, asOf],
      ),
      q(`SELECT (SELECT count(*) FROM institution) AS institutions, (SELECT count(*) FROM bed) AS beds`, []),
      q(
        `SELECT count(*) FILTER (WHERE admitted_on <= $2 AND (discharged_on IS NULL OR discharged_on > $2)) AS occupied,
                count(*) FILTER (WHERE admitted_on BETWEEN $1 AND $3) AS admissions,
                count(*) FILTER (WHERE discharged_on BETWEEN $1 AND $3) AS discharges
           FROM bed_stay`,
        [`${year}-01-01`, asOf, `${year}-12-31`],
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
