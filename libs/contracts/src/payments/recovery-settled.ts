import { z } from 'zod';
import { serviceNameSchema } from '../services';
import { amountFenSchema, localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { paymentFailureReasonSchema } from './line-outcome';

/** How a recovery ended: the bank took the money back, or could not (with the bank's reason). */
export const recoveryOutcomeSchema = z.enum(['RECOVERED', 'FAILED']);
export type RecoveryOutcome = z.infer<typeof recoveryOutcomeSchema>;

const settledRecovery = z.object({
  recoveryId: uuidSchema.describe("The owning programme's recovery id, as it was requested."),
  overpaymentId: uuidSchema,
  outcome: recoveryOutcomeSchema,
  amountFen: amountFenSchema.refine((fen) => fen > 0, { error: 'must be more than 0 fen' }),
  reason: paymentFailureReasonSchema.optional().describe('Why the bank could not debit the account (FAILED only).'),
  bankMessage: textSchema.optional().describe("The bank's own words, kept for the caseworker."),
});

export const recoverySettledV1Schema = z
  .object({
    ownerService: serviceNameSchema.describe('The service whose programme asked for every recovery of this event.'),
    batchId: uuidSchema.describe('The recovery batch the debits were sent in.'),
    returnFileId: uuidSchema.describe('The bank return file that said so.'),
    settledOn: localDateSchema,
    recoveries: z.array(settledRecovery).min(1, { error: 'must hold at least one recovery' }).max(1000, { error: 'must hold at most 1000 recoveries' }),
  })
  .meta({
    title: 'RecoverySettledV1',
    description: "The bank's answer to recovery (冲正) debits: each RECOVERED, or FAILED with the reason. A failed recovery may be asked again, under a new recoveryId.",
  });
export type RecoverySettledV1 = z.infer<typeof recoverySettledV1Schema>;
