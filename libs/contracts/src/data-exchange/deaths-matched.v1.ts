import { z } from 'zod';
import { disposalSchema } from '../civil-registration/death-registered.v1';
import { divisionCodeSchema, localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { importOriginShape, MATCHES_CHUNK_MAX } from './data-sets';

export const matchedDeathSchema = z.object({
  matchId: uuidSchema.describe('Unique per (import, line): a redelivered chunk changes nothing.'),
  residentId: residentIdSchema,
  name: textSchema,
  ethnicity: textSchema.describe('Ethnic group code, e.g. HAN, HUI.'),
  dateOfDeath: localDateSchema,
  placeOfDeath: textSchema,
  disposal: disposalSchema,
  divisionCode: divisionCodeSchema.describe('The division of the public security office that cancelled the registration.'),
});
export type MatchedDeath = z.infer<typeof matchedDeathSchema>;

export const deathsMatchedV1Schema = z
  .object({
    ...importOriginShape,
    deaths: z.array(matchedDeathSchema).min(1, { error: 'must hold at least one death' }).max(MATCHES_CHUNK_MAX, { error: `must hold at most ${MATCHES_CHUNK_MAX} deaths` }),
  })
  .meta({
    title: 'DeathsMatchedV1',
    description:
      "Deaths in a public security file (户籍注销) of people the platform covers, in chunks. civil-registration records each as a death with source PUBLIC_SECURITY (the usual cascade follows; a different date than one already recorded goes to review).",
  });
export type DeathsMatchedV1 = z.infer<typeof deathsMatchedV1Schema>;
