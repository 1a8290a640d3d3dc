// Who sees 发放名册: everyone who reads the programme's records sees a month's payroll; those who
// decide (approver, admin) run and approve it (docs/security.md, libs/common/src/auth/roles.ts).
// The service still decides every request, including who may approve whose run.
import { DECIDERS, READERS } from '../../../../../../libs/common/src/auth/roles';

export const PAYROLL_READERS: readonly string[] = READERS;
export const PAYROLL_DECIDERS: readonly string[] = DECIDERS;
/** The menu leads those whose work it is there (deciders, and the auditor who checks it); others may still open it. */
export const PAYROLL_MENU_ROLES: readonly string[] = [...DECIDERS, 'auditor'];
