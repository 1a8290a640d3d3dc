import { z } from 'zod';
import { programSchema } from '../shared/enums';
import { localDateSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** 特困 care form: CENTRAL = 集中供养 (in an institution, paid to it), DISPERSED = 分散供养 (at home). */
export const tekunCareFormSchema = z.enum(['CENTRAL', 'DISPERSED']);
export type TekunCareForm = z.infer<typeof tekunCareFormSchema>;

export const enrollmentStartedV1Schema = z
  .object({
    enrollmentId: uuidSchema,
    householdId: uuidSchema,
    residentId: residentIdSchema.describe('The enrolled person (one event per member).'),
    program: programSchema,
    effectiveMonth: yearMonthSchema.describe('First month the person is covered (paid).'),
    birthDate: localDateSchema.optional().describe('Birth date when known; otherwise derive it from residentId.'),
    careForm: tekunCareFormSchema
      .optional()
      .describe('特困 only: CENTRAL (集中供养) or DISPERSED (分散供养). Only dispersed 特困 (and 低保) people get the elderly service subsidy.'),
  })
  .meta({
    title: 'EnrollmentStartedV1',
    description:
      'A person became covered by 低保 (DIBAO) or 特困 (TEKUN) from effectiveMonth. Starts the elderly service subsidy (aged 80+), raises the canteen tier, raises the funeral benefit.',
  });

export type EnrollmentStartedV1 = z.infer<typeof enrollmentStartedV1Schema>;
