import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** GB/T 42195-2022 ability levels: 0 = able … 4 = completely disabled. */
export const abilityLevelSchema = z.literal([0, 1, 2, 3, 4], { error: 'must be a level 0-4' });
export type AbilityLevel = z.infer<typeof abilityLevelSchema>;

export const assessmentCompletedV1Schema = z
  .object({
    assessmentId: uuidSchema,
    residentId: residentIdSchema,
    totalScore: z
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be at least 0' })
      .max(90, { error: 'must be at most 90' })
      .describe('Sum of the four domain scores, 0-90.'),
    level: abilityLevelSchema.describe('Final level, after the raise-by-one conditions.'),
    assessedOn: localDateSchema,
    nextDueOn: localDateSchema.describe('When the reassessment is due.'),
  })
  .refine((a) => a.nextDueOn > a.assessedOn, { error: 'must be after assessedOn', path: ['nextDueOn'] })
  .meta({
    title: 'AssessmentCompletedV1',
    description: 'An elderly ability assessment (GB/T 42195-2022) was completed.',
  });

export type AssessmentCompletedV1 = z.infer<typeof assessmentCompletedV1Schema>;
