import { z } from 'zod';
import { amountFenSchema, textSchema, uuidSchema, yearMonthSchema } from './primitives';
import { residentIdSchema } from './resident-id.schema';

/**
 * The programme code printed on every bank line and used for reconciliation: what a yuan was
 * paid for. One code per programme and kind of payment, never reused for another meaning.
 */
export const payableProgrammeSchema = z.enum([
  'DIBAO',
  'TEKUN',
  'HIGH_AGE_ALLOWANCE',
  'SERVICE_SUBSIDY',
  'CHILD_ALLOWANCE',
  'FUNERAL_BENEFIT',
  'CANTEEN_SETTLEMENT',
  'HOME_CARE_SETTLEMENT',
  'SERVICE_PROVIDER_SETTLEMENT',
]);
export type PayableProgramme = z.infer<typeof payableProgrammeSchema>;

/** Who receives the money: a person's 惠民惠农 account, or an organisation's corporate account. */
export const payeeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('PERSON'), residentId: residentIdSchema }),
  z.object({
    kind: z.literal('ORGANISATION'),
    organisationId: uuidSchema.describe("The owning service's id of the canteen, institution or provider."),
    name: textSchema.describe('The organisation as the bank knows it, for the held-lines work list.'),
  }),
]);
export type Payee = z.infer<typeof payeeSchema>;

/** One approved amount owed to one payee for one period; the programme's line id is its key. */
export const payableLineSchema = z.object({
  lineId: uuidSchema.describe("The owning programme's id of the line: payments' idempotency key."),
  programme: payableProgrammeSchema,
  period: yearMonthSchema.describe('The month the money belongs to (an arrears line carries its own month).'),
  payee: payeeSchema,
  amountFen: amountFenSchema.refine((fen) => fen > 0, { error: 'must be more than 0 fen' }),
  reissueOf: uuidSchema
    .optional()
    .describe('A re-issue of a line the bank returned FAILED: the failed line id. At most one re-issue per failed line.'),
});
export type PayableLine = z.infer<typeof payableLineSchema>;

/** The largest chunk a programme puts in one event; 1,000 lines keep a message near 250 KB. */
export const PAYABLES_CHUNK_MAX_LINES = 1000;

/**
 * An approved payroll (or settlement, or benefit) in chunks: a million-line payroll is a thousand
 * events, not a million, and each chunk is applied in one statement. Chunks of one approval share
 * `approvalId` and say how many there are, so payments knows when an approval is complete.
 */
export const payablesApprovedV1Schema = z
  .object({
    approvalId: uuidSchema.describe('The payroll, settlement or benefit that was approved.'),
    month: yearMonthSchema.describe('The payroll month: the batch month the lines join.'),
    approvedBy: textSchema.describe('Subject (user id) of the official who approved; never who ran it.'),
    chunk: z
      .object({
        index: z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }),
        count: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }),
      })
      .refine((c) => c.index < c.count, { error: 'index must be below count' }),
    lines: z.array(payableLineSchema).min(1, { error: 'must hold at least one line' }).max(PAYABLES_CHUNK_MAX_LINES, {
      error: `must hold at most ${PAYABLES_CHUNK_MAX_LINES} lines`,
    }),
  })
  .meta({
    title: 'PayablesApprovedV1',
    description:
      'One chunk of approved payment lines of a programme, for 一卡通 disbursement by payments. Lines are unique by lineId: a chunk delivered twice changes nothing.',
  });
export type PayablesApprovedV1 = z.infer<typeof payablesApprovedV1Schema>;

/**
 * Each programme's own copy of the contract, titled for the AsyncAPI document (one message per
 * producer): `payablesApprovedV1For('SocialAssistance', '低保/特困 payroll lines')`.
 */
export function payablesApprovedV1For(producerTitle: string, what: string): typeof payablesApprovedV1Schema {
  return payablesApprovedV1Schema.meta({
    title: `${producerTitle}PayablesApprovedV1`,
    description: `One chunk (at most ${PAYABLES_CHUNK_MAX_LINES} lines) of approved ${what}, for 一卡通 disbursement by payments. Lines are unique by lineId: a chunk delivered twice changes nothing.`,
  });
}
