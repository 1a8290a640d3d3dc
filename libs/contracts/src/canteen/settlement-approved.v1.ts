import { z } from 'zod';
import { amountFenSchema, textSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';

export const settlementApprovedV1Schema = z
  .object({
    settlementId: uuidSchema,
    canteenId: uuidSchema,
    month: yearMonthSchema,
    mealCount: z
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must not be negative' })
      .describe('Subsidised meals settled (voided and disputed-then-rejected meals excluded).'),
    subsidyFen: amountFenSchema.describe('Subsidy owed to the canteen operator for the month.'),
    approvedBy: textSchema.describe('Subject (user id) of the official who approved.'),
  })
  .meta({
    title: 'SettlementApprovedV1',
    description: "A canteen's monthly meal-subsidy settlement was approved for payment; the month is closed for that canteen.",
  });

export type SettlementApprovedV1 = z.infer<typeof settlementApprovedV1Schema>;
