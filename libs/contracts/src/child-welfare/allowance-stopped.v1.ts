import { z } from 'zod';
import { uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { childAllowanceCategorySchema, childCareFormSchema } from './child-allowance';

/** Why the child no longer qualifies; NOT_IN_CATEGORY covers a parent regaining capacity or returning. */
export const childAllowanceStopReasonSchema = z.enum(['ADULT', 'ADOPTED', 'DECEASED', 'NOT_IN_CATEGORY']);
export type ChildAllowanceStopReason = z.infer<typeof childAllowanceStopReasonSchema>;

export const childAllowanceStoppedV1Schema = z
  .object({
    childId: uuidSchema,
    residentId: residentIdSchema,
    category: childAllowanceCategorySchema.describe('The category the allowance was paid for.'),
    careForm: childCareFormSchema,
    reason: childAllowanceStopReasonSchema,
    stopFromMonth: yearMonthSchema.describe('First month no longer paid (the month of the change is still paid).'),
  })
  .meta({
    title: 'ChildAllowanceStoppedV1',
    description: "A child's allowance stopped from stopFromMonth: 18th birthday, adoption, death, or no longer in the category.",
  });

export type ChildAllowanceStoppedV1 = z.infer<typeof childAllowanceStoppedV1Schema>;
