// Every policy parameter social-assistance reads (README "Policy parameters"): key -> the shape of
// its value, checked when a value is posted and when it is read. The types are the rules' own, so
// a rule gets exactly what it declares.
import type { Fen } from '@app/common/money/fen';
import { definePolicyCatalogue, policyValues } from '@app/common/policy/policy-catalogue';
import { holidayCalendarSchema } from '@app/common/time/working-days';
import { z } from 'zod';
import type { AgeCategoryRule } from './dibao/rules/age-categories.rule';
import { MEMBER_CATEGORIES, type AddOnTable } from './dibao/rules/dibao-benefit.rule';
import { publicNoticePeriodSchema } from './dibao/rules/public-notice.rule';
import type { WorkingAge } from './early-warnings/rules/earner.rule';
import type { ReviewIntervals } from './reviews/rules/review-due.rule';
import type { CareLevel, MinorCoverage, TekunAgeLimits } from './tekun/rules/tekun.rule';

const addOnTable: z.ZodType<AddOnTable> = z.partialRecord(
  z.enum(MEMBER_CATEGORIES),
  z.union([z.strictObject({ percent: z.number().min(0) }), z.strictObject({ fixedFen: policyValues.fen })]),
);

const ageCategoryRule: z.ZodType<AgeCategoryRule> = z.object({
  elderlyFromAge: policyValues.wholeNumber,
  minorUnderAge: policyValues.wholeNumber,
  changesFrom: z.enum(['MONTH_AFTER_BIRTHDAY', 'BIRTHDAY_MONTH']),
});

const reviewIntervals: z.ZodType<ReviewIntervals> = z.object({ STABLE: policyValues.positiveWholeNumber, OTHER: policyValues.positiveWholeNumber });

const careStandard: z.ZodType<Partial<Record<CareLevel, Fen>>> = z.partialRecord(z.enum(['FULL_SELF_CARE', 'PARTIAL_CARE', 'FULL_CARE']), policyValues.fen);

const workingAge: z.ZodType<WorkingAge> = z
  .object({ fromAge: policyValues.wholeNumber, toAge: policyValues.wholeNumber })
  .refine((a) => a.fromAge <= a.toAge, { error: 'fromAge must not be above toAge' });

const tekunAgeLimits: z.ZodType<TekunAgeLimits> = z.object({ elderlyFrom: policyValues.wholeNumber, minorUnder: policyValues.wholeNumber });

const minorCoverage: z.ZodType<MinorCoverage> = z.object({ untilAge: policyValues.wholeNumber, inSchoolUntilAge: policyValues.wholeNumber });

export const SOCIAL_ASSISTANCE_POLICIES = definePolicyCatalogue('social-assistance', {
  /** 低保 standard, urban: fen per person per month. */
  'social-assistance.dibao.standard.urban-fen-per-month': { schema: policyValues.fen },
  /** 低保 standard, rural: fen per person per year (a month is a twelfth). */
  'social-assistance.dibao.standard.rural-fen-per-year': { schema: policyValues.fen },
  /** 分类施保 add-on per member category: a percent of the standard or fixed fen. Optional: no table, no add-ons. */
  'social-assistance.dibao.classified-addons': { schema: addOnTable, optional: true },
  'social-assistance.dibao.public-notice-period': { schema: publicNoticePeriodSchema },
  /** ELDERLY and MINOR derived from the birth date. Optional: no rule, none derived (as with no add-on table). */
  'social-assistance.dibao.age-categories': { schema: ageCategoryRule, optional: true },
  /** Financial assets allowed per member, in months of the standard. */
  'social-assistance.dibao.asset-limit-months': { schema: policyValues.wholeNumber },
  'social-assistance.dibao.review-interval-months': { schema: reviewIntervals },
  /** 低保边缘 line as a multiple of the standard (1.5): 单人户 and dynamic monitoring (动态监测). */
  'social-assistance.dibao.single-person-borderline-factor': { schema: z.number().positive() },
  'social-assistance.dibao.gradual-exit-months': { schema: policyValues.wholeNumber },
  /** One row per year. Optional: a year without a row counts Monday to Friday as working days. */
  'social-assistance.public-holidays': { schema: holidayCalendarSchema, optional: true },
  'social-assistance.tekun.basic-standard.dispersed-fen-per-month': { schema: policyValues.fen },
  'social-assistance.tekun.basic-standard.central-fen-per-month': { schema: policyValues.fen },
  /** Care standard per care level; a level without an amount adds nothing. */
  'social-assistance.tekun.care-standard-fen-per-month': { schema: careStandard },
  'social-assistance.tekun.age-limits': { schema: tekunAgeLimits },
  'social-assistance.tekun.minor-coverage': { schema: minorCoverage },
  /** A temporary relief grant is at most this many months of the 低保 standard. */
  'social-assistance.temporary-relief.max-months-of-standard': { schema: z.number().min(0) },
  'social-assistance.vagrant.stay-limit-days': { schema: policyValues.wholeNumber },
  'social-assistance.vagrant.adult-age': { schema: policyValues.wholeNumber },
  /** 回归稳固: the first assessment after a return home is due this many days after it, by the month of the return. */
  'social-assistance.vagrant.return-assessment-due-days': { schema: policyValues.wholeNumber },
  /** 动态监测 early warning: a self-paid medical expense from this amount up is large. */
  'social-assistance.monitoring.large-medical-expense-fen': { schema: policyValues.fen },
  /** 动态监测 early warning: a member without income of these ages counts as an earner. */
  'social-assistance.monitoring.earner-working-age': { schema: workingAge },
  /** "物质+服务" programme budget for its period; the period in force is the pilot (plans lie within it, approvals count against it). */
  'social-assistance.cash-plus.budget-fen': { schema: policyValues.fen },
  /** "物质+服务": what a provider is paid per confirmed household-visit, by the visit's month. */
  'social-assistance.cash-plus.price-per-visit-fen': { schema: policyValues.fen },
  /** "物质+服务": economically difficult people are served from this age (80). */
  'social-assistance.cash-plus.elder-from-age': { schema: policyValues.wholeNumber },
});

export type SocialAssistancePolicies = typeof SOCIAL_ASSISTANCE_POLICIES;
