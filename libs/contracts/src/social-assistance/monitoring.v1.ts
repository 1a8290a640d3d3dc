import { z } from 'zod';
import { amountFenSchema, localDateSchema, textSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';
import { residentIdSchema } from '../shared/resident-id.schema';

/** 低保边缘 (per-capita income below 1.5× the standard, not eligible) or another low-income household. */
export const monitoringCategorySchema = z.enum(['BORDERLINE', 'LOW_INCOME']);
export type MonitoringCategory = z.infer<typeof monitoringCategorySchema>;

export const monitoringEndReasonSchema = z.enum(['ENROLLED', 'INCOME_RECOVERED', 'MOVED_AWAY', 'DECEASED', 'OTHER']);
export type MonitoringEndReason = z.infer<typeof monitoringEndReasonSchema>;

export const monitoringStartedV1Schema = z
  .object({
    monitoringId: uuidSchema.describe("One person's spell in the monitored register (one event per member)."),
    householdId: uuidSchema,
    residentId: residentIdSchema,
    category: monitoringCategorySchema,
    fromMonth: yearMonthSchema,
  })
  .meta({
    title: 'MonitoringStartedV1',
    description:
      'A member of a 低保边缘 or low-income household entered dynamic monitoring (动态监测): other departments\' records about them (job loss, medical expenses, disability) now raise early warnings.',
  });
export type MonitoringStartedV1 = z.infer<typeof monitoringStartedV1Schema>;

export const monitoringEndedV1Schema = z
  .object({
    monitoringId: uuidSchema,
    householdId: uuidSchema,
    residentId: residentIdSchema,
    reason: monitoringEndReasonSchema,
    stopFromMonth: yearMonthSchema.describe('First month no longer monitored.'),
  })
  .meta({ title: 'MonitoringEndedV1', description: "A person left dynamic monitoring (enrolled in 低保, income recovered, moved away, died)." });
export type MonitoringEndedV1 = z.infer<typeof monitoringEndedV1Schema>;

/** What tipped a monitored household towards the line (DOMAIN §1 低保边缘). */
export const warningTriggerSchema = z.enum(['EARNER_DEATH', 'EARNER_DISABILITY', 'MEDICAL_EXPENSE', 'JOB_LOSS']);
export type WarningTrigger = z.infer<typeof warningTriggerSchema>;

export const earlyWarningRaisedV1Schema = z
  .object({
    warningId: uuidSchema,
    householdId: uuidSchema,
    residentId: residentIdSchema.describe('The member the event happened to.'),
    trigger: warningTriggerSchema,
    occurredOn: localDateSchema,
    amountFen: amountFenSchema.optional().describe('MEDICAL_EXPENSE: the self-paid amount.'),
    summary: textSchema,
  })
  .meta({
    title: 'EarlyWarningRaisedV1',
    description:
      'An early warning (预警) on a monitored household, listed for follow-up; the outcome (temporary relief, 低保 enrollment, no action) is recorded by the caseworker.',
  });
export type EarlyWarningRaisedV1 = z.infer<typeof earlyWarningRaisedV1Schema>;
