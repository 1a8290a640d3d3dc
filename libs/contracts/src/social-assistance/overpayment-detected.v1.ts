import { z } from 'zod';
import { programSchema } from '../shared/enums';
import { amountFenSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

export const overpaymentDetectedV1Schema = z
  .object({
    overpaymentId: uuidSchema,
    residentId: residentIdSchema,
    householdId: uuidSchema,
    program: programSchema,
    months: z
      .array(yearMonthSchema)
      .min(1, { error: 'must list at least one month' })
      .describe('Months paid although not entitled.'),
    amountFen: amountFenSchema.describe('Sum paid for those months: the receivable.'),
    causeEventId: uuidSchema.describe('Id of the event that revealed the overpayment (e.g. the death).'),
  })
  .meta({
    title: 'OverpaymentDetectedV1',
    description: 'Money was paid for months after an enrollment stopped; a receivable was opened (recover, ask heirs or write off).',
  });

export type OverpaymentDetectedV1 = z.infer<typeof overpaymentDetectedV1Schema>;
