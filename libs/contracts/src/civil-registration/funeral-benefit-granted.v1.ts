import { z } from 'zod';
import { amountFenSchema, localDateSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** BASIC for every local resident; DIBAO_TEKUN when the deceased was on 低保/特困 at death. */
export const funeralBenefitBasisSchema = z.enum(['BASIC', 'DIBAO_TEKUN']);
export type FuneralBenefitBasis = z.infer<typeof funeralBenefitBasisSchema>;

export const funeralBenefitGrantedV1Schema = z
  .object({
    benefitId: uuidSchema,
    deathId: uuidSchema,
    residentId: residentIdSchema.describe('The deceased.'),
    amountFen: amountFenSchema,
    basis: funeralBenefitBasisSchema,
    grantedOn: localDateSchema,
  })
  .meta({
    title: 'FuneralBenefitGrantedV1',
    description: 'The funeral benefit (惠民殡葬) was granted for a death, once per death.',
  });

export type FuneralBenefitGrantedV1 = z.infer<typeof funeralBenefitGrantedV1Schema>;
