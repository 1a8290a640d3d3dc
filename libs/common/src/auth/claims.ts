// Who is calling: the token subject, their roles, and the administrative division they work in.
// Access to personal data follows the division tree (city -> county -> township -> village).

export interface Principal {
  sub: string;
  roles: string[];
  /** Administrative division code, e.g. '110105' (county level), '110105001' (township). */
  division: string;
}

/**
 * Division codes (GB/T 2260 plus township/village extensions) are 6, 9 or 12 digits; a city or
 * province is written padded to 6 digits ('110000').
 */
const DIVISION_CODE = /^\d{6}(\d{3}){0,2}$/;

export function isDivisionCode(value: unknown): value is string {
  return typeof value === 'string' && DIVISION_CODE.test(value);
}

/** What is wrong with a would-be Principal, or null. */
export function principalProblem(value: { sub?: unknown; roles?: unknown; division?: unknown }): string | null {
  if (typeof value.sub !== 'string' || value.sub.length === 0) return 'sub must be a non-empty string';
  if (!Array.isArray(value.roles) || !value.roles.every((role) => typeof role === 'string' && role.length > 0)) {
    return 'roles must be a list of non-empty strings';
  }
  if (!isDivisionCode(value.division)) return 'division must be a division code of 6, 9 or 12 digits';
  return null;
}
