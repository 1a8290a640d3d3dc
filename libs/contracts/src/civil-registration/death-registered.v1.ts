import { z } from 'zod';
import { sexSchema } from '../shared/enums';
import { divisionCodeSchema, instantSchema, localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** CREMATION is compulsory in the city; BURIAL only for the exempt Muslim minorities. */
export const disposalSchema = z.enum(['CREMATION', 'BURIAL']);
export type Disposal = z.infer<typeof disposalSchema>;

/** Who reported the death (DOMAIN §0 life-event sources). */
export const deathSourceSchema = z.enum(['HOSPITAL', 'PUBLIC_SECURITY', 'VILLAGE', 'FUNERAL_HOME', 'CIVIL_REGISTRATION']);
export type DeathSource = z.infer<typeof deathSourceSchema>;

export const deathRegisteredV1Schema = z
  .object({
    deathId: uuidSchema,
    residentId: residentIdSchema,
    name: textSchema,
    sex: sexSchema,
    ethnicity: textSchema.describe('Ethnic group code, e.g. HAN, HUI: decides whether burial is allowed.'),
    dateOfDeath: localDateSchema,
    placeOfDeath: textSchema,
    disposal: disposalSchema,
    source: deathSourceSchema,
    receivedAt: instantSchema.describe('When the report reached the bureau.'),
    divisionCode: divisionCodeSchema.describe('Division that recorded the death.'),
  })
  .meta({
    title: 'DeathRegisteredV1',
    description:
      'A death was recorded (once per person). Every benefit of the person stops from the month after dateOfDeath; payments for later months become overpayments.',
  });

export type DeathRegisteredV1 = z.infer<typeof deathRegisteredV1Schema>;
