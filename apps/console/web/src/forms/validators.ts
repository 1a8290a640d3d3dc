// Checks a form makes before it sends anything. Pure: each returns the zh-CN message of what is
// wrong, or null. src/forms/rules.ts turns them into Ant Design Form rules.
import { checkResidentId } from '../../../../../libs/common/src/resident-id/resident-id';
import { t } from '../locale/zh-CN';

/** The same limits the console backend enforces (AUTH.WEAK_PASSWORD), counted in characters. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

const DIVISION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** A division code: 6 digits (county and above), 9 (township) or 12 (village). */
export function divisionProblem(value: string): string | null {
  return DIVISION_CODE.test(value) ? null : t.validation.division;
}

/** GB 11643 shape, check character and a real birth date not after `today` (YYYY-MM-DD). */
export function residentIdProblem(value: string, today: string): string | null {
  const result = checkResidentId(value.trim(), today);
  if (result.ok) return null;
  return result.code === 'BIRTH_DATE_IN_FUTURE' ? t.validation.residentIdFuture : t.validation.residentId;
}

export function passwordProblem(password: string, username: string | undefined): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return t.validation.passwordLength;
  if (length > MAX_PASSWORD_LENGTH) return t.validation.tooLong(MAX_PASSWORD_LENGTH);
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase()) return t.validation.passwordIsUsername;
  return null;
}
