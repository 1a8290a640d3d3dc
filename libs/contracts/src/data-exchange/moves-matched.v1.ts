import { z } from 'zod';
import { localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { importOriginShape, matchReferenceSchema, MATCHES_CHUNK_MAX } from './data-sets';

export const matchedMoveSchema = z.object({
  matchId: uuidSchema.describe('Unique per (import, line): a redelivered chunk changes nothing.'),
  residentId: residentIdSchema,
  name: textSchema,
  movedOn: localDateSchema.describe('The date the household registration moved out (户籍迁出).'),
  destination: textSchema.describe('Where the registration went, as public security wrote it.'),
  reference: matchReferenceSchema,
});
export type MatchedMove = z.infer<typeof matchedMoveSchema>;

export const movesMatchedV1Schema = z
  .object({
    ...importOriginShape,
    moves: z.array(matchedMoveSchema).min(1, { error: 'must hold at least one move' }).max(MATCHES_CHUNK_MAX, { error: `must hold at most ${MATCHES_CHUNK_MAX} moves` }),
  })
  .meta({
    title: 'MovesMatchedV1',
    description:
      'Household registrations moved out of the city (户籍迁出) of people the platform covers, in chunks. elderly-care stops the high-age allowance (MOVED_AWAY); social-assistance opens a review of the 低保/特困 case (never a stop by itself).',
  });
export type MovesMatchedV1 = z.infer<typeof movesMatchedV1Schema>;
