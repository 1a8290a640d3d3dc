// Who works 收款账户 (apps/payments/src/payments-roles.ts, docs/security.md): every platform
// reader and finance look accounts up; recorders and finance propose a change or import a list;
// reviewers, approvers, admins and finance confirm someone else's proposal (four eyes). Seeing an
// account in full takes the `unmask` role and a reason. The service still decides every request.
import { ADMIN, APPROVER, READERS, RECORDERS, REVIEWER } from '../../../../../../libs/common/src/auth/roles';

const FINANCE = 'finance';

export const ACCOUNT_READERS: readonly string[] = [...READERS, FINANCE];
export const ACCOUNT_PROPOSERS: readonly string[] = [...RECORDERS, FINANCE];
export const ACCOUNT_CHECKERS: readonly string[] = [REVIEWER, APPROVER, ADMIN, FINANCE];
