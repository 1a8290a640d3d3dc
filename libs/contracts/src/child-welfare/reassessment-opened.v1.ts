import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

export const reassessmentCauseSchema = z.enum(['GUARDIAN_DECEASED', 'GUARDIAN_SITUATION_CHANGED', 'VISIT_FINDING', 'OTHER']);
export type ReassessmentCause = z.infer<typeof reassessmentCauseSchema>;

export const reassessmentOpenedV1Schema = z
  .object({
    reassessmentId: uuidSchema,
    childId: uuidSchema,
    residentId: residentIdSchema.describe("The child's resident ID."),
    cause: reassessmentCauseSchema,
    causeEventId: uuidSchema.optional().describe('Id of the event that caused it (e.g. the death of a guardian), when there was one.'),
    openedOn: localDateSchema,
  })
  .meta({
    title: 'ReassessmentOpenedV1',
    description:
      "A child's situation is being reassessed, e.g. after the death of a parent or guardian (the child may now be an orphan or de facto unsupported).",
  });

export type ReassessmentOpenedV1 = z.infer<typeof reassessmentOpenedV1Schema>;
