import { z } from 'zod';
import { amountFenSchema, localDateSchema, textSchema, uuidSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';
import { importOriginShape, matchReferenceSchema, MATCHES_CHUNK_MAX } from './data-sets';

/**
 * What another department's record says about a covered or monitored person. Assets and incomes
 * (VEHICLE … EMPLOYMENT_INCOME) concern 低保/特困 eligibility; JOB_LOSS, MEDICAL_EXPENSE and
 * DISABILITY are early-warning triggers for monitored low-income households.
 */
export const findingKindSchema = z.enum(['VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'PENSION', 'EMPLOYMENT_INCOME', 'JOB_LOSS', 'MEDICAL_EXPENSE', 'DISABILITY']);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const findingSchema = z.object({
  findingId: uuidSchema.describe('Unique per (person, kind, department reference): the same fact in a later file is the same finding.'),
  residentId: residentIdSchema,
  name: textSchema,
  kind: findingKindSchema,
  observedOn: localDateSchema.describe('When the fact began: registration date, first month of the pension or job, date of the expense.'),
  amountFen: amountFenSchema
    .optional()
    .describe('VEHICLE/REAL_ESTATE/BUSINESS: value or registered capital; PENSION/EMPLOYMENT_INCOME: monthly amount; MEDICAL_EXPENSE: self-paid amount.'),
  summary: textSchema.describe('The fact in words for the caseworker, e.g. 小型轿车 粤A12345.'),
  reference: matchReferenceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export const findingsRaisedV1Schema = z
  .object({
    ...importOriginShape,
    findings: z.array(findingSchema).min(1, { error: 'must hold at least one finding' }).max(MATCHES_CHUNK_MAX, { error: `must hold at most ${MATCHES_CHUNK_MAX} findings` }),
  })
  .meta({
    title: 'FindingsRaisedV1',
    description:
      "Facts from other departments' files about people the platform covers or monitors, in chunks. social-assistance opens a review on the 低保/特困 case (never an automatic stop) or raises an early warning for a monitored household. A finding already raised is never raised again.",
  });
export type FindingsRaisedV1 = z.infer<typeof findingsRaisedV1Schema>;
