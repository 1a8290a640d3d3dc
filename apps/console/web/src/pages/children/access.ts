// Who sees the child welfare screens, as child-welfare decides it (apps/child-welfare/README.md
// "Roles and division scoping"): the village child director (儿童主任) and the township supervisor
// (儿童督导员) besides the platform roles. The service still decides every request and scopes it
// to the caller's village, township or division.
import { READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

export const CHILD_DIRECTOR = 'child-director';
export const CHILD_SUPERVISOR = 'child-supervisor';

/** 儿童台账 and the child page (GET /api/v1/children, /children/:id …). */
export const CHILD_READERS: readonly string[] = [CHILD_DIRECTOR, CHILD_SUPERVISOR, ...READERS];
/** 记录走访 (POST /api/v1/children/:id/visits). */
export const CHILD_RECORDERS: readonly string[] = [CHILD_DIRECTOR, CHILD_SUPERVISOR, ...RECORDERS];
/** 走访逾期 (GET /api/v1/visits/overdue): a township's work list, for its supervisor and platform staff. */
export const OVERDUE_READERS: readonly string[] = [CHILD_SUPERVISOR, ...READERS];
/** 收养评估 and 收养登记 (POST /api/v1/children/:id/adoption…): the county bureau's registration staff. */
export const ADOPTION_RECORDERS: readonly string[] = RECORDERS;
