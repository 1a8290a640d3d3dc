import { z } from 'zod';
import { riskTierSchema } from '../shared/enums';
import { localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

export const riskTierChangedV1Schema = z
  .object({
    childId: uuidSchema,
    residentId: residentIdSchema.describe("The child's resident ID."),
    from: riskTierSchema.optional().describe('Previous tier; absent on the first rating.'),
    to: riskTierSchema,
    reason: textSchema,
    changedOn: localDateSchema,
  })
  .refine((e) => e.from !== e.to, { error: 'must differ from the previous tier', path: ['to'] })
  .meta({
    title: 'RiskTierChangedV1',
    description: "A child's risk tier (red/orange/green) was set or changed; it sets the visit interval (7/30/90 days).",
  });

export type RiskTierChangedV1 = z.infer<typeof riskTierChangedV1Schema>;
