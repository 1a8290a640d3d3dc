import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { partyResidentIdsSchema } from './marriage-parties';

export const divorceAppliedV1Schema = z
  .object({
    divorceId: uuidSchema,
    marriageId: uuidSchema,
    partyResidentIds: partyResidentIdsSchema,
    appliedOn: localDateSchema.describe('Day the joint application was received.'),
    coolingOffEndsOn: localDateSchema.describe('Last day of the 30-day cooling-off period (it starts the day after receipt).'),
    certificateDeadline: localDateSchema.describe('Last day on which both parties may apply for the certificate.'),
  })
  .meta({
    title: 'DivorceAppliedV1',
    description: 'A divorce by agreement was applied for; the 30-day cooling-off period (Civil Code art. 1077) runs.',
  });

export type DivorceAppliedV1 = z.infer<typeof divorceAppliedV1Schema>;
