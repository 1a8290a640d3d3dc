// Division scope (DOMAIN §9): a principal works in one administrative division and may act on
// records of that division and the divisions below it (city → county → township → village).
// Codes are GB/T 2260 (6 digits, a province or city padded with zeros) plus 3-digit township and
// village extensions. Pure.
import { ProblemException } from '../http/problem';
import type { Principal } from './claims';
import { ADMIN } from './roles';

/**
 * The significant prefix of a division code: '110000' (province) → '11', '110100' (city) → '1101',
 * '110105' (county) → '110105', '000000' (the country) → ''; 9- and 12-digit codes are their own prefix.
 */
export function divisionPrefix(code: string): string {
  if (code.length !== 6) return code;
  if (code === '000000') return ''; // the whole country: platform-wide tools such as the reference-data loader
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** True when `recordDivision` is `principalDivision` or lies below it. */
export function divisionCovers(principalDivision: string, recordDivision: string): boolean {
  return recordDivision.startsWith(divisionPrefix(principalDivision));
}

/**
 * 403 AUTH.OUTSIDE_DIVISION unless the record's division lies within the principal's. An admin
 * is bound by the division too: a county admin runs the county, not the province.
 */
export function assertWithinDivision(principal: Pick<Principal, 'division' | 'roles'>, recordDivision: string, field = 'divisionCode'): void {
  if (divisionCovers(principal.division, recordDivision)) return;
  throw new ProblemException({
    status: 403,
    code: 'AUTH.OUTSIDE_DIVISION',
    detail: `The record belongs to division ${recordDivision}, outside the caller's division ${principal.division}.`,
    errors: [{ field, code: 'outsideDivision', message: `must lie within division ${principal.division}` }],
  });
}

/** Whether a principal holds a role; here so callers need not import the list of roles. */
export const isAdmin = (principal: Pick<Principal, 'roles'>): boolean => principal.roles.includes(ADMIN);
