import type { PaymentLinesFailedV1, PaymentLinesPaidV1 } from '@app/contracts/payments/line-outcome';
import type { ServiceName } from '@app/contracts/services';
import type { EntityManager, QueryRunner } from 'typeorm';

// Every programme keeps the 一卡通 outcome on its own payment lines, in the same four columns, and
// a re-issue points at the failed line it pays again (unique: re-issued once at most).

/** Adds the payment outcome and re-issue columns to a programme's line table. */
export async function addPaymentOutcomeColumns(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE "${table}"
    ADD COLUMN "payment_status" varchar(6) NULL CHECK ("payment_status" IN ('PAID', 'FAILED')),
    ADD COLUMN "payment_failure_reason" varchar(20) NULL,
    ADD COLUMN "payment_bank_message" text NULL,
    ADD COLUMN "payment_outcome_on" date NULL,
    ADD COLUMN "reissue_of" uuid NULL REFERENCES "${table}" ("id")`);
  await q.query(`CREATE UNIQUE INDEX "UQ_${table}_reissue_of" ON "${table}" ("reissue_of") WHERE "reissue_of" IS NOT NULL`);
  await q.query(`CREATE INDEX "IDX_${table}_failed" ON "${table}" ("id") WHERE "payment_status" = 'FAILED'`);
}

export async function dropPaymentOutcomeColumns(q: QueryRunner, table: string): Promise<void> {
  await q.query(`DROP INDEX "IDX_${table}_failed"`);
  await q.query(`DROP INDEX "UQ_${table}_reissue_of"`);
  await q.query(`ALTER TABLE "${table}" DROP COLUMN "reissue_of", DROP COLUMN "payment_outcome_on", DROP COLUMN "payment_bank_message",
    DROP COLUMN "payment_failure_reason", DROP COLUMN "payment_status"`);
}

/** Where a service keeps its lines: the table, and the service that owns them. */
export interface PaymentLineTable {
  table: string;
  ownerService: ServiceName;
}

/**
 * Marks the lines of a paid chunk PAID in one statement. Another service's outcome is ignored; an
 * outcome is final, so a line that has one keeps it (a redelivered chunk changes nothing).
 * Returns the number of lines marked.
 */
export async function markLinesPaid(manager: EntityManager, lines: PaymentLineTable, event: PaymentLinesPaidV1): Promise<number> {
  if (event.ownerService !== lines.ownerService) return 0;
  const rows: unknown[] = await manager.query(
    `UPDATE "${lines.table}" SET payment_status = 'PAID', payment_outcome_on = $2 WHERE id = ANY ($1::uuid[]) AND payment_status IS NULL RETURNING id`,
    [event.lines.map((l) => l.lineId), event.paidOn],
  );
  return rows.length;
}

/** Marks the lines of a failed chunk FAILED with the bank's reason, in one statement, as markLinesPaid. */
export async function markLinesFailed(manager: EntityManager, lines: PaymentLineTable, event: PaymentLinesFailedV1): Promise<number> {
  if (event.ownerService !== lines.ownerService) return 0;
  const rows: unknown[] = await manager.query(
    `UPDATE "${lines.table}" t SET payment_status = 'FAILED', payment_failure_reason = o.reason, payment_bank_message = o.message, payment_outcome_on = $4
     FROM unnest($1::uuid[], $2::text[], $3::text[]) AS o(id, reason, message)
     WHERE t.id = o.id AND t.payment_status IS NULL RETURNING t.id`,
    [event.lines.map((l) => l.lineId), event.lines.map((l) => l.reason), event.lines.map((l) => l.bankMessage ?? null), event.returnedOn],
  );
  return rows.length;
}
