import { ProblemException } from '@app/common/http/problem';
import type { StoredPolicyRow } from '@app/common/policy/policy.service';
import { PolicyNotFoundError, valueForMonth } from '@app/common/policy/value-in-force';
import type { YearMonth } from '@app/common/time/year-month';
import type { CategoryPolicyRows } from '../categories/category-policy';
import type { CategoryPolicy } from '../categories/rules/child-category.rule';
import type { CareForm, Child } from '../children/child.entity';
import { ALLOWANCE_CENTRAL_POLICY_KEY, ALLOWANCE_DISPERSED_POLICY_KEY, parseMonthlyFen, type AllowanceFacts } from './rules/child-allowance.rule';

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

export const CARE_FORM_POLICY_KEY: Record<CareForm, string> = {
  DISPERSED: ALLOWANCE_DISPERSED_POLICY_KEY,
  CENTRAL: ALLOWANCE_CENTRAL_POLICY_KEY,
};

/** A missing policy figure is 422 ALLOWANCE.NO_POLICY, not a 500. */
function required<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof PolicyNotFoundError) throw new ProblemException({ status: 422, code: 'ALLOWANCE.NO_POLICY', detail: err.message });
    throw err;
  }
}

/** Policy rows read once per request or payroll run, applied by the pure lookups. */
export class AllowancePolicy {
  constructor(
    private readonly categoryRows: CategoryPolicyRows,
    private readonly amountRows: Record<CareForm, StoredPolicyRow[]>,
  ) {}

  thresholdsOn(date: string): CategoryPolicy {
    return required(() => this.categoryRows.on(date));
  }

  monthlyFen(careForm: CareForm, month: YearMonth): number {
    const key = CARE_FORM_POLICY_KEY[careForm];
    return required(() => parseMonthlyFen(key, valueForMonth(this.amountRows[careForm], key, month)));
  }
}
