import { z } from 'zod';

/** HIGH_AGE = 高龄津贴 (80+, without application); SERVICE_SUBSIDY = 80+ enrolled in 低保/特困. */
export const allowanceKindSchema = z.enum(['HIGH_AGE', 'SERVICE_SUBSIDY']);
export type AllowanceKind = z.infer<typeof allowanceKindSchema>;

/**
 * Age band of the recipient, which sets the high-age allowance amount. The bands are policy data
 * (any number, e.g. AGE_80_99, AGE_100_PLUS): a name, not a closed list.
 */
export const allowanceTierSchema = z
  .string({ error: 'must be a tier name' })
  .regex(/^[A-Z][A-Z0-9_]{0,19}$/, { error: 'must be a tier name: capitals, digits and _, at most 20 characters' });
export type AllowanceTier = z.infer<typeof allowanceTierSchema>;
