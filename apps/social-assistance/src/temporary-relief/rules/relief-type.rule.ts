// 临时救助 types (DOMAIN §3 [P]): emergency (急难型, a sudden event) or expenditure (支出型, a heavy
// necessary expense). An emergency grant may be paid first and documented afterwards (先行救助);
// an expenditure grant is documented when granted.

export const RELIEF_TYPES = ['EMERGENCY', 'EXPENDITURE'] as const;
export type ReliefType = (typeof RELIEF_TYPES)[number];

export function paidFirstProblem(type: ReliefType, paidFirst: boolean): 'PAID_FIRST_ONLY_FOR_EMERGENCY' | null {
  return paidFirst && type !== 'EMERGENCY' ? 'PAID_FIRST_ONLY_FOR_EMERGENCY' : null;
}

/** Documentation can be added once, to a grant paid first. */
export function documentationProblem(grant: { paidFirst: boolean; documentedOn: string | null }): 'NOT_PAID_FIRST' | 'ALREADY_DOCUMENTED' | null {
  if (!grant.paidFirst) return 'NOT_PAID_FIRST';
  return grant.documentedOn === null ? null : 'ALREADY_DOCUMENTED';
}
