// Turning what was already paid for months from a stop on into a receivable (DOMAIN §0, §8).
// Shared by every cause of a stop (a death, the child allowance) so they open overpayments alike.
import type { AuditService } from '@app/common/audit/audit.service';
import type { Fen } from '@app/common/money/fen';
import type { YearMonth } from '@app/common/time/year-month';
import type { EventPublisher } from '@app/messaging';
import type { EntityManager } from 'typeorm';
import type { AssistanceCase } from '../dibao/assistance-case.entity';
import { overpaidLines } from '../deaths/rules/overpayment';

const ACTOR = { system: 'social-assistance' };

/**
 * Compares the case's paid lines for months from `stopFrom` with `entitledFen(month)` (0 once the
 * case stopped) and opens one overpayment per (case, cause event); a redelivered cause opens none.
 */
export async function detectOverpayment(
  manager: EntityManager,
  publisher: EventPublisher,
  audit: AuditService,
  c: AssistanceCase,
  residentId: string,
  stopFrom: YearMonth,
  entitledFen: (month: YearMonth) => Fen,
  causeEventId: string,
): Promise<void> {
  const lines: Array<{ month: string; amountFen: number }> = await manager.query(
    `SELECT month, sum(amount_fen)::float8 AS "amountFen" FROM payment_line
     WHERE case_id = $1 AND month >= $2 AND payroll_id IS NOT NULL GROUP BY month ORDER BY month`,
    [c.id, stopFrom.toString()],
  );
  if (lines.length === 0) return;
  const overpaid = overpaidLines(lines, stopFrom, entitledFen);
  if (!overpaid) return;
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO overpayment (case_id, resident_id, months, amount_fen, cause_event_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id, cause_event_id) DO NOTHING RETURNING id`,
    [c.id, residentId, overpaid.months, overpaid.amountFen, causeEventId],
  );
  if (inserted.length === 0) return;
  const overpaymentId = inserted[0].id;
  await audit.record(manager, { actor: ACTOR, action: 'overpayment.detected', entityType: 'overpayment', entityId: overpaymentId, after: { caseId: c.id, residentId, ...overpaid } });
  await publisher.publish(
    manager,
    'social-assistance.overpayment.detected.v1',
    { overpaymentId, residentId, householdId: c.householdId, program: c.program, months: overpaid.months, amountFen: overpaid.amountFen, causeEventId },
    { subject: residentId },
  );
}
