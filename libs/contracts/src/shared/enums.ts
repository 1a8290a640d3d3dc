import { z } from 'zod';

/** Sex as derived from the resident ID (17th digit odd = male). */
export const sexSchema = z.enum(['M', 'F']);
export type Sex = z.infer<typeof sexSchema>;

/** 低保 minimum living guarantee, 特困 extremely poor persons. */
export const programSchema = z.enum(['DIBAO', 'TEKUN']);
export type Program = z.infer<typeof programSchema>;

/** Child risk ledger: high / medium / low. */
export const riskTierSchema = z.enum(['RED', 'ORANGE', 'GREEN']);
export type RiskTier = z.infer<typeof riskTierSchema>;
