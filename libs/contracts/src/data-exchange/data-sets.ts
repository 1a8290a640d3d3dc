import { z } from 'zod';
import { textSchema, uuidSchema } from '../shared/primitives';

/**
 * The departments that send the bureau data in bulk (DOMAIN §1 核对): public security (户籍 and
 * vehicles), housing (不动产), market regulation (business registration), human resources
 * (pensions and employment), health (medical expenses) and the disabled persons' federation.
 */
export const departmentSchema = z.enum(['PUBLIC_SECURITY', 'HOUSING', 'MARKET_REGULATION', 'HUMAN_RESOURCES', 'HEALTH', 'DISABLED_PERSONS_FEDERATION']);
export type Department = z.infer<typeof departmentSchema>;

/** One kind of file a department sends; each has its own columns (apps/data-exchange data-set catalogue). */
export const dataSetSchema = z.enum([
  'HOUSEHOLD_REGISTRATION',
  'VEHICLES',
  'REAL_ESTATE',
  'BUSINESS_REGISTRATION',
  'PENSIONS',
  'EMPLOYMENT',
  'MEDICAL_EXPENSES',
  'DISABILITY_CERTIFICATES',
]);
export type DataSet = z.infer<typeof dataSetSchema>;

/** The largest chunk in one event: 500 matches keep a message well under 250 KB. */
export const MATCHES_CHUNK_MAX = 500;

/** Where a chunk sits among the chunks of one import, so a consumer knows when it has them all. */
export const chunkPositionSchema = z
  .object({
    index: z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }),
    count: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }),
  })
  .refine((c) => c.index < c.count, { error: 'index must be below count' });

/** What every chunk of matches says about the import it came from. */
export const importOriginShape = {
  importId: uuidSchema.describe('The department file the matches come from.'),
  department: departmentSchema,
  dataSet: dataSetSchema,
  asOf: z.iso.date({ error: 'must be a real date YYYY-MM-DD' }).describe("The date the department's data describes."),
  chunk: chunkPositionSchema,
};

export const matchReferenceSchema = textSchema.describe("The department's own reference of the record (certificate, plate, registration number).");
