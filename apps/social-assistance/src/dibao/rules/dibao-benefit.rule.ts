// 低保 minimum living guarantee: eligibility and benefit (DOMAIN §1). Pure: standards, add-on
// table and asset limit come in as parameters; amounts are fen, standards may be fractional
// (rural monthly = annual / 12, unrounded) and only the final amount is rounded half-up.
import { roundHalfUpToFen, type Fen } from '@app/common/money/fen';

export const AREAS = ['URBAN', 'RURAL'] as const;
export type Area = (typeof AREAS)[number];

/** 分类施保 member categories. */
export const MEMBER_CATEGORIES = ['ELDERLY', 'SEVERELY_DISABLED', 'SERIOUSLY_ILL', 'MINOR', 'SINGLE_PARENT'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
/** The categories a caseworker records; ELDERLY and MINOR are derived from the birth date (rules/age-categories.ts). */
export const TYPED_MEMBER_CATEGORIES = ['SEVERELY_DISABLED', 'SERIOUSLY_ILL', 'SINGLE_PARENT'] as const;

/** A classified add-on: a percentage of the standard or a fixed amount per month. */
export type AddOnRule = { percent: number } | { fixedFen: number };
export type AddOnTable = Partial<Record<string, AddOnRule>>;

export interface MemberFacts {
  monthlyIncomeFen: Fen;
  categories: readonly string[];
}

/** The standard per person per month, unrounded: urban is monthly, rural is annual / 12. */
export function monthlyStandard(area: Area, standardValue: number): number {
  return area === 'URBAN' ? standardValue : standardValue / 12;
}

export function perCapitaIncome(members: readonly MemberFacts[]): number {
  if (members.length === 0) return 0;
  return members.reduce((sum, m) => sum + m.monthlyIncomeFen, 0) / members.length;
}

/** Why a household is not eligible, as the assessment and DIBAO.NOT_ELIGIBLE (`reason`) name it. */
export const DIBAO_INELIGIBILITIES = ['NO_MEMBERS', 'INCOME_NOT_BELOW_STANDARD', 'ASSETS_ABOVE_LIMIT'] as const;
export type DibaoIneligibility = (typeof DIBAO_INELIGIBILITIES)[number];

export interface EligibilityFacts {
  members: readonly MemberFacts[];
  financialAssetsFen: Fen;
  standard: number;
  /** Financial assets per person may be at most this many months of the standard. */
  assetLimitMonths: number;
}

/** Eligible when per-capita income is strictly below the standard and assets per person within the limit. */
export function dibaoIneligibility(facts: EligibilityFacts): DibaoIneligibility | null {
  const n = facts.members.length;
  if (n === 0) return 'NO_MEMBERS';
  if (!(perCapitaIncome(facts.members) < facts.standard)) return 'INCOME_NOT_BELOW_STANDARD';
  if (facts.financialAssetsFen / n > facts.assetLimitMonths * facts.standard) return 'ASSETS_ABOVE_LIMIT';
  return null;
}

/** The highest add-on among a member's categories (unrounded), 0 without one. */
export function addOnFor(member: MemberFacts, standard: number, table: AddOnTable): number {
  return member.categories.reduce((best, category) => {
    const rule = table[category];
    if (!rule) return best;
    const amount = 'percent' in rule ? (standard * rule.percent) / 100 : rule.fixedFen;
    return Math.max(best, amount);
  }, 0);
}

/**
 * 差额补助: (standard − per-capita income) × members + Σ highest add-on per member, rounded
 * half-up to the fen at the end. (standard − total/n) × n is computed as standard × n − total,
 * which is the same amount with less floating-point error. Never negative.
 */
export function dibaoBenefitFen(members: readonly MemberFacts[], standard: number, addOns: AddOnTable): Fen {
  const n = members.length;
  if (n === 0) return 0;
  const totalIncome = members.reduce((sum, m) => sum + m.monthlyIncomeFen, 0);
  const gap = standard * n - totalIncome;
  if (gap <= 0) return 0;
  const addOnTotal = members.reduce((sum, m) => sum + addOnFor(m, standard, addOns), 0);
  return roundHalfUpToFen(gap + addOnTotal);
}
