// Which early warning (预警) a department's finding raises on a monitored household (DOMAIN §1
// 低保边缘): a loss of work always; a disability only of an earner; a medical expense from the
// large-expense threshold (a policy parameter) up. Asset and income findings raise none. Pure.
import type { FindingKind } from '@app/contracts/data-exchange/findings-raised.v1';
import type { WarningTrigger } from '@app/contracts/social-assistance/monitoring.v1';

export function isLargeMedicalExpense(amountFen: number | undefined, thresholdFen: number): boolean {
  return amountFen !== undefined && amountFen >= thresholdFen;
}

export function warningTriggerFor(finding: { kind: FindingKind; amountFen?: number }, facts: { earner: boolean; largeMedicalExpenseFen: number }): WarningTrigger | null {
  switch (finding.kind) {
    case 'JOB_LOSS':
      return 'JOB_LOSS';
    case 'DISABILITY':
      return facts.earner ? 'EARNER_DISABILITY' : null;
    case 'MEDICAL_EXPENSE':
      return isLargeMedicalExpense(finding.amountFen, facts.largeMedicalExpenseFen) ? 'MEDICAL_EXPENSE' : null;
    default:
      return null;
  }
}

/** The kinds that may raise a warning: the consumer looks up monitored people only for these. */
export const WARNING_FINDING_KINDS: readonly FindingKind[] = ['JOB_LOSS', 'DISABILITY', 'MEDICAL_EXPENSE'];
