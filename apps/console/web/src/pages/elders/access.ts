// Who sees and does what on the 养老服务 screens, as elderly-care decides it
// (apps/elderly-care/README.md "Roles and divisions"): the platform's readers read the registry,
// orders and settlements; recorders import, order and work orders; the assessor (评估员) and
// recorders record assessments; deciders approve a settlement someone else made. The service
// still decides every request and scopes it to the caller's division.
import { DECIDERS, READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

/** elderly-care's own trade role (apps/elderly-care/src/roles.ts; apps never import each other). */
const ASSESSOR = 'assessor';

export const ELDER_READERS: readonly string[] = READERS;
export const ELDER_IMPORTERS: readonly string[] = RECORDERS;
export const ASSESSMENT_RECORDERS: readonly string[] = [ASSESSOR, ...RECORDERS];
export const ORDER_RECORDERS: readonly string[] = RECORDERS;
export const SETTLEMENT_DECIDERS: readonly string[] = DECIDERS;
