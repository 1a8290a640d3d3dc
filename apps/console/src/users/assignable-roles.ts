// The roles an administrator can give a console user: the platform's five (libs/common roles.ts)
// and the roles of a trade that single services define. A service decides what each role may do;
// the console only puts them in the user's service tokens. `unmask` (libs/common privacy) lets a
// caller who states a reason see personal data in full.
import { ADMIN, APPROVER, AUDITOR, OPERATOR, REVIEWER } from '@app/common/auth/roles';
import { UNMASK_ROLE } from '@app/common/privacy/personal-data.guard';

/**
 * Roles of a trade, as the services spell them (apps cannot import each other): canteen's
 * cashier, elderly-care's ability assessor, child-welfare's village child director and township
 * supervisor, payments' finance officer. Departments' feed roles (data-exchange) belong to their
 * systems' service accounts, never to a person at the console.
 */
const TRADE_ROLES = ['canteen-operator', 'assessor', 'child-director', 'child-supervisor', 'finance'] as const;

/** `admin` also manages the console's users (ARCHITECTURE §5). */
export const CONSOLE_ADMIN_ROLE = ADMIN;

export const ASSIGNABLE_ROLES: readonly string[] = [OPERATOR, REVIEWER, APPROVER, AUDITOR, ADMIN, ...TRADE_ROLES, UNMASK_ROLE];
