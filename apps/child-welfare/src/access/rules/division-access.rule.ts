// Division scoping of child data (DOMAIN §5, §9): a child director (儿童主任) sees their village,
// a supervisor (儿童督导员) their township. Pure.
import type { Principal } from '@app/common/auth/claims';

export const CHILD_DIRECTOR = 'child-director';
export const CHILD_SUPERVISOR = 'child-supervisor';
export const CHILD_STAFF_ROLES = [CHILD_DIRECTOR, CHILD_SUPERVISOR] as const;

/** Township (9 digits) of a 12-digit village code. */
export function townshipOf(villageCode: string): string {
  return villageCode.slice(0, 9);
}

export function canAccessVillage(principal: Pick<Principal, 'roles' | 'division'>, villageCode: string): boolean {
  const { roles, division } = principal;
  if (roles.includes(CHILD_DIRECTOR) && division.length === 12 && division === villageCode) return true;
  if (roles.includes(CHILD_SUPERVISOR) && division.length === 9 && division === townshipOf(villageCode)) return true;
  return false;
}

/** The township whose work list the principal may read, or null. */
export function canAccessTownship(principal: Pick<Principal, 'roles' | 'division'>, townshipCode: string): boolean {
  return principal.roles.includes(CHILD_SUPERVISOR) && principal.division.length === 9 && principal.division === townshipCode;
}
