import { z } from 'zod';
import { residentIdSchema } from '../shared/resident-id.schema';

/** The two spouses' resident IDs, in no particular order; never the same person twice. */
export const partyResidentIdsSchema = z
  .tuple([residentIdSchema, residentIdSchema])
  .refine(([a, b]) => a !== b, { error: 'the two parties must be different persons' });
