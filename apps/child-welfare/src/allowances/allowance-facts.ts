import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import type { YearMonth } from '@app/common/time/year-month';
import type { CategoryPolicyRows } from '../categories/category-policy';
import type { CategoryPolicy } from '../categories/rules/child-category.rule';
import type { CareForm, Child } from '../children/child.entity';
import { ALLOWANCE_CENTRAL_POLICY_KEY, ALLOWANCE_DISPERSED_POLICY_KEY, type AllowanceFacts } from './rules/child-allowance.rule';

/** The facts of the allowance rule from a stored child. */
export function allowanceFactsOf(child: Child): AllowanceFacts {
  return {
    birthDate: child.birthDate,
    guardians: child.guardians,
    adoptedOn: child.adoptedOn,
    guardiansBeforeAdoption: child.guardiansBeforeAdoption,
    registeredOn: child.registeredOn,
    deceasedOn: child.closedReason === 'DECEASED' ? child.closedOn : null,
  };
}

export const CARE_FORM_POLICY_KEY = {
  DISPERSED: ALLOWANCE_DISPERSED_POLICY_KEY,
  CENTRAL: ALLOWANCE_CENTRAL_POLICY_KEY,
} as const satisfies Record<CareForm, string>;

/**
 * Policy periods read once per request or payroll run, applied by the pure lookups. A missing
 * figure is 503 POLICY.NOT_IN_FORCE (the bureau must add it), never a 500.
 */
export class AllowancePolicy {
  constructor(
    private readonly categoryRows: CategoryPolicyRows,
    private readonly amounts: Record<CareForm, PolicyPeriods<number>>,
  ) {}

  thresholdsOn(date: string): CategoryPolicy {
    return this.categoryRows.on(date);
  }

  monthlyFen(careForm: CareForm, month: YearMonth): number {
    return this.amounts[careForm].forMonth(month);
  }

  /** For reads, which do not fail for a standard not yet set (the payroll does). */
  monthlyFenOrNull(careForm: CareForm, month: YearMonth): number | null {
    return this.amounts[careForm].findForMonth(month);
  }
}
