// A funeral benefit's side of 一卡通: one payment line per approved benefit, paid to the claimant's
// 惠民惠农 account, and one re-issue of a line the bank returned FAILED. A benefit has no monthly
// run to carry a re-issue, so it goes out at once as an approval of its own (approvalId = the
// re-issue line), approved by whoever approved the benefit; payments holds it until the
// claimant's account is corrected.
import { publishPayablesInChunks, type PayablesChunkSink } from '@app/common/payables/payables-chunks';
import { reissueDecision } from '@app/common/payables/rules/reissue.rule';
import type { PayableLine } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';

export const PAYMENT_LINES = { table: 'funeral_benefit_payment', ownerService: 'civil-registration' } as const;

interface LineRow {
  id: string;
  month: string;
  amountFen: number;
  reissueOf: string | null;
  claimant: string;
  approvedBy: string;
}

const LINE = `SELECT p.id, p.month, p.amount_fen::float8 AS "amountFen", p.reissue_of AS "reissueOf", b.claimant_resident_id AS claimant, b.approved_by AS "approvedBy"
  FROM funeral_benefit_payment p JOIN funeral_benefit b ON b.id = p.benefit_id WHERE p.id = $1`;

function payable(row: LineRow): PayableLine {
  return { lineId: row.id, programme: 'FUNERAL_BENEFIT', period: row.month, payee: { kind: 'PERSON', residentId: row.claimant }, amountFen: row.amountFen, ...(row.reissueOf ? { reissueOf: row.reissueOf } : {}) };
}

/** Publishes one payment line as an approval of one chunk. */
async function publishLine(manager: EntityManager, lineId: string, approvalId: string, publish: PayablesChunkSink): Promise<void> {
  const [row]: LineRow[] = await manager.query(LINE, [lineId]);
  await publishPayablesInChunks({ approvalId, month: row.month, approvedBy: row.approvedBy }, 1, async (after) => (after === null ? [payable(row)] : []), publish);
}

/** The benefit's payment line, for the month it was approved in, published with the approval (approvalId = the benefit). */
export async function payApprovedBenefit(manager: EntityManager, benefit: { id: string; amountFen: number }, month: string, publish: PayablesChunkSink): Promise<void> {
  const [line]: Array<{ id: string }> = await manager.query(
    `INSERT INTO funeral_benefit_payment (benefit_id, month, amount_fen, kind) VALUES ($1, $2, $3, 'BENEFIT') RETURNING id`,
    [benefit.id, month, benefit.amountFen],
  );
  await publishLine(manager, line.id, benefit.id, publish);
}

/**
 * Re-issues, once, each of the given lines that the bank returned FAILED
 * (libs/common/src/payables/rules/reissue.rule.ts; a benefit for a death never stops).
 */
export async function reissueFailed(manager: EntityManager, lineIds: string[], month: string, publish: PayablesChunkSink): Promise<number> {
  const failed: Array<{ id: string; period: string; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, f.kind = 'REISSUE' AS "isReissue", EXISTS (SELECT 1 FROM funeral_benefit_payment r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM funeral_benefit_payment f WHERE f.id = ANY ($1::uuid[]) AND f.payment_status = 'FAILED'`,
    [lineIds],
  );
  let reissued = 0;
  for (const line of failed.filter((f) => reissueDecision({ ...f, stoppedFromMonth: null }).reissue)) {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO funeral_benefit_payment (benefit_id, month, amount_fen, kind, reissue_of)
       SELECT benefit_id, $2, amount_fen, 'REISSUE', id FROM funeral_benefit_payment WHERE id = $1
       ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
      [line.id, month],
    );
    if (rows.length === 0) continue;
    await publishLine(manager, rows[0].id, rows[0].id, publish);
    reissued += 1;
  }
  return reissued;
}

export interface FuneralBenefitPaymentView {
  lineId: string;
  kind: 'BENEFIT' | 'REISSUE';
  month: string;
  amountFen: number;
  reissueOf: string | null;
  paymentStatus: 'PAID' | 'FAILED' | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

export async function paymentsOf(manager: EntityManager, benefitIds: string[]): Promise<Map<string, FuneralBenefitPaymentView[]>> {
  const rows: Array<FuneralBenefitPaymentView & { benefitId: string }> = await manager.query(
    `SELECT benefit_id AS "benefitId", id AS "lineId", kind, month, amount_fen::float8 AS "amountFen", reissue_of AS "reissueOf", payment_status AS "paymentStatus",
            payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"
     FROM funeral_benefit_payment WHERE benefit_id = ANY ($1::uuid[]) ORDER BY created_at, id`,
    [benefitIds],
  );
  const byBenefit = new Map<string, FuneralBenefitPaymentView[]>();
  for (const { benefitId, ...line } of rows) byBenefit.set(benefitId, [...(byBenefit.get(benefitId) ?? []), line]);
  return byBenefit;
}
