import { z } from 'zod';
import { amountFenSchema, localDateSchema, textSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';
import { payableProgrammeSchema } from '../shared/payables';
import { serviceNameSchema } from '../services';

/** The bank's reasons for a failed line, as payments normalises every bank's codes. */
export const paymentFailureReasonSchema = z.enum(['ACCOUNT_CLOSED', 'NAME_MISMATCH', 'ACCOUNT_FROZEN', 'ACCOUNT_NOT_FOUND', 'OTHER']);
export type PaymentFailureReason = z.infer<typeof paymentFailureReasonSchema>;

const outcomeLine = z.object({
  lineId: uuidSchema.describe("The owning programme's line id, as it was approved."),
  programme: payableProgrammeSchema,
  period: yearMonthSchema,
  amountFen: amountFenSchema.refine((fen) => fen > 0, { error: 'must be more than 0 fen' }),
});

const outcomeEnvelope = {
  batchId: uuidSchema.describe('The disbursement batch the lines were paid in.'),
  returnFileId: uuidSchema.describe('The bank return file that said so.'),
  ownerService: serviceNameSchema.describe('The service whose programme owns every line of this event.'),
};

/** Outcomes go back in chunks per owning service, like the approvals that created them. */
export const paymentLinesPaidV1Schema = z
  .object({
    ...outcomeEnvelope,
    paidOn: localDateSchema,
    lines: z.array(outcomeLine).min(1, { error: 'must hold at least one line' }).max(1000, { error: 'must hold at most 1000 lines' }),
  })
  .meta({
    title: 'PaymentLinesPaidV1',
    description: "The bank paid these lines into the payees' accounts (一卡通), per its return file.",
  });
export type PaymentLinesPaidV1 = z.infer<typeof paymentLinesPaidV1Schema>;

export const paymentLinesFailedV1Schema = z
  .object({
    ...outcomeEnvelope,
    returnedOn: localDateSchema,
    lines: z
      .array(
        outcomeLine.extend({
          reason: paymentFailureReasonSchema,
          bankMessage: textSchema.optional().describe("The bank's own words, kept for the caseworker."),
        }),
      )
      .min(1, { error: 'must hold at least one line' })
      .max(1000, { error: 'must hold at most 1000 lines' }),
  })
  .meta({
    title: 'PaymentLinesFailedV1',
    description:
      "The bank could not pay these lines. The owning programme re-issues each once, in a later batch; payments holds the re-issue until the payee's account is corrected and confirmed.",
  });
export type PaymentLinesFailedV1 = z.infer<typeof paymentLinesFailedV1Schema>;
