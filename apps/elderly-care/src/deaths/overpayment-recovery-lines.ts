import type { PayableProgramme } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { Overpayment } from './overpayment.entity';

const PROGRAMME: Record<string, PayableProgramme> = { HIGH_AGE: 'HIGH_AGE_ALLOWANCE', SERVICE_SUBSIDY: 'SERVICE_SUBSIDY' };

export interface RecoveredLines {
  programme: PayableProgramme;
  periods: string[];
  paymentLineIds: string[];
}

/**
 * The payroll lines the overpayment adds up (those of its allowance from the stop month on, as
 * recorded at the stop): the months a recovery covers and the lines payments paid them with.
 */
export async function recoveredLinesOf(manager: EntityManager, o: Overpayment): Promise<RecoveredLines> {
  const rows: Array<{ id: string; month: string; kind: string }> = await manager.query(
    `SELECT id, month, kind FROM allowance_payment WHERE allowance_id = $1 AND month >= $2 AND amount_fen > 0 ORDER BY month, id`,
    [o.allowanceId, o.fromMonth],
  );
  const [{ kind }]: Array<{ kind: string }> = await manager.query(`SELECT kind FROM allowance WHERE id = $1`, [o.allowanceId]);
  return {
    programme: PROGRAMME[kind],
    periods: rows.length > 0 ? [...new Set(rows.map((r) => r.month))] : [o.fromMonth],
    paymentLineIds: rows.map((r) => r.id),
  };
}
