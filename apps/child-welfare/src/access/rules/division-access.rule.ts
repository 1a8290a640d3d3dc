// Division scoping of child data (DOMAIN §5, §9): a child director (儿童主任) sees their village,
// a supervisor (儿童督导员) their township; platform staff (libs/common roles) work within their
// division and everything below it (a county approver sees the county's villages). Pure.
import type { Principal } from '@app/common/auth/claims';
import { divisionCovers, divisionPrefix } from '@app/common/auth/division-scope';
import { ADMIN, APPROVER, AUDITOR, DECIDERS, OPERATOR, READERS, RECORDERS, REVIEWER } from '@app/common/auth/roles';

export const CHILD_DIRECTOR = 'child-director';
export const CHILD_SUPERVISOR = 'child-supervisor';
export const CHILD_STAFF_ROLES = [CHILD_DIRECTOR, CHILD_SUPERVISOR] as const;

/** @Roles lists: the trade roles plus the shared vocabulary (the division is checked per record). */
export const CHILD_READ_ROLES = [...CHILD_STAFF_ROLES, ...READERS] as const;
export const CHILD_WRITE_ROLES = [...CHILD_STAFF_ROLES, ...RECORDERS] as const;
/** Registering an adoption and running the payroll are county decisions. */
export const CHILD_DECIDE_ROLES = [...DECIDERS] as const;
/** Appointing staff and recording departures: a township's supervisor (its directors) and platform staff. */
export const STAFF_REGISTER_ROLES = [CHILD_SUPERVISOR, ...RECORDERS] as const;
/** Township work list and statistics: supervisors and platform staff. */
export const CHILD_OVERVIEW_ROLES = [CHILD_SUPERVISOR, ...READERS] as const;

export type AccessMode = 'read' | 'write';

const PLATFORM_WRITERS: readonly string[] = [OPERATOR, REVIEWER, APPROVER, ADMIN];
const PLATFORM_READERS: readonly string[] = [...PLATFORM_WRITERS, AUDITOR];

/** Township (9 digits) of a 12-digit village code. */
export function townshipOf(villageCode: string): string {
  return villageCode.slice(0, 9);
}

function platformCovers(principal: Pick<Principal, 'roles' | 'division'>, code: string, mode: AccessMode): boolean {
  const roles = mode === 'read' ? PLATFORM_READERS : PLATFORM_WRITERS;
  return principal.roles.some((r) => roles.includes(r)) && divisionCovers(principal.division, code);
}

/** Whether the principal may read (or write) the records of a village. An auditor never writes. */
export function canAccessVillage(principal: Pick<Principal, 'roles' | 'division'>, villageCode: string, mode: AccessMode = 'read'): boolean {
  const { roles, division } = principal;
  if (roles.includes(CHILD_DIRECTOR) && division.length === 12 && division === villageCode) return true;
  if (roles.includes(CHILD_SUPERVISOR) && division.length === 9 && division === townshipOf(villageCode)) return true;
  return platformCovers(principal, villageCode, mode);
}

/**
 * Whether the principal may read (or write) a record kept for a village (12 digits) or a township
 * (9 digits) or a county (6): staff registers, volunteers, charity funds. A director never reaches a
 * township's records, nor a supervisor a county's.
 */
export function canAccessDivision(principal: Pick<Principal, 'roles' | 'division'>, divisionCode: string, mode: AccessMode = 'read'): boolean {
  if (divisionCode.length === 12) return canAccessVillage(principal, divisionCode, mode);
  // A county's records (a county charity fund) are the bureau staff's alone.
  if (divisionCode.length === 6) return platformCovers(principal, divisionCode, mode);
  if (divisionCode.length !== 9) return false;
  if (principal.roles.includes(CHILD_SUPERVISOR) && principal.division === divisionCode) return true;
  return platformCovers(principal, divisionCode, mode);
}

/** Whether the principal may read a township's work list. */
export function canAccessTownship(principal: Pick<Principal, 'roles' | 'division'>, townshipCode: string): boolean {
  if (principal.roles.includes(CHILD_SUPERVISOR) && principal.division.length === 9 && principal.division === townshipCode) return true;
  return platformCovers(principal, townshipCode, 'read');
}

/**
 * The village-code prefix whose children the principal may see in aggregate (statistics, payroll):
 * a director's village, a supervisor's township, a platform role's own division; null if none.
 */
export function overviewScope(principal: Pick<Principal, 'roles' | 'division'>): string | null {
  const { roles, division } = principal;
  if (roles.some((r) => PLATFORM_READERS.includes(r))) return divisionPrefix(division);
  if (roles.includes(CHILD_SUPERVISOR) && division.length === 9) return division;
  if (roles.includes(CHILD_DIRECTOR) && division.length === 12) return division;
  return null;
}

/**
 * Whether a village (12 digits) or township (9) filter of a list lies within what the principal
 * oversees (`scope`, from overviewScope) or contains it: a director may name their own township
 * (they still see only their village), but never another village or township.
 */
export function filterWithinScope(scope: string, divisionCode: string): boolean {
  return divisionCode.startsWith(scope) || scope.startsWith(divisionCode);
}
