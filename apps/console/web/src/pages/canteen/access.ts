// Who sees and does what on the 助餐 screens, as the canteen service decides it
// (apps/canteen/README.md, libs/common/src/auth/roles.ts): the platform's readers and the canteen's
// cashier (食堂收银员) read canteens and diners; recorders and the cashier register diners;
// recorders open settlements and dispute lines; deciders resolve disputes and approve. Funding and
// settlements are not the cashier's. The service still decides every request.
import { DECIDERS, READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

/** The canteen's own trade role (apps/canteen/src/canteens/canteen-roles.ts; apps never import each other). */
const CANTEEN_OPERATOR = 'canteen-operator';

export const CANTEEN_READERS: readonly string[] = [...READERS, CANTEEN_OPERATOR];
export const DINER_REGISTRARS: readonly string[] = [CANTEEN_OPERATOR, ...RECORDERS];
export const FUNDING_READERS: readonly string[] = READERS;
export const SETTLEMENT_READERS: readonly string[] = READERS;
export const SETTLEMENT_RECORDERS: readonly string[] = RECORDERS;
export const SETTLEMENT_DECIDERS: readonly string[] = DECIDERS;
