import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { PolicyService } from '@app/common/policy/policy.service';
import { UNWATCHED, type JobProgress } from '@app/common/long-jobs/job-progress';
import { PolicyNotFoundError } from '@app/common/policy/value-in-force';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { HIGH_AGE_TIERS_POLICY_KEY, LOOK_BACK_MONTHS_POLICY_KEY } from '../allowances/rules/high-age-allowance.rule';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY } from '../service-subsidy/rules/service-subsidy.rule';
import { openForRun, payrollRecord, type PayrollRecordView } from './payroll-record';
import { assertCoversEveryPaidElder } from './payroll-scope';
import { attachReissues, payrollLineCount } from './payroll-payables';
import { monthlyDueFrom, paidKey, payrollLines, windowStart, type PaidMonth, type PayableAllowance, type PayrollLine } from './rules/payroll-lines.rule';

export interface PayrollSummary extends PayrollRecordView {
  month: string;
  created: number;
  /** Lines paid by this month's payroll: its own month, back months of late grants and arrears. */
  lines: number;
  totalFen: number;
  byKind: { kind: string; lines: number; totalFen: number }[];
  /** The arrears (补发) among them. */
  arrears: { lines: number; totalFen: number };
  /** Lines the bank returned FAILED, paid again by this payroll. */
  reissues: { lines: number; totalFen: number };
  /** 一卡通 outcomes so far (the rest are not yet known). */
  paid: { lines: number; totalFen: number };
  failed: { lines: number; totalFen: number };
}

export interface PayrollLineView {
  lineId: string;
  allowanceId: string;
  residentId: string;
  kind: string;
  month: string;
  amountFen: number;
  lineType: 'REGULAR' | 'ARREARS' | 'REISSUE';
  reissueOf: string | null;
  paymentStatus: 'PAID' | 'FAILED' | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

/** Lines inserted per statement. */
const CHUNK = 5_000;

@Injectable()
export class PayrollService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
    private readonly audit: AuditService,
  ) {}

  /**
   * The lines of `month` (DOMAIN §8): every covered month of the look-back window without a line
   * yet, at the figure in force in that month, and arrears for months paid below a figure raised
   * since. Regular lines are unique by (allowance, month), arrears by (allowance, month, figure):
   * a rerun, or two at once, add nothing. Lines the bank returned FAILED are re-issued once. An
   * approved month is closed: a rerun adds nothing to it (late grants join the next month's window).
   */
  async run(month: YearMonth, actor: Principal, progress: JobProgress = UNWATCHED): Promise<PayrollSummary> {
    const lookBack = await this.policy.valueForMonth(LOOK_BACK_MONTHS_POLICY_KEY, month);
    const [tiers, subsidy] = await Promise.all([this.policy.periods(HIGH_AGE_TIERS_POLICY_KEY), this.policy.periods(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY)]);
    const due = monthlyDueFrom(tiers, subsidy);
    const first = windowStart(month, lookBack).toString();
    const created = await this.dataSource.transaction(async (manager) => {
      await assertCoversEveryPaidElder(manager, actor);
      if (!(await openForRun(manager, month.toString(), actor.sub))) return 0;
      const allowances: PayableAllowance[] = await manager.query(
        `SELECT id, resident_id AS "residentId", kind, tier, from_month AS "fromMonth", stop_from_month AS "stopFromMonth"
           FROM allowance WHERE from_month <= $1 AND (stop_from_month IS NULL OR stop_from_month > $2)`,
        [month.toString(), first],
      );
      const paid = await this.paidMonths(manager, first, month.toString());
      const { lines, missing } = payrollLines(month, lookBack, allowances, paid, due);
      if (missing.length > 0) {
        // A month a payable allowance needs has no figure (or its tier is not in the table): nothing is written.
        const m = missing[0];
        const key = m.kind === 'HIGH_AGE' ? HIGH_AGE_TIERS_POLICY_KEY : SERVICE_SUBSIDY_AMOUNT_POLICY_KEY;
        throw new PolicyNotFoundError(key, YearMonth.parse(m.month).firstDay(), m.month, m.kind === 'HIGH_AGE' ? m.tier : undefined);
      }
      progress.setTotal(lines.length);
      const inserted = (await this.insert(manager, month.toString(), lines, progress)) + (await attachReissues(manager, month.toString()));
      await this.audit.record(manager, { actor, action: 'payroll.run', entityType: 'payroll', entityId: randomUUID(), after: { month: month.toString(), created: inserted } });
      return inserted;
    });
    return { ...(await this.summary(month)), created };
  }

  /** What each month was paid; a re-issue pays a failed line again, not more of its month, so arrears compare with the rest. */
  private async paidMonths(manager: EntityManager, first: string, last: string): Promise<Map<string, PaidMonth>> {
    const rows: { allowance_id: string; month: string; has_regular: boolean; paid: string }[] = await manager.query(
      `SELECT allowance_id, month, bool_or(line_type = 'REGULAR') AS has_regular, sum(amount_fen) AS paid
         FROM allowance_payment WHERE month BETWEEN $1 AND $2 AND line_type <> 'REISSUE' GROUP BY allowance_id, month`,
      [first, last],
    );
    return new Map(rows.map((r) => [paidKey(r.allowance_id, r.month), { hasRegular: r.has_regular, paidFen: Number(r.paid) }]));
  }

  private async insert(manager: EntityManager, paidIn: string, lines: PayrollLine[], progress: JobProgress): Promise<number> {
    let inserted = 0;
    for (const lineType of ['REGULAR', 'ARREARS'] as const) {
      const ofType = lines.filter((l) => l.lineType === lineType);
      const conflict = lineType === 'REGULAR' ? `(allowance_id, month) WHERE line_type = 'REGULAR'` : `(allowance_id, month, due_fen) WHERE line_type = 'ARREARS'`;
      for (let i = 0; i < ofType.length; i += CHUNK) {
        const chunk = ofType.slice(i, i + CHUNK);
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO allowance_payment (allowance_id, resident_id, kind, month, amount_fen, line_type, due_fen, paid_in_month)
           SELECT a, r, k, m, f, $7, d, $8 FROM unnest($1::uuid[], $2::char(18)[], $3::varchar[], $4::char(7)[], $5::integer[], $6::integer[]) AS u(a, r, k, m, f, d)
           ON CONFLICT ${conflict} DO NOTHING
           RETURNING id`,
          [chunk.map((l) => l.allowanceId), chunk.map((l) => l.residentId), chunk.map((l) => l.kind), chunk.map((l) => l.month), chunk.map((l) => l.amountFen), chunk.map((l) => l.dueFen), lineType, paidIn],
        );
        inserted += rows.length;
        progress.advance(chunk.length);
      }
    }
    return inserted;
  }

  /** What the payroll of `month` pays: lines paid in that month, by kind, arrears and re-issues apart, and what the bank said. */
  async summary(month: YearMonth): Promise<PayrollSummary> {
    const rows: Tally[] = await this.dataSource.query(
      `SELECT kind, line_type, payment_status, count(*) AS lines, sum(amount_fen) AS total FROM allowance_payment WHERE paid_in_month = $1
       GROUP BY kind, line_type, payment_status ORDER BY kind`,
      [month.toString()],
    );
    const kinds = [...new Set(rows.map((r) => r.kind))];
    const all = tally(rows);
    return {
      month: month.toString(),
      ...(await payrollRecord(this.dataSource.manager, month.toString())),
      created: 0,
      lines: all.lines,
      totalFen: all.totalFen,
      byKind: kinds.map((kind) => ({ kind, ...tally(rows.filter((r) => r.kind === kind)) })),
      arrears: tally(rows.filter((r) => r.line_type === 'ARREARS')),
      reissues: tally(rows.filter((r) => r.line_type === 'REISSUE')),
      paid: tally(rows.filter((r) => r.payment_status === 'PAID')),
      failed: tally(rows.filter((r) => r.payment_status === 'FAILED')),
    };
  }

  /** The payroll's lines, a page at a time, with the bank's outcome of each. */
  async lines(month: YearMonth, query: PageQuery): Promise<Page<PayrollLineView>> {
    const { offset, limit } = pageWindow(query);
    const manager = this.dataSource.manager;
    const items: PayrollLineView[] = await manager.query(
      `SELECT id AS "lineId", allowance_id AS "allowanceId", resident_id AS "residentId", kind, month, amount_fen AS "amountFen", line_type AS "lineType",
              reissue_of AS "reissueOf", payment_status AS "paymentStatus", payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"
       FROM allowance_payment WHERE paid_in_month = $1 ORDER BY id OFFSET $2 LIMIT $3`,
      [month.toString(), offset, limit],
    );
    return pageOf(items, await payrollLineCount(manager, month.toString()), query);
  }
}

type Tally = { kind: string; line_type: string; payment_status: string | null; lines: string; total: string };

function tally(rows: Tally[]): { lines: number; totalFen: number } {
  return { lines: rows.reduce((n, r) => n + Number(r.lines), 0), totalFen: rows.reduce((n, r) => n + Number(r.total), 0) };
}
