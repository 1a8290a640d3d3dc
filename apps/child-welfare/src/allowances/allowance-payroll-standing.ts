import type { EntityManager } from 'typeorm';

type Tally = { lines: number; totalFen: number };

/** Where a division's payroll of a month stands: approval, re-issues paid with it, and the bank's outcomes so far. */
export interface PayrollStanding {
  /** NOT_RUN before the division's first run; RUN; APPROVED (released for payment). */
  status: 'NOT_RUN' | 'RUN' | 'APPROVED';
  runBy: string[];
  approvedBy: string | null;
  approvedOn: string | null;
  /** Lines the bank returned FAILED, paid again with this month. */
  reissues: Tally;
  paid: Tally;
  failed: Tally;
}

export async function payrollStanding(manager: EntityManager, month: string, scope: string): Promise<PayrollStanding> {
  const [record]: Array<{ status: 'RUN' | 'APPROVED'; runBy: string[]; approvedBy: string | null; approvedOn: string | null }> = await manager.query(
    `SELECT status, run_by AS "runBy", approved_by AS "approvedBy", approved_on::text AS "approvedOn" FROM allowance_payroll WHERE month = $1 AND scope = $2`,
    [month, scope],
  );
  const [sums]: Array<Record<'reissueLines' | 'reissueFen' | 'paidLines' | 'paidFen' | 'failedLines' | 'failedFen', number>> = await manager.query(
    `SELECT count(*) FILTER (WHERE kind = 'REISSUE')::int AS "reissueLines", coalesce(sum(amount_fen) FILTER (WHERE kind = 'REISSUE'), 0)::int AS "reissueFen",
            count(*) FILTER (WHERE payment_status = 'PAID')::int AS "paidLines", coalesce(sum(amount_fen) FILTER (WHERE payment_status = 'PAID'), 0)::int AS "paidFen",
            count(*) FILTER (WHERE payment_status = 'FAILED')::int AS "failedLines", coalesce(sum(amount_fen) FILTER (WHERE payment_status = 'FAILED'), 0)::int AS "failedFen"
     FROM allowance_payment WHERE paid_with_month = $1 AND village_code LIKE $2`,
    [month, `${scope}%`],
  );
  return {
    ...(record ?? { status: 'NOT_RUN', runBy: [], approvedBy: null, approvedOn: null }),
    reissues: { lines: sums.reissueLines, totalFen: sums.reissueFen },
    paid: { lines: sums.paidLines, totalFen: sums.paidFen },
    failed: { lines: sums.failedLines, totalFen: sums.failedFen },
  };
}

export interface PayrollLineView {
  lineId: string;
  childId: string;
  residentId: string;
  month: string;
  kind: 'REGULAR' | 'ARREARS' | 'REISSUE';
  amountFen: number;
  reissueOf: string | null;
  paymentStatus: 'PAID' | 'FAILED' | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

/** The lines paid with a month in a division, a page at a time, with the bank's outcome of each. */
export async function payrollLinesPage(manager: EntityManager, month: string, scope: string, window: { offset: number; limit: number }): Promise<{ items: PayrollLineView[]; total: number }> {
  const items: PayrollLineView[] = await manager.query(
    `SELECT id AS "lineId", child_id AS "childId", resident_id AS "residentId", month, kind, amount_fen AS "amountFen", reissue_of AS "reissueOf",
            payment_status AS "paymentStatus", payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"
     FROM allowance_payment WHERE paid_with_month = $1 AND village_code LIKE $2 ORDER BY id OFFSET $3 LIMIT $4`,
    [month, `${scope}%`, window.offset, window.limit],
  );
  const [{ n }]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM allowance_payment WHERE paid_with_month = $1 AND village_code LIKE $2`, [month, `${scope}%`]);
  return { items, total: n };
}
