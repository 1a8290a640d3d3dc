import { z } from 'zod';
import { uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { allowanceKindSchema, allowanceTierSchema } from './allowance';

export const allowanceStopReasonSchema = z.enum(['DECEASED', 'MOVED_AWAY', 'ENROLLMENT_ENDED', 'TIER_CHANGED']);
export type AllowanceStopReason = z.infer<typeof allowanceStopReasonSchema>;

export const allowanceStoppedV1Schema = z
  .object({
    allowanceId: uuidSchema,
    residentId: residentIdSchema,
    kind: allowanceKindSchema,
    tier: allowanceTierSchema,
    reason: allowanceStopReasonSchema,
    stopFromMonth: yearMonthSchema.describe('First month no longer paid.'),
  })
  .meta({
    title: 'AllowanceStoppedV1',
    description: 'A high-age allowance or service subsidy stopped from stopFromMonth.',
  });

export type AllowanceStoppedV1 = z.infer<typeof allowanceStoppedV1Schema>;
