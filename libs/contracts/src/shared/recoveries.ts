import { z } from 'zod';
import { payableProgrammeSchema } from './payables';
import { amountFenSchema, textSchema, uuidSchema, yearMonthSchema } from './primitives';
import { residentIdSchema } from './resident-id.schema';

/**
 * An approved request to take an overpayment back from the 一卡通 account it was paid into
 * (冲正). Shared like the payables contract: every programme that pays a person can overpay one,
 * and payments recovers them all the same way; each producer registers its own titled copy.
 * One request per event: overpayments come one death or move at a time, not by the million.
 */
export const recoveryRequestedV1Schema = z
  .object({
    recoveryId: uuidSchema.describe("The owning programme's id of this attempt: payments' idempotency key. A failed attempt asked again gets a new id."),
    overpaymentId: uuidSchema.describe('The receivable being recovered; at most one open attempt each.'),
    programme: payableProgrammeSchema.describe('The programme that paid the money, printed on the bank line.'),
    residentId: residentIdSchema.describe("The payee the money was paid to: payments debits this person's confirmed account."),
    amountFen: amountFenSchema.refine((fen) => fen > 0, { error: 'must be more than 0 fen' }),
    periods: z.array(yearMonthSchema).min(1, { error: 'must list at least one month' }).describe('The months paid for that the payee was not entitled to.'),
    paymentLineIds: z.array(uuidSchema).describe('The payment lines that paid those months, where known (may be empty).'),
    requestedBy: textSchema.describe('Subject (user id) of the official who asked for the recovery.'),
    approvedBy: textSchema.describe('Subject (user id) of the official who approved it; never who asked.'),
  })
  .meta({
    title: 'RecoveryRequestedV1',
    description: 'An approved recovery of one overpayment from the payee’s 一卡通 account. Unique by recoveryId: delivered twice, it changes nothing.',
  });
export type RecoveryRequestedV1 = z.infer<typeof recoveryRequestedV1Schema>;

/** Each producer's copy, titled for the AsyncAPI document: `recoveryRequestedV1For('ElderlyCare', 'high-age allowance')`. */
export function recoveryRequestedV1For(producerTitle: string, what: string): typeof recoveryRequestedV1Schema {
  return recoveryRequestedV1Schema.meta({
    title: `${producerTitle}RecoveryRequestedV1`,
    description: `An approved recovery of one ${what} overpayment from the payee’s 一卡通 account, for payments to debit. Unique by recoveryId: delivered twice, it changes nothing.`,
  });
}
