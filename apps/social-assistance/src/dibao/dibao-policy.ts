// The 低保 policy figures (standards, add-ons, asset limit), read once per operation and looked
// up per month with the pure valueForMonth, so a payroll of many households reads each key once.
import { ProblemException } from '@app/common/http/problem';
import type { PolicyService, StoredPolicyRow } from '@app/common/policy/policy.service';
import { PolicyNotFoundError, valueForMonth } from '@app/common/policy/value-in-force';
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { ReviewIntervals } from '../reviews/rules/review-due';
import { categoriesInMonth, type AgeCategoryRule } from './rules/age-categories';
import { countsForDibaoInMonth, type MemberPeriods } from '../cases/rules/case-lifecycle';
import { dibaoBenefitFen, monthlyStandard, type AddOnTable, type Area, type MemberFacts } from './rules/dibao-benefit';

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

/** A figure for a month; a missing figure is the bureau's to fix, answered 503 POLICY.NOT_IN_FORCE. */
export function monthValue<T>(rows: StoredPolicyRow[], key: string, month: YearMonth): T {
  try {
    return valueForMonth<T>(rows, key, month);
  } catch (err) {
    if (err instanceof PolicyNotFoundError) {
      throw new ProblemException({ status: 503, code: 'POLICY.NOT_IN_FORCE', detail: `Policy parameter "${key}" has no value for ${month.toString()}.` });
    }
    throw err;
  }
}

export interface CountedMember extends MemberFacts, MemberPeriods {
  residentId: string;
}

export class DibaoPolicy {
  private constructor(private readonly rows: Record<keyof typeof DIBAO_KEYS, StoredPolicyRow[]>) {}

  static async load(policy: PolicyService, manager?: EntityManager): Promise<DibaoPolicy> {
    // One after the other: a transaction's connection runs one query at a time.
    const urbanStandard = await policy.rows(DIBAO_KEYS.urbanStandard, manager);
    const ruralStandard = await policy.rows(DIBAO_KEYS.ruralStandard, manager);
    const addOns = await policy.rows(DIBAO_KEYS.addOns, manager);
    const assetLimitMonths = await policy.rows(DIBAO_KEYS.assetLimitMonths, manager);
    const reviewIntervals = await policy.rows(DIBAO_KEYS.reviewIntervals, manager);
    const singlePersonBorderlineFactor = await policy.rows(DIBAO_KEYS.singlePersonBorderlineFactor, manager);
    const gradualExitMonths = await policy.rows(DIBAO_KEYS.gradualExitMonths, manager);
    const ageCategories = await policy.rows(DIBAO_KEYS.ageCategories, manager);
    return new DibaoPolicy({ urbanStandard, ruralStandard, addOns, assetLimitMonths, reviewIntervals, singlePersonBorderlineFactor, gradualExitMonths, ageCategories });
  }

  private value<T>(name: keyof typeof DIBAO_KEYS, month: YearMonth): T {
    return monthValue<T>(this.rows[name], DIBAO_KEYS[name], month);
  }

  /** Standard per person per month, unrounded (rural = annual / 12). */
  standard(area: Area, month: YearMonth): number {
    return monthlyStandard(area, this.rawStandard(area, month));
  }

  /** The standard as set: urban fen per month, rural fen per year. */
  rawStandard(area: Area, month: YearMonth): number {
    return this.value<number>(area === 'URBAN' ? 'urbanStandard' : 'ruralStandard', month);
  }

  /** Add-on table in force; no table means no add-ons. */
  addOns(month: YearMonth): AddOnTable {
    return this.rows.addOns.length === 0 ? {} : this.value<AddOnTable>('addOns', month);
  }

  /** How ELDERLY and MINOR follow from the birth date; no rule = none derived (as with no add-on table). */
  ageCategoryRule(month: YearMonth): AgeCategoryRule | null {
    return this.rows.ageCategories.length === 0 ? null : this.value<AgeCategoryRule>('ageCategories', month);
  }

  /** The member's 分类施保 categories in `month`: as recorded plus the age-derived ones. */
  categoriesOf(member: { residentId: string; categories: readonly string[] }, month: YearMonth): string[] {
    return categoriesInMonth(member.categories, member.residentId, month, this.ageCategoryRule(month));
  }

  /** Months between reviews: { STABLE: 12, OTHER: 6 }. */
  reviewIntervals(month: YearMonth): ReviewIntervals {
    return this.value<ReviewIntervals>('reviewIntervals', month);
  }

  /** 单人户: the family is borderline below this multiple of the standard (1.5). */
  singlePersonBorderlineFactor(month: YearMonth): number {
    return this.value<number>('singlePersonBorderlineFactor', month);
  }

  gradualExitMonths(month: YearMonth): number {
    return this.value<number>('gradualExitMonths', month);
  }

  assetLimitMonths(month: YearMonth): number {
    return this.value<number>('assetLimitMonths', month);
  }

  /** The household's benefit for a month, counting members alive in (part of) it, in the household and not in 特困. */
  benefitFen(area: Area, members: readonly CountedMember[], month: YearMonth): number {
    const counted = members.filter((m) => countsForDibaoInMonth(m, month)).map((m) => ({ monthlyIncomeFen: m.monthlyIncomeFen, categories: this.categoriesOf(m, month) }));
    if (counted.length === 0) return 0;
    return dibaoBenefitFen(counted, this.standard(area, month), this.addOns(month));
  }
}
