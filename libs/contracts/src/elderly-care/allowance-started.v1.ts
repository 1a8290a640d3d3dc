import { z } from 'zod';
import { amountFenSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { allowanceKindSchema, allowanceTierSchema } from './allowance';

export const allowanceStartedV1Schema = z
  .object({
    allowanceId: uuidSchema,
    residentId: residentIdSchema,
    kind: allowanceKindSchema,
    tier: allowanceTierSchema,
    monthlyAmountFen: amountFenSchema,
    fromMonth: yearMonthSchema.describe('First month paid.'),
  })
  .meta({
    title: 'AllowanceStartedV1',
    description:
      'A high-age allowance or service subsidy started from fromMonth. Moving up a tier stops the old allowance (TIER_CHANGED) and starts a new one.',
  });

export type AllowanceStartedV1 = z.infer<typeof allowanceStartedV1Schema>;
