import { z } from 'zod';
import { programSchema } from '../shared/enums';
import { uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** DOMAIN §1 stop reasons; CHILD_ALLOWANCE: DOMAIN §5, the child allowance takes precedence. */
export const enrollmentStopReasonSchema = z.enum([
  'DECEASED',
  'INCOME_ABOVE_STANDARD',
  'ASSETS_ABOVE_LIMIT',
  'MOVED_AWAY',
  'REFUSED_REVIEW',
  'FRAUD',
  'IMPRISONED',
  'VOLUNTARY',
  'TRANSFERRED_TO_TEKUN',
  'CHILD_ALLOWANCE',
]);
export type EnrollmentStopReason = z.infer<typeof enrollmentStopReasonSchema>;

export const enrollmentStoppedV1Schema = z
  .object({
    enrollmentId: uuidSchema,
    householdId: uuidSchema,
    residentId: residentIdSchema,
    program: programSchema,
    reason: enrollmentStopReasonSchema,
    stopFromMonth: yearMonthSchema.describe('First month no longer covered (after a death: the month after the death month).'),
    lastPaidMonth: yearMonthSchema.nullable().describe('Last month actually paid, null if nothing was paid.'),
    causeEventId: uuidSchema.optional().describe('Id of the event that caused the stop (e.g. the death), when there was one.'),
  })
  .meta({
    title: 'EnrollmentStoppedV1',
    description:
      'A person is no longer covered by 低保/特困 from stopFromMonth. Stops the elderly service subsidy and lowers the canteen tier.',
  });

export type EnrollmentStoppedV1 = z.infer<typeof enrollmentStoppedV1Schema>;
