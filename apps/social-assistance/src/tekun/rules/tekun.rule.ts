// 特困 extremely poor persons (DOMAIN §2). Pure: the standards, the 低保 standard (eligibility)
// and the age limits come in as parameters.
import type { Fen } from '@app/common/money/fen';

/** 集中供养 central care (paid to the institution) or 分散供养 dispersed (paid to the person). */
export type CareForm = 'CENTRAL' | 'DISPERSED';

export type CareLevel = 'FULL_SELF_CARE' | 'PARTIAL_CARE' | 'FULL_CARE';

/** Six daily activities [N]: all able → full self-care; 1–3 unable → partial care; ≥ 4 → full care. */
export function careLevel(unableActivities: number): CareLevel {
  if (!Number.isInteger(unableActivities) || unableActivities < 0 || unableActivities > 6) {
    throw new RangeError(`unable activities must be 0-6, got ${unableActivities}`);
  }
  if (unableActivities === 0) return 'FULL_SELF_CARE';
  return unableActivities <= 3 ? 'PARTIAL_CARE' : 'FULL_CARE';
}

/**
 * The monthly amount: the basic living standard of the care form — its own dated figure, one for
 * urban and rural alike (城乡), so a rural person gets the same 956 yuan as an urban one — plus the
 * care standard of the person's level (none when the level has no amount).
 */
export function tekunMonthlyFen(careForm: CareForm, level: CareLevel, basicFen: Record<CareForm, Fen>, careFen: Partial<Record<CareLevel, Fen>>): Fen {
  return basicFen[careForm] + (careFen[level] ?? 0);
}

export interface TekunFacts {
  age: number;
  severelyDisabled: boolean;
  monthlyIncomeFen: Fen;
  dibaoStandard: number;
  assetsWithinLimit: boolean;
  hasAbleSupporter: boolean;
  /** An orphan already paid the child-welfare allowance: covered once, the allowance takes precedence (DOMAIN §2, §5). */
  receivesOrphanAllowance?: boolean;
}

export interface TekunAgeLimits {
  elderlyFrom: number;
  minorUnder: number;
}

/** Why a person is not eligible, as TEKUN.NOT_ELIGIBLE (`reason`) names it. */
export const TEKUN_INELIGIBILITIES = ['NOT_IN_COVERED_GROUP', 'INCOME_NOT_BELOW_STANDARD', 'ASSETS_ABOVE_LIMIT', 'HAS_ABLE_SUPPORTER', 'COVERED_AS_ORPHAN'] as const;
export type TekunIneligibility = (typeof TEKUN_INELIGIBILITIES)[number];

export function tekunIneligibility(f: TekunFacts, limits: TekunAgeLimits): TekunIneligibility | null {
  const covered = f.age >= limits.elderlyFrom || f.age < limits.minorUnder || f.severelyDisabled;
  if (!covered) return 'NOT_IN_COVERED_GROUP';
  if (!(f.monthlyIncomeFen < f.dibaoStandard)) return 'INCOME_NOT_BELOW_STANDARD';
  if (!f.assetsWithinLimit) return 'ASSETS_ABOVE_LIMIT';
  if (f.hasAbleSupporter) return 'HAS_ABLE_SUPPORTER';
  if (f.receivesOrphanAllowance) return 'COVERED_AS_ORPHAN';
  return null;
}

/** How long a minor's 特困 lasts [A: to 18, longer while in school, re-checked: rules/school-recheck.ts]. */
export interface MinorCoverage {
  untilAge: number;
  inSchoolUntilAge: number;
}

/** The months of a 特困 case: from its start month, before its stop month, through `coveredUntil` (a minor's last month). */
export interface TekunCaseMonths {
  startMonth: string | null;
  stopFromMonth: string | null;
  coveredUntil: string | null;
}

/**
 * What a 特困 case is entitled to for `month` at the figures in force then: the monthly amount
 * inside its months, 0 outside them. Arrears after a raise compare this with what was paid.
 */
export function tekunEntitlementFen(c: TekunCaseMonths, month: string, monthlyFen: (month: string) => Fen): Fen {
  if (!c.startMonth || month < c.startMonth) return 0;
  if (c.stopFromMonth && month >= c.stopFromMonth) return 0;
  if (c.coveredUntil && month > c.coveredUntil) return 0;
  return monthlyFen(month);
}
