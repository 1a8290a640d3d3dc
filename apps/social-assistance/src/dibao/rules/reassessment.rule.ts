// What a change of the household (members joining or leaving, assets) means for an open 低保
// case from next month: go on (enrollments follow the members) or stop with the reason of the
// enrollment.stopped contract (DOMAIN §1 reasons). Pure.
import type { DibaoIneligibility } from './dibao-benefit.rule';

export type ReassessmentStopReason = 'INCOME_ABOVE_STANDARD' | 'ASSETS_ABOVE_LIMIT' | 'MOVED_AWAY';

export function stopReasonFor(ineligibility: DibaoIneligibility): ReassessmentStopReason {
  switch (ineligibility) {
    case 'INCOME_NOT_BELOW_STANDARD':
      return 'INCOME_ABOVE_STANDARD';
    case 'ASSETS_ABOVE_LIMIT':
      return 'ASSETS_ABOVE_LIMIT';
    case 'NO_MEMBERS':
      return 'MOVED_AWAY';
  }
}

/** 单人户: the household's financial assets per living member within N months of the standard. */
export function singlePersonAssetsProblem(f: { financialAssetsFen: number; livingMembers: number; standard: number; assetLimitMonths: number }): 'ASSETS_ABOVE_LIMIT' | null {
  if (f.livingMembers === 0) return null;
  return f.financialAssetsFen / f.livingMembers > f.assetLimitMonths * f.standard ? 'ASSETS_ABOVE_LIMIT' : null;
}

/** Who needs an enrollment started (joined) and whose enrollment stops (left), comparing covered people with open enrollments. */
export function enrollmentChanges(covered: readonly string[], enrolled: readonly string[]): { start: string[]; stop: string[] } {
  return { start: covered.filter((id) => !enrolled.includes(id)), stop: enrolled.filter((id) => !covered.includes(id)) };
}
