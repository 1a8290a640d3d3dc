import { z } from 'zod';

/** HIGH_AGE = 高龄津贴 (80+, without application); SERVICE_SUBSIDY = 80+ enrolled in 低保/特困. */
export const allowanceKindSchema = z.enum(['HIGH_AGE', 'SERVICE_SUBSIDY']);
export type AllowanceKind = z.infer<typeof allowanceKindSchema>;

/** Age band of the recipient, which sets the high-age allowance amount. */
export const allowanceTierSchema = z.enum(['AGE_80_99', 'AGE_100_PLUS']);
export type AllowanceTier = z.infer<typeof allowanceTierSchema>;
