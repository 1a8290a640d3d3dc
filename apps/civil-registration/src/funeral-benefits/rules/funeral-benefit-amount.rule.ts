// 惠民殡葬 funeral benefit (DOMAIN §6): a basic amount for every local resident, plus a supplement
// for people on 低保 (minimum living guarantee) or 特困 (extremely poor) at the date of death.

import { coveredOn, type EnrollmentSpell } from '@app/common/read-models/rules/enrollment-spells.rule';

export type FuneralBenefitBasis = 'BASIC' | 'DIBAO_TEKUN';

export interface FuneralBenefitPolicy {
  /** `civil-registration.funeral-benefit.basic-fen` in force on the date of death. */
  basicFen: number;
  /** `civil-registration.funeral-benefit.dibao-tekun-extra-fen` in force on the date of death. */
  dibaoTekunExtraFen: number;
}

export interface FuneralBenefitDecision {
  basis: FuneralBenefitBasis;
  amountFen: number;
}

export function funeralBenefitAmount(onDibaoOrTekunAtDeath: boolean, policy: FuneralBenefitPolicy): FuneralBenefitDecision {
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative whole number of fen, got ${String(value)}`);
  }
  return onDibaoOrTekunAtDeath
    ? { basis: 'DIBAO_TEKUN', amountFen: policy.basicFen + policy.dibaoTekunExtraFen }
    : { basis: 'BASIC', amountFen: policy.basicFen };
}

/**
 * Whether any enrollment covered the month of the death. A stop because of the death starts the
 * month after it (the death month is paid in full), so the person still counts as enrolled.
 */
export function enrolledAt(spells: readonly EnrollmentSpell[], dateOfDeath: string): boolean {
  return coveredOn(spells, dateOfDeath);
}
