// Who sees 数据看板: the bureau's directors who decide (approver, admin) and the auditor who checks
// them, as the services' GET /api/v1/dashboard allow (libs/common/src/dashboard/dashboard-route.ts).
// The services still decide every request and the division asked for.
import { AUDITOR, DECIDERS } from '../../../../../../libs/common/src/auth/roles';

export const DASHBOARD_ROLES: readonly string[] = [...DECIDERS, AUDITOR];
