// The child allowance payroll's side of 一卡通. Payee: the child (PERSON, the child's resident ID);
// payments keeps the child's 惠民惠农 account, which the guardian operates, so a change of
// guardian never changes the payee of a line.
import { publishPayablesInChunks, type PayablesChunkSink } from '@app/common/payables/payables-chunks';
import { reissueDecision } from '@app/common/payables/rules/reissue.rule';
import type { PayableLine } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';

export const PAYMENT_LINES = { table: 'allowance_payment', ownerService: 'child-welfare' } as const;

/**
 * Opens the payroll record of (month, scope) for a run, or finds it, locked for this transaction,
 * and adds the runner to its makers. False when it is approved: its lines are closed.
 */
export async function openForRun(manager: EntityManager, month: string, scope: string, runner: string): Promise<boolean> {
  await manager.query(`INSERT INTO allowance_payroll (month, scope, run_by) VALUES ($1, $2, ARRAY[$3]) ON CONFLICT (month, scope) DO NOTHING`, [month, scope, runner]);
  const [record]: Array<{ status: string }> = await manager.query(`SELECT status FROM allowance_payroll WHERE month = $1 AND scope = $2 FOR UPDATE`, [month, scope]);
  if (record.status === 'APPROVED') return false;
  await manager.query(`UPDATE allowance_payroll SET run_by = array_append(run_by, $3) WHERE month = $1 AND scope = $2 AND NOT ($3 = ANY (run_by))`, [month, scope, runner]);
  return true;
}

/**
 * Lines the bank returned FAILED are paid again with the run of `month`, once
 * (libs/common/src/payables/rules/reissue.rule.ts). A child whose case closed (death, adoption,
 * coming of age) is not paid again for a month from the month after the closing on.
 */
export async function attachReissues(manager: EntityManager, month: string, scope: string): Promise<number> {
  const failed: Array<{ id: string; period: string; stoppedFromMonth: string | null; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, to_char(c.closed_on + interval '1 month', 'YYYY-MM') AS "stoppedFromMonth", f.kind = 'REISSUE' AS "isReissue",
            EXISTS (SELECT 1 FROM allowance_payment r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM allowance_payment f JOIN child c ON c.id = f.child_id WHERE f.payment_status = 'FAILED' AND f.village_code LIKE $1`,
    [`${scope}%`],
  );
  const reissued = failed.filter((f) => reissueDecision(f).reissue).map((f) => f.id);
  if (reissued.length === 0) return 0;
  const rows: unknown[] = await manager.query(
    `INSERT INTO allowance_payment (child_id, resident_id, village_code, month, kind, paid_with_month, category, care_form, amount_fen, overlap_program, reissue_of)
     SELECT child_id, resident_id, village_code, month, 'REISSUE', $1, category, care_form, amount_fen, overlap_program, id FROM allowance_payment WHERE id = ANY ($2::uuid[])
     ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
    [month, reissued],
  );
  return rows.length;
}

/**
 * Releases the scope's lines paid with `month` that no approval has released yet (a line of zero
 * fen pays nothing and is not a payable), and publishes them as payables chunks.
 */
export async function releaseLines(manager: EntityManager, approval: { approvalId: string; month: string; approvedBy: string; scope: string }, publish: PayablesChunkSink): Promise<number> {
  // An UPDATE … RETURNING answers [rows, count], not the rows: its length was always 2, so an
  // approval of any other number of lines failed its own count (found by the year simulation).
  const [released] = await manager.query<[Array<{ id: string }>, number]>(
    `UPDATE allowance_payment SET approval_id = $1 WHERE paid_with_month = $2 AND village_code LIKE $3 AND approval_id IS NULL AND amount_fen > 0 RETURNING id`,
    [approval.approvalId, approval.month, `${approval.scope}%`],
  );
  await publishPayablesInChunks(approval, released.length, async (after, limit) => {
    const rows: Array<{ id: string; month: string; amountFen: number; residentId: string; reissueOf: string | null }> = await manager.query(
      `SELECT id, month, amount_fen AS "amountFen", resident_id AS "residentId", reissue_of AS "reissueOf"
       FROM allowance_payment WHERE approval_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [approval.approvalId, after, limit],
    );
    return rows.map(
      (r): PayableLine => ({ lineId: r.id, programme: 'CHILD_ALLOWANCE', period: r.month, payee: { kind: 'PERSON', residentId: r.residentId }, amountFen: r.amountFen, ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}) }),
    );
  }, publish);
  return released.length;
}
