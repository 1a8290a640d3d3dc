import { z } from 'zod';
import { localDateSchema, uuidSchema } from '../shared/primitives';
import { partyResidentIdsSchema } from './marriage-parties';

export const divorceRegisteredV1Schema = z
  .object({
    divorceId: uuidSchema,
    marriageId: uuidSchema,
    partyResidentIds: partyResidentIdsSchema,
    registeredOn: localDateSchema,
  })
  .meta({
    title: 'DivorceRegisteredV1',
    description: 'A divorce was registered (certificate issued); the marriage has ended. Households on 低保 of either party are due for review.',
  });

export type DivorceRegisteredV1 = z.infer<typeof divorceRegisteredV1Schema>;
