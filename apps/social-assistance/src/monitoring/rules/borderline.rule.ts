// Who may enter dynamic monitoring (动态监测, DOMAIN §1 低保边缘). BORDERLINE: per-capita income
// at or above the 低保 standard (not eligible) but below factor × standard, assets within the
// 低保 limit. LOW_INCOME: another low-income household the caseworker registers on their
// judgement (for instance heavy necessary expenses); its figures are recorded, not tested. Pure.
import { perCapitaIncome, type MemberFacts } from '../../dibao/rules/dibao-benefit.rule';

export const MONITORING_CATEGORIES = ['BORDERLINE', 'LOW_INCOME'] as const;
export type MonitoringCategoryName = (typeof MONITORING_CATEGORIES)[number];

export type MonitoringRefusal = 'NO_MEMBERS' | 'ELIGIBLE_FOR_DIBAO' | 'INCOME_NOT_BELOW_BORDERLINE' | 'ASSETS_ABOVE_LIMIT';

export interface BorderlineFacts {
  members: readonly MemberFacts[];
  financialAssetsFen: number;
  /** 低保 standard per person per month, unrounded. */
  standard: number;
  assetLimitMonths: number;
  /** 低保边缘 line as a multiple of the standard (1.5). */
  borderlineFactor: number;
}

export function borderlineRefusal(f: BorderlineFacts): MonitoringRefusal | null {
  const n = f.members.length;
  if (n === 0) return 'NO_MEMBERS';
  const income = perCapitaIncome(f.members);
  if (f.financialAssetsFen / n > f.assetLimitMonths * f.standard) return 'ASSETS_ABOVE_LIMIT';
  if (income < f.standard) return 'ELIGIBLE_FOR_DIBAO';
  if (!(income < f.borderlineFactor * f.standard)) return 'INCOME_NOT_BELOW_BORDERLINE';
  return null;
}

export function monitoringRefusal(category: MonitoringCategoryName, f: BorderlineFacts): MonitoringRefusal | null {
  if (category === 'BORDERLINE') return borderlineRefusal(f);
  return f.members.length === 0 ? 'NO_MEMBERS' : null;
}
