// 特困 extremely poor persons (DOMAIN §2). Pure: the 低保 standard, the percentage and the age
// limits come in as parameters.
import type { Fen } from '@app/common/money/fen';

/** Basic living standard: ceil-to-yuan(percent% × 低保 standard), 130% → 728 → 947, 735 → 956. */
/** `dibaoStandard` may be fractional (rural annual / 12). */
export function tekunBasicStandardFen(dibaoStandard: number, percentOfDibao: number): Fen {
  const yuan = Math.ceil((dibaoStandard * percentOfDibao) / 10_000 - 1e-9);
  return yuan * 100;
}

export type CareLevel = 'FULL_SELF_CARE' | 'PARTIAL_CARE' | 'FULL_CARE';

/** Six daily activities [N]: all able → full self-care; 1–3 unable → partial care; ≥ 4 → full care. */
export function careLevel(unableActivities: number): CareLevel {
  if (!Number.isInteger(unableActivities) || unableActivities < 0 || unableActivities > 6) {
    throw new RangeError(`unable activities must be 0-6, got ${unableActivities}`);
  }
  if (unableActivities === 0) return 'FULL_SELF_CARE';
  return unableActivities <= 3 ? 'PARTIAL_CARE' : 'FULL_CARE';
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

export type TekunIneligibility = 'NOT_IN_COVERED_GROUP' | 'INCOME_NOT_BELOW_STANDARD' | 'ASSETS_ABOVE_LIMIT' | 'HAS_ABLE_SUPPORTER' | 'COVERED_AS_ORPHAN';

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
