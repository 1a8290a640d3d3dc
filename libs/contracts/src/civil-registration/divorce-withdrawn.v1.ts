import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { partyResidentIdsSchema } from './marriage-parties';

/** Withdrawn by a party during cooling-off, or deemed withdrawn when nobody came in time. */
export const divorceWithdrawalReasonSchema = z.enum(['WITHDRAWN_BY_PARTY', 'DEEMED_WITHDRAWN']);
export type DivorceWithdrawalReason = z.infer<typeof divorceWithdrawalReasonSchema>;

export const divorceWithdrawnV1Schema = z
  .object({
    divorceId: uuidSchema,
    marriageId: uuidSchema,
    partyResidentIds: partyResidentIdsSchema,
    reason: divorceWithdrawalReasonSchema,
    withdrawnOn: localDateSchema,
    withdrawnByResidentId: residentIdSchema.optional().describe('The party who withdrew; absent when DEEMED_WITHDRAWN.'),
  })
  .meta({
    title: 'DivorceWithdrawnV1',
    description: 'A divorce application ended without divorce: withdrawn by a party or deemed withdrawn. The marriage continues.',
  });

export type DivorceWithdrawnV1 = z.infer<typeof divorceWithdrawnV1Schema>;
