import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { partyResidentIdsSchema } from './marriage-parties';

/** 补办 = RETROACTIVE, 复婚 = REMARRIAGE. A certificate re-issue (补领) is not a marriage event. */
export const marriageKindSchema = z.enum(['REGISTRATION', 'RETROACTIVE', 'REMARRIAGE']);
export type MarriageKind = z.infer<typeof marriageKindSchema>;

export const marriageRegisteredV1Schema = z
  .object({
    marriageId: uuidSchema,
    kind: marriageKindSchema,
    partyResidentIds: partyResidentIdsSchema,
    registeredOn: localDateSchema,
  })
  .meta({
    title: 'MarriageRegisteredV1',
    description: 'A marriage was registered. Households on 低保 of either party are due for review.',
  });

export type MarriageRegisteredV1 = z.infer<typeof marriageRegisteredV1Schema>;
