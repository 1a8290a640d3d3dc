import type { EntityManager } from 'typeorm';
import { Payroll } from './payroll.entity';

/**
 * Opens the month's payroll record for a run, or finds it, locked for this transaction, and adds
 * the runner to its makers. False when the month is approved: its lines are closed.
 */
export async function openForRun(manager: EntityManager, month: string, runner: string): Promise<boolean> {
  await manager.query(`INSERT INTO payroll (month, run_by) VALUES ($1, ARRAY[$2]) ON CONFLICT (month) DO NOTHING`, [month, runner]);
  const [record]: Array<{ status: Payroll['status'] }> = await manager.query(`SELECT status FROM payroll WHERE month = $1 FOR UPDATE`, [month]);
  if (record.status === 'APPROVED') return false;
  await manager.query(`UPDATE payroll SET run_by = array_append(run_by, $2) WHERE month = $1 AND NOT ($2 = ANY (run_by))`, [month, runner]);
  return true;
}

export interface PayrollRecordView {
  /** NOT_RUN before the first run; RUN; APPROVED (released for payment). */
  status: 'NOT_RUN' | Payroll['status'];
  runBy: string[];
  approvedBy: string | null;
  approvedOn: string | null;
}

export async function payrollRecord(manager: EntityManager, month: string): Promise<PayrollRecordView> {
  const record = await manager.findOneBy(Payroll, { month });
  if (!record) return { status: 'NOT_RUN', runBy: [], approvedBy: null, approvedOn: null };
  return { status: record.status, runBy: record.runBy, approvedBy: record.approvedBy, approvedOn: record.approvedOn };
}
