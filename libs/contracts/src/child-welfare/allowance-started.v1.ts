import { z } from 'zod';
import { uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { childAllowanceCategorySchema, childCareFormSchema } from './child-allowance';

export const childAllowanceStartedV1Schema = z
  .object({
    childId: uuidSchema,
    residentId: residentIdSchema,
    category: childAllowanceCategorySchema,
    careForm: childCareFormSchema,
    fromMonth: yearMonthSchema.describe('First month paid.'),
  })
  .meta({
    title: 'ChildAllowanceStartedV1',
    description:
      "A child's allowance (orphan or de facto unsupported) is paid from fromMonth. DOMAIN §5: it takes precedence over 低保/特困 for the same child, which stop paying the child from that month.",
  });

export type ChildAllowanceStartedV1 = z.infer<typeof childAllowanceStartedV1Schema>;
