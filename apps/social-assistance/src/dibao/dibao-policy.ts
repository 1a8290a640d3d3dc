// The 低保 policy figures (standards, add-ons, asset limit), read once per operation and looked
// up per month from memory, so a payroll of many households reads each key once. A missing figure
// is the bureau's to fix: 503 POLICY.NOT_IN_FORCE with the key and month.
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import type { PolicyService } from '@app/common/policy/policy.service';
import type { PolicyKey, PolicyValue } from '@app/common/policy/policy-catalogue';
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import type { ReviewIntervals } from '../reviews/rules/review-due.rule';
import { categoriesInMonth, type AgeCategoryRule } from './rules/age-categories.rule';
import { countsForDibaoInMonth, type MemberPeriods } from '../cases/rules/case-lifecycle.rule';
import { dibaoBenefitFen, monthlyStandard, type AddOnTable, type Area, type MemberFacts } from './rules/dibao-benefit.rule';

export type SocialAssistancePolicy = PolicyService<SocialAssistancePolicies>;

export const DIBAO_KEYS = {
  urbanStandard: 'social-assistance.dibao.standard.urban-fen-per-month',
  ruralStandard: 'social-assistance.dibao.standard.rural-fen-per-year',
  addOns: 'social-assistance.dibao.classified-addons',
  assetLimitMonths: 'social-assistance.dibao.asset-limit-months',
  reviewIntervals: 'social-assistance.dibao.review-interval-months',
  singlePersonBorderlineFactor: 'social-assistance.dibao.single-person-borderline-factor',
  gradualExitMonths: 'social-assistance.dibao.gradual-exit-months',
  ageCategories: 'social-assistance.dibao.age-categories',
} as const;

/** The periods of a set of keys, each typed by its schema in the catalogue. */
export type PeriodsOf<Keys extends Record<string, PolicyKey<SocialAssistancePolicies>>> = {
  [N in keyof Keys]: PolicyPeriods<PolicyValue<SocialAssistancePolicies, Keys[N]>>;
};

export interface CountedMember extends MemberFacts, MemberPeriods {
  residentId: string;
}

export class DibaoPolicy {
  private constructor(private readonly periods: PeriodsOf<typeof DIBAO_KEYS>) {}

  static async load(policy: SocialAssistancePolicy, manager?: EntityManager): Promise<DibaoPolicy> {
    // One after the other: a transaction's connection runs one query at a time.
    const urbanStandard = await policy.periods(DIBAO_KEYS.urbanStandard, manager);
    const ruralStandard = await policy.periods(DIBAO_KEYS.ruralStandard, manager);
    const addOns = await policy.periods(DIBAO_KEYS.addOns, manager);
    const assetLimitMonths = await policy.periods(DIBAO_KEYS.assetLimitMonths, manager);
    const reviewIntervals = await policy.periods(DIBAO_KEYS.reviewIntervals, manager);
    const singlePersonBorderlineFactor = await policy.periods(DIBAO_KEYS.singlePersonBorderlineFactor, manager);
    const gradualExitMonths = await policy.periods(DIBAO_KEYS.gradualExitMonths, manager);
    const ageCategories = await policy.periods(DIBAO_KEYS.ageCategories, manager);
    return new DibaoPolicy({ urbanStandard, ruralStandard, addOns, assetLimitMonths, reviewIntervals, singlePersonBorderlineFactor, gradualExitMonths, ageCategories });
  }

  /** Standard per person per month, unrounded (rural = annual / 12). */
  standard(area: Area, month: YearMonth): number {
    return monthlyStandard(area, this.rawStandard(area, month));
  }

  /** The standard as set: urban fen per month, rural fen per year. */
  rawStandard(area: Area, month: YearMonth): number {
    return this.periods[area === 'URBAN' ? 'urbanStandard' : 'ruralStandard'].forMonth(month);
  }

  /** Add-on table in force; no table at all means no add-ons (a gap between tables is a missing figure). */
  addOns(month: YearMonth): AddOnTable {
    return this.periods.addOns.isEmpty ? {} : this.periods.addOns.forMonth(month);
  }

  /** How ELDERLY and MINOR follow from the birth date; no rule = none derived (as with no add-on table). */
  ageCategoryRule(month: YearMonth): AgeCategoryRule | null {
    return this.periods.ageCategories.isEmpty ? null : this.periods.ageCategories.forMonth(month);
  }

  /** The member's 分类施保 categories in `month`: as recorded plus the age-derived ones. */
  categoriesOf(member: { residentId: string; categories: readonly string[] }, month: YearMonth): string[] {
    return categoriesInMonth(member.categories, member.residentId, month, this.ageCategoryRule(month));
  }

  /** Months between reviews: { STABLE: 12, OTHER: 6 }. */
  reviewIntervals(month: YearMonth): ReviewIntervals {
    return this.periods.reviewIntervals.forMonth(month);
  }

  /** 单人户: the family is borderline below this multiple of the standard (1.5). */
  singlePersonBorderlineFactor(month: YearMonth): number {
    return this.periods.singlePersonBorderlineFactor.forMonth(month);
  }

  gradualExitMonths(month: YearMonth): number {
    return this.periods.gradualExitMonths.forMonth(month);
  }

  assetLimitMonths(month: YearMonth): number {
    return this.periods.assetLimitMonths.forMonth(month);
  }

  /** The household's benefit for a month, counting members alive in (part of) it, in the household and not in 特困. */
  benefitFen(area: Area, members: readonly CountedMember[], month: YearMonth): number {
    const counted = members.filter((m) => countsForDibaoInMonth(m, month)).map((m) => ({ monthlyIncomeFen: m.monthlyIncomeFen, categories: this.categoriesOf(m, month) }));
    if (counted.length === 0) return 0;
    return dibaoBenefitFen(counted, this.standard(area, month), this.addOns(month));
  }
}
