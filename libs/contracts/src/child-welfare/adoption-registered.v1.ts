import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

export const adoptionRegisteredV1Schema = z
  .object({
    adoptionId: uuidSchema,
    childId: uuidSchema.optional().describe("The child's id in child-welfare, when the child was registered there."),
    childResidentId: residentIdSchema,
    adopterResidentIds: z
      .array(residentIdSchema)
      .min(1, { error: 'must name one or two adopters' })
      .max(2, { error: 'must name one or two adopters' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'must not name the same adopter twice' })
      .describe('One adopter, or a married couple adopting jointly.'),
    registeredOn: localDateSchema,
  })
  .refine((a) => !a.adopterResidentIds.includes(a.childResidentId), {
    error: 'the child cannot be an adopter',
    path: ['adopterResidentIds'],
  })
  .meta({
    title: 'AdoptionRegisteredV1',
    description: "An adoption was registered (Civil Code arts 1093-1105); the child's allowance stops.",
  });

export type AdoptionRegisteredV1 = z.infer<typeof adoptionRegisteredV1Schema>;
