// Only the pure resident-id module of libs/common, never its barrel: contracts stay light.
import { isValidResidentIdFormat } from '@app/common/resident-id/resident-id';
import { z } from 'zod';

const SHAPE = /^\d{17}[\dXx]$/;

/**
 * Resident ID number (GB 11643-1999): 18 characters, the right check character and a real birth
 * date (the same check as every service's, from libs/common). A lower-case x is accepted and comes
 * out upper-case. A schema has no clock, so a birth date after today is the producer's check.
 */
export const residentIdSchema = z
  .string({ error: 'must be a resident ID' })
  .regex(SHAPE, { error: 'invalid resident ID', abort: true })
  .toUpperCase()
  .refine((id) => isValidResidentIdFormat(id), { error: 'invalid resident ID' })
  .describe('Resident ID number (GB 11643-1999), 18 characters, upper-case X.');
