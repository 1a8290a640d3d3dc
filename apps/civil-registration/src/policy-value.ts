import { ProblemException } from '@app/common/http/problem';
import type { PolicyService } from '@app/common/policy/policy.service';
import { PolicyNotFoundError } from '@app/common/policy/value-in-force';

/** A policy figure in force on a date; a missing figure is the bureau's to fix, answered 503. */
export async function policyValueOrProblem<T>(policy: PolicyService, key: string, onDate: string): Promise<T> {
  try {
    return await policy.valueInForce<T>(key, onDate);
  } catch (err) {
    if (err instanceof PolicyNotFoundError) {
      throw new ProblemException({ status: 503, code: 'POLICY.NOT_IN_FORCE', detail: `Policy parameter "${key}" has no value in force on ${onDate}.` });
    }
    throw err;
  }
}
