// An overpayment is a receivable (DOMAIN §8): recovered from the account, paid by the heirs, or
// written off — the last only with an approver's role.

export const RESOLUTIONS = ['RECOVERED', 'HEIRS_PAID', 'WRITTEN_OFF'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export function resolutionProblem(status: string, resolution: Resolution, roles: readonly string[], approverRoles: readonly string[]): 'NOT_OPEN' | 'APPROVAL_REQUIRED' | null {
  if (status !== 'OPEN') return 'NOT_OPEN';
  if (resolution === 'WRITTEN_OFF' && !roles.some((r) => approverRoles.includes(r))) return 'APPROVAL_REQUIRED';
  return null;
}
