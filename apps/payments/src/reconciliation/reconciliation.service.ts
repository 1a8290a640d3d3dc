import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatReference } from '../batches/rules/bank-file.rule';
import { lineState } from '../payables/rules/line-state.rule';
import type { DifferenceLineResponse, ReconciliationResponse } from './reconciliation.dto';
import { reconcile, type ProgrammeCount, type StateCount } from './rules/reconciliation.rule';

const MONTH_LINES = `SELECT approval_id FROM approval WHERE month = $1`;

type CountRow = { programme: string; state?: StateCount['state']; lines: number; amount_fen: number };
const counts = (rows: CountRow[]): ProgrammeCount[] => rows.map((r) => ({ programme: r.programme, lines: r.lines, amountFen: r.amount_fen }));

/**
 * A month's reconciliation, each state counted from the table that holds it (not derived from one
 * another), on one snapshot: what the programmes approved for the month against what became of it.
 */
@Injectable()
export class ReconciliationService {
  constructor(private readonly dataSource: DataSource) {}

  async month(month: string, limit: number): Promise<ReconciliationResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(`SET LOCAL jit = off`);
      const q = (sql: string) => manager.query<CountRow[]>(sql, [month]);
      const approved = await q(`SELECT programme, count(*)::int AS lines, sum(amount_fen)::float8 AS amount_fen FROM payable_line WHERE approval_id IN (${MONTH_LINES}) GROUP BY programme`);
      const batched = await q(
        `SELECT p.programme, coalesce(b.outcome, 'PENDING') AS state, count(*)::int AS lines, sum(p.amount_fen)::float8 AS amount_fen
         FROM batch_line b JOIN payable_line p ON p.reference = b.reference WHERE p.approval_id IN (${MONTH_LINES}) GROUP BY 1, 2`,
      );
      const held = await q(
        `SELECT p.programme, 'HELD' AS state, count(*)::int AS lines, sum(p.amount_fen)::float8 AS amount_fen
         FROM held_line h JOIN payable_line p ON p.reference = h.reference WHERE p.approval_id IN (${MONTH_LINES}) GROUP BY 1`,
      );
      const refused = await q(
        `SELECT programme, 'REFUSED' AS state, count(*)::int AS lines, sum(amount_fen)::float8 AS amount_fen
         FROM payable_line WHERE approval_id IN (${MONTH_LINES}) AND refusal IS NOT NULL GROUP BY 1`,
      );
      const awaiting = await q(
        `SELECT p.programme, 'AWAITING' AS state, count(*)::int AS lines, sum(p.amount_fen)::float8 AS amount_fen
         FROM payable_line p WHERE p.approval_id IN (${MONTH_LINES}) AND p.refusal IS NULL
           AND NOT EXISTS (SELECT 1 FROM batch_line b WHERE b.reference = p.reference) AND NOT EXISTS (SELECT 1 FROM held_line h WHERE h.reference = p.reference)
         GROUP BY 1`,
      );
      const [intake] = await manager.query<Array<{ lines: number; amount_fen: number }>>(
        `SELECT coalesce(sum(new_lines), 0)::float8 AS lines, coalesce(sum(new_amount_fen), 0)::float8 AS amount_fen FROM approval_chunk WHERE approval_id IN (${MONTH_LINES})`,
        [month],
      );
      const states: StateCount[] = [...batched, ...held, ...refused, ...awaiting].map((r) => ({ programme: r.programme, state: r.state!, lines: r.lines, amountFen: r.amount_fen }));
      const result = reconcile(month, counts(approved), states, { lines: intake.lines, amountFen: intake.amount_fen });
      const differences = await manager.query<Array<Record<string, string | null>>>(
        `SELECT p.line_id, p.reference::text, p.owner_service, p.programme, p.period, p.amount_fen::text, p.refusal, b.batch_id, b.outcome, b.failure_reason, h.reason AS hold_reason,
                count(*) OVER () AS total
         FROM payable_line p LEFT JOIN batch_line b ON b.reference = p.reference LEFT JOIN held_line h ON h.reference = p.reference
         WHERE p.approval_id IN (${MONTH_LINES}) AND b.outcome IS DISTINCT FROM 'PAID'
         ORDER BY p.reference LIMIT $2`,
        [month, Math.max(limit, 1)],
      );
      return { ...result, differenceCount: Number(differences[0]?.total ?? 0), differences: differences.slice(0, limit).map(toDifference) };
    });
  }
}

function toDifference(r: Record<string, string | null>): DifferenceLineResponse {
  const state = lineState({ refusal: r.refusal, batchId: r.batch_id, outcome: r.outcome as 'PAID' | 'FAILED' | null, holdReason: r.hold_reason });
  return {
    lineId: r.line_id!,
    reference: formatReference(r.reference!),
    ownerService: r.owner_service!,
    programme: r.programme!,
    period: r.period!,
    amountFen: Number(r.amount_fen),
    state,
    reason: r.refusal ?? r.failure_reason ?? r.hold_reason ?? null,
    batchId: r.batch_id,
  };
}
